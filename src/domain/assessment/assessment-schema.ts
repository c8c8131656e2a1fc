import * as z from 'zod';
import { DataSourceSchema, KebabCaseIdSchema } from '../rubric/rubric-schema.ts';

/** The `format` marker of an assessment file. */
export const ASSESSMENT_FORMAT = 'ips-fidelity/assessment';
/** The assessment format version this code reads and writes. */
export const ASSESSMENT_FORMAT_VERSION = 1;

/** Who did the review: a team on itself, outside reviewers, the agreed result of reviewers, or a training room. */
export const ReviewKindSchema = z.enum(['self', 'external', 'consensus', 'workshop']);

// Limits keep a hostile or corrupted file from exhausting memory while leaving room for long evidence notes.
const MAX_NOTE_LENGTH = 50_000;
const MAX_NAME_LENGTH = 300;

/** One employment specialist's value for an item rated per specialist (contacts a week, or a score). */
export const SpecialistValueSchema = z.strictObject({
  label: z.string().max(MAX_NAME_LENGTH).optional(),
  value: z.number().finite(),
});

/**
 * A rater's rating of one item. `score` absent or null means "not rated yet"; `na` marks an item the rubric
 * allows to be not applicable. Measured values, per-specialist values and ticked components are the evidence
 * behind a suggested score; the score the rater chose is always `score`.
 */
export const RatingSchema = z.strictObject({
  score: z.number().int('schema.whole-number').nullable().optional(),
  na: z.boolean().optional(),
  measure: z.number().finite().optional(),
  specialists: z.array(SpecialistValueSchema).max(200).optional(),
  components: z.array(KebabCaseIdSchema).max(100).optional(),
  note: z.string().max(MAX_NOTE_LENGTH).optional(),
  sources: z.array(DataSourceSchema).optional(),
  /** Why a consensus score differs from a reviewer's score; asked for by the consensus view. */
  rationale: z.string().max(MAX_NOTE_LENGTH).optional(),
});

/** What one reviewer gave an item, as kept inside a consensus assessment so the agreed result stays traceable. */
export const ReviewerRatingSchema = z.strictObject({
  score: z.number().int('schema.whole-number').nullable().optional(),
  na: z.boolean().optional(),
  note: z.string().max(MAX_NOTE_LENGTH).optional(),
});

/** One independent reviewer behind a consensus: who, when, from which assessment, and every score they gave. */
export const ConsensusReviewerSchema = z.strictObject({
  /** The id of the reviewer's own assessment, when it had one; the reviewer's file itself is never changed. */
  assessmentId: z.string().min(1).max(100).optional(),
  name: z.string().max(MAX_NAME_LENGTH),
  date: z.iso.date({ error: 'schema.date' }),
  ratings: z.record(KebabCaseIdSchema, ReviewerRatingSchema),
});

/** Most reviewers a consensus brings together. */
export const MAX_CONSENSUS_REVIEWERS = 20;

/** The link from a consensus assessment to the independent ratings it settles. */
export const ConsensusSourceSchema = z.strictObject({
  reviewers: z.array(ConsensusReviewerSchema).min(2, 'schema.two-reviewers').max(MAX_CONSENSUS_REVIEWERS),
});

/** A step of the action plan a team agrees after a review. */
export const ActionSchema = z.strictObject({
  item: KebabCaseIdSchema.optional(),
  action: z.string().max(MAX_NOTE_LENGTH),
  owner: z.string().max(MAX_NAME_LENGTH).optional(),
  due: z.iso.date({ error: 'schema.date' }).optional(),
});

export const AssessmentSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(ASSESSMENT_FORMAT),
  formatVersion: z.literal(ASSESSMENT_FORMAT_VERSION),
  /** Stable identity across saves and exports, set by the app; absent in hand-written files. */
  id: z.string().min(1).max(100).optional(),
  scale: z.strictObject({ id: KebabCaseIdSchema, version: z.string().min(1).max(100) }),
  program: z.strictObject({
    name: z.string().trim().min(1, 'schema.not-empty').max(MAX_NAME_LENGTH),
    site: z.string().max(MAX_NAME_LENGTH).optional(),
  }),
  review: z.strictObject({
    kind: ReviewKindSchema,
    date: z.iso.date({ error: 'schema.date' }),
    raters: z.array(z.string().max(MAX_NAME_LENGTH)).max(500),
  }),
  ratings: z.record(KebabCaseIdSchema, RatingSchema),
  actions: z.array(ActionSchema).max(500).optional(),
  /** Present on a consensus assessment: the reviewers' own scores, kept for the side-by-side view and the report. */
  consensus: ConsensusSourceSchema.optional(),
  /** The training vignette a workshop participant rated, so the trainer can set it against the reference. */
  vignette: KebabCaseIdSchema.optional(),
  createdAt: z.iso.datetime({ offset: true, error: 'schema.date-time' }).optional(),
  updatedAt: z.iso.datetime({ offset: true, error: 'schema.date-time' }).optional(),
});

export type ReviewKind = z.infer<typeof ReviewKindSchema>;
export type Rating = z.infer<typeof RatingSchema>;
export type AssessmentAction = z.infer<typeof ActionSchema>;
export type Assessment = z.infer<typeof AssessmentSchema>;
export type ReviewerRating = z.infer<typeof ReviewerRatingSchema>;
export type ConsensusReviewer = z.infer<typeof ConsensusReviewerSchema>;
