import * as z from 'zod';
import { KebabCaseIdSchema, LocaleCodeSchema, LocalizedTextSchema } from '../rubric/rubric-schema.ts';

/** The `format` marker of a training vignette file. */
export const VIGNETTE_FORMAT = 'ips-fidelity/vignette';
/** The vignette format version this code reads. */
export const VIGNETTE_FORMAT_VERSION = 1;

/** The reference rating of one item: the score an experienced reviewer gives the vignette, and why. */
export const ReferenceRatingSchema = z.strictObject({
  score: z.number().int('schema.whole-number'),
  why: LocalizedTextSchema,
});

/**
 * A fictional programme described in about a page, for workshops: participants read it, rate it, and the
 * trainer sets the room's ratings against the reference rating of every item.
 */
export const VignetteSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(VIGNETTE_FORMAT),
  formatVersion: z.literal(VIGNETTE_FORMAT_VERSION),
  id: KebabCaseIdSchema,
  /** The scale the vignette is rated on; items are matched by id, so the version is informative. */
  scale: z.strictObject({ id: KebabCaseIdSchema, version: z.string().min(1).max(100) }),
  locales: z.strictObject({ available: z.array(LocaleCodeSchema).min(1), default: LocaleCodeSchema }),
  title: LocalizedTextSchema,
  /** The description participants read, one entry per paragraph. */
  paragraphs: z.array(LocalizedTextSchema).min(1).max(40),
  /** For the trainer only: what the vignette is built to show and what to discuss. Never shown before rating. */
  trainerNotes: LocalizedTextSchema,
  /** The drift patterns of the rubric that the reference rating shows (checked against the rubric's rules). */
  expectedDrift: z.array(KebabCaseIdSchema).max(100),
  reference: z.record(KebabCaseIdSchema, ReferenceRatingSchema),
});

export type ReferenceRating = z.infer<typeof ReferenceRatingSchema>;
export type Vignette = z.infer<typeof VignetteSchema>;
