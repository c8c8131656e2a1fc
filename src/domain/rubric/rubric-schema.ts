import * as z from 'zod';

/** The `format` marker every rubric file carries, so a stray JSON file is recognised as "not a rubric". */
export const RUBRIC_FORMAT = 'ips-fidelity/rubric';
/** The rubric format version this code reads and writes. */
export const RUBRIC_FORMAT_VERSION = 1;

/**
 * Custom messages in these schemas are message keys (see `domain-messages.ts`), translated when the parse
 * result is built, so a rubric author reads them in their own language.
 */
export const KebabCaseIdSchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'schema.kebab-case');

/** A BCP 47 language tag limited to language (+ optional region), e.g. `fr`, `nl`, `fr-CA`. */
export const LocaleCodeSchema = z
  .string()
  .regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'schema.locale-code');

/**
 * Text in several languages: `{ "fr": "…", "en": "…", "nl": "…" }`. The rubric's default locale must be present
 * (checked after the shape), and a missing locale falls back to it when the text is shown.
 */
export const LocalizedTextSchema = z
  .record(
    LocaleCodeSchema,
    // Whitespace and invisible format characters (zero-width space…) alone do not make a text.
    z.string().refine((text) => text.replace(/[\s\p{Cf}]/gu, '').length > 0, 'schema.not-empty'),
  )
  .refine((text) => Object.keys(text).length > 0, 'schema.one-language');

/** Where an item's evidence comes from, as coded on IPS score sheets. */
export const DataSourceSchema = z.enum(['MIS', 'DOC', 'INT', 'OBS']);

const scoreValue = z.number().int('schema.whole-number');

/**
 * One score band of a measured value, as a half-open interval `[atLeast, below)`. Half-open intervals let
 * averaged, non-integer values (4.5 employer contacts a week) fall in exactly one band without gaps.
 */
export const MeasureRangeSchema = z.strictObject({
  score: scoreValue,
  atLeast: z.number().optional(),
  below: z.number().optional(),
});

/** An item scored from a measured value, e.g. the number of people per full-time employment specialist. */
export const MeasureSchema = z.strictObject({
  label: LocalizedTextSchema,
  unit: LocalizedTextSchema,
  /** Lowest and highest values that make sense (a percentage is 0–100); values outside are refused. */
  min: z.number().optional(),
  max: z.number().optional(),
  ranges: z.array(MeasureRangeSchema).min(2),
});

/** An item scored by counting which of its components are present. */
export const ComponentsSchema = z.strictObject({
  list: z
    .array(z.strictObject({ id: KebabCaseIdSchema, label: LocalizedTextSchema }))
    .min(1),
  /** `{ atLeast: 3, score: 4 }`: three or more ticked components give 4 (the highest matching row wins). */
  scoreByCount: z
    .array(z.strictObject({ atLeast: z.number().int().nonnegative(), score: scoreValue }))
    .min(1),
});

export const AnchorSchema = z.strictObject({
  score: scoreValue,
  description: LocalizedTextSchema,
});

export const ItemSchema = z.strictObject({
  id: KebabCaseIdSchema,
  number: z.number().int().positive(),
  section: KebabCaseIdSchema,
  principles: z.strictObject({
    primary: z.array(KebabCaseIdSchema).min(1),
    supporting: z.array(KebabCaseIdSchema).optional(),
  }),
  title: LocalizedTextSchema,
  definition: LocalizedTextSchema,
  /** Practical advice for the rater: what to look at, common mistakes. */
  guidance: LocalizedTextSchema.optional(),
  anchors: z.array(AnchorSchema).min(2),
  dataSources: z.array(DataSourceSchema).min(1),
  measure: MeasureSchema.optional(),
  components: ComponentsSchema.optional(),
  /** Values (or scores) are entered per employment specialist, averaged, then scored. */
  perSpecialist: z.boolean().optional(),
  /** The item may be marked "not applicable"; it then leaves the total and the band. */
  naAllowed: z.boolean().optional(),
  /** Relative importance when gaps are ranked; 1 when absent. */
  weight: z.number().positive().max(1000).optional(),
  /** Score this item should reach; the rubric's `scoring.target` when absent. */
  target: scoreValue.optional(),
});

export const BandSchema = z.strictObject({
  id: KebabCaseIdSchema,
  min: z.number(),
  max: z.number(),
  label: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
  /**
   * Months until the next review for a programme in this band (IPS: six while below good fidelity, twelve
   * after). A history without it counts twelve months.
   */
  reviewAfterMonths: z.number().int().min(1).max(60).optional(),
});

export const SectionSchema = z.strictObject({
  id: KebabCaseIdSchema,
  title: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
  /** Bands of the section's own subtotal, for scales whose sections are subscales (IPS-Y). */
  bands: z.array(BandSchema).min(1).optional(),
});

export const PrincipleSchema = z.strictObject({
  id: KebabCaseIdSchema,
  title: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
});

export const DriftSignalSchema = z.strictObject({
  item: KebabCaseIdSchema,
  weight: z.number().positive().max(1000),
  /** The signal counts when the item's score is at or below this value. */
  atOrBelow: scoreValue,
});

export const DriftPatternSchema = z.strictObject({
  id: KebabCaseIdSchema,
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  signals: z.array(DriftSignalSchema).min(1),
  /**
   * Detected when the weighted share of signals that count reaches `minStrength` and, if `requireAnyOf` is
   * given, at least one of those core items counts (so low scores on secondary items alone never trigger it).
   */
  rule: z.strictObject({
    minStrength: z.number().min(0).max(1),
    requireAnyOf: z.array(KebabCaseIdSchema).optional(),
  }),
  recommendations: z.array(LocalizedTextSchema).min(1),
  /** What this pattern is not, e.g. training the person chose and leads is not preparation drift. */
  caveat: LocalizedTextSchema.optional(),
});

export const RubricSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(RUBRIC_FORMAT),
  formatVersion: z.literal(RUBRIC_FORMAT_VERSION),
  id: KebabCaseIdSchema,
  version: z.string().trim().min(1, 'schema.not-empty').max(100),
  title: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
  locales: z.strictObject({
    available: z.array(LocaleCodeSchema).min(1),
    default: LocaleCodeSchema,
  }),
  source: z.strictObject({
    citation: z.string().min(1),
    // Only web addresses: the app shows this as a link, and a `javascript:` URL there would run code.
    url: z.url({ protocol: /^https?$/, error: 'schema.web-address' }).optional(),
    copyright: z.string().min(1),
    /** States that the rubric's wording paraphrases the source rather than copying it. */
    paraphraseNotice: LocalizedTextSchema,
  }),
  scale: z.strictObject({ min: scoreValue, max: scoreValue }),
  // Bounds no real scale comes near (IPS-25 has 25 items, DACTS 28) that keep every check and score linear-cheap.
  principles: z.array(PrincipleSchema).min(1).max(100),
  sections: z.array(SectionSchema).min(1).max(100),
  items: z.array(ItemSchema).min(1).max(500),
  scoring: z.strictObject({
    method: z.enum(['sum', 'mean']),
    bands: z.array(BandSchema).min(1),
    /** The item score a programme aims for; items below it are gaps. */
    target: scoreValue,
  }),
  driftPatterns: z.array(DriftPatternSchema).max(100),
});

export type LocaleCode = z.infer<typeof LocaleCodeSchema>;
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
export type DataSource = z.infer<typeof DataSourceSchema>;
export type Measure = z.infer<typeof MeasureSchema>;
export type MeasureRange = z.infer<typeof MeasureRangeSchema>;
export type Components = z.infer<typeof ComponentsSchema>;
export type Anchor = z.infer<typeof AnchorSchema>;
export type RubricItem = z.infer<typeof ItemSchema>;
export type Band = z.infer<typeof BandSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Principle = z.infer<typeof PrincipleSchema>;
export type DriftSignal = z.infer<typeof DriftSignalSchema>;
export type DriftPattern = z.infer<typeof DriftPatternSchema>;
export type Rubric = z.infer<typeof RubricSchema>;
