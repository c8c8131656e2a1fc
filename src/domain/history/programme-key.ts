import type { Assessment } from '../assessment/assessment-schema.ts';

// In its own module: the home screen groups its saved list with it, and must not pull the history's scoring into
// the first download.

/**
 * A programme or site name as people type it, reduced to what identifies it: case, surrounding and repeated
 * spaces and Unicode composition (an "è" typed on a Mac or on Windows) do not matter; accents do ("Liège" and
 * "Liege" may be typos of each other, but guessing so could merge two real sites). Every comparison of names in
 * the core (history, consensus, networks) goes through this one rule.
 */
export function normalizeName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
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

/**
 * The assessments without those a consensus among them was made from: the reviewers' own ratings are steps
 * towards that review, not reviews of their own, so a history counts the consensus once.
 */
export function withoutConsensusSources<T extends Pick<Assessment, 'id' | 'consensus'>>(assessments: readonly T[]): T[] {
  const sources = new Set(assessments.flatMap((assessment) => assessment.consensus?.reviewers.flatMap((reviewer) => (reviewer.assessmentId ? [reviewer.assessmentId] : [])) ?? []));
  return assessments.filter((assessment) => assessment.id === undefined || !sources.has(assessment.id));
}
