import type { StoredAssessment } from './assessment-store.ts';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * A cheap check of the fields every screen relies on, run on each record read from the browser's database.
 * Records are written by this app, so they normally pass; one damaged outside it (an old bug, an extension, a
 * half-restored profile) is kept in the database and in backups but not handed to screens that would break on
 * it. The full check (zod) runs on files; it is not loaded here to keep the first screen small.
 */
export function isUsableAssessment(record: unknown): record is StoredAssessment {
  if (!isPlainObject(record)) return false;
  const { id, scale, program, review, ratings, actions, consensus } = record;
  return (
    typeof id === 'string' &&
    isPlainObject(scale) &&
    typeof scale['id'] === 'string' &&
    typeof scale['version'] === 'string' &&
    isPlainObject(program) &&
    typeof program['name'] === 'string' &&
    isPlainObject(review) &&
    typeof review['kind'] === 'string' &&
    typeof review['date'] === 'string' &&
    Array.isArray(review['raters']) &&
    isPlainObject(ratings) &&
    Object.values(ratings).every(isPlainObject) &&
    (actions === undefined || Array.isArray(actions)) &&
    (consensus === undefined || isUsableConsensus(consensus))
  );
}

/** The reviewers a consensus keeps, as the side-by-side view and the report read them. */
function isUsableConsensus(consensus: unknown): boolean {
  if (!isPlainObject(consensus) || !Array.isArray(consensus['reviewers'])) return false;
  return consensus['reviewers'].every(
    (reviewer: unknown) => isPlainObject(reviewer) && typeof reviewer['name'] === 'string' && isPlainObject(reviewer['ratings']) && Object.values(reviewer['ratings']).every(isPlainObject),
  );
}
