import type { Assessment } from '../assessment/assessment-schema.ts';

// In its own module: the home screen groups its saved list with it, and must not pull the history's scoring into
// the first download.

/** Programme and site names as people type them: case, spacing and Unicode composition do not matter. */
function normalizeName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase().normalize('NFC');
}

/**
 * The key shared by every assessment of one programme, site and scale: the scale id with the programme name and
 * site compared trimmed, case-insensitively, with runs of whitespace collapsed and in Unicode NFC, so "Le
 * Tremplin " typed on one laptop and "le  Tremplin" on another are one history. The scale version is left out:
 * a programme's history goes on across versions of its scale. Workshop ratings of a training vignette never join a
 * real programme's history, even when the vignette's fictional programme bears the same name.
 */
export function programmeKey(assessment: Pick<Assessment, 'scale' | 'program'> & { review?: Pick<Assessment['review'], 'kind'>; vignette?: string }): string {
  const strand = assessment.review?.kind === 'workshop' || assessment.vignette !== undefined ? 'workshop' : 'programme';
  // JSON keeps the parts apart whatever characters the names hold: "ab" + "c" and "a" + "bc" never meet.
  return JSON.stringify([strand, assessment.scale.id, normalizeName(assessment.program.name), normalizeName(assessment.program.site ?? '')]);
}
