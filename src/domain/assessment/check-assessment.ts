import type { MessageKey } from '../i18n/domain-messages.ts';
import type { UiLocale } from '../i18n/locale.ts';
import type { Rubric } from '../rubric/rubric-schema.ts';
import { makeIssue, type ValidationIssue } from '../validation-issue.ts';
import type { Assessment } from './assessment-schema.ts';

export interface AssessmentCheck {
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
}

/** The message for a value outside a measure's limits, naming only the limits that exist; null when inside. */
function describeOutOfRange(value: number, min: number | undefined, max: number | undefined): { key: MessageKey; params: Record<string, number> } | null {
  const isTooLow = min !== undefined && value < min;
  const isTooHigh = max !== undefined && value > max;
  if (!isTooLow && !isTooHigh) return null;
  if (min !== undefined && max !== undefined) return { key: 'assessment.measure-outside', params: { value, min, max } };
  return isTooLow ? { key: 'assessment.measure-too-low', params: { value, min: min ?? 0 } } : { key: 'assessment.measure-too-high', params: { value, max: max ?? 0 } };
}

/**
 * Checks an assessment against the rubric it claims to use: every rated item exists, scores lie on the scale,
 * "not applicable" only where allowed, measures and ticked components belong to the item, and the reviewers'
 * scores a consensus keeps are on the scale too. A different rubric version is a warning (items are matched by
 * id), not an error.
 */
export function checkAssessment(assessment: Assessment, rubric: Rubric, locale: UiLocale): AssessmentCheck {
  const errors: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  if (assessment.scale.version !== rubric.version) {
    warnings.push(makeIssue(locale, ['scale', 'version'], 'assessment.version-differs', { id: rubric.id, found: assessment.scale.version, loaded: rubric.version }));
  }
  const items = new Map(rubric.items.map((item) => [item.id, item]));
  for (const [itemId, rating] of Object.entries(assessment.ratings)) {
    const path = ['ratings', itemId];
    const item = items.get(itemId);
    if (!item) {
      errors.push(makeIssue(locale, path, 'assessment.unknown-item', { scale: rubric.id, id: itemId }));
      continue;
    }
    const score = rating.score;
    const hasScore = typeof score === 'number';
    if (hasScore && (score < rubric.scale.min || score > rubric.scale.max)) {
      errors.push(makeIssue(locale, [...path, 'score'], 'assessment.score-outside-scale', { score, min: rubric.scale.min, max: rubric.scale.max }));
    }
    if (rating.na && !item.naAllowed) errors.push(makeIssue(locale, [...path, 'na'], 'assessment.na-not-allowed'));
    if (rating.na && hasScore) errors.push(makeIssue(locale, path, 'assessment.score-and-na'));
    if (rating.measure !== undefined) {
      if (!item.measure) errors.push(makeIssue(locale, [...path, 'measure'], 'assessment.no-measure'));
      else {
        const problem = describeOutOfRange(rating.measure, item.measure.min, item.measure.max);
        if (problem) errors.push(makeIssue(locale, [...path, 'measure'], problem.key, problem.params));
      }
    }
    if (rating.specialists !== undefined && !item.perSpecialist) errors.push(makeIssue(locale, [...path, 'specialists'], 'assessment.no-specialists'));
    else if (rating.specialists !== undefined) {
      // Per-specialist values are measured values when the item has a measure, scores otherwise.
      const min = item.measure ? item.measure.min : rubric.scale.min;
      const max = item.measure ? item.measure.max : rubric.scale.max;
      rating.specialists.forEach((specialist, index) => {
        const problem = describeOutOfRange(specialist.value, min, max);
        if (problem) errors.push(makeIssue(locale, [...path, 'specialists', index, 'value'], problem.key, problem.params));
      });
    }
    if (rating.components !== undefined) {
      if (!item.components) errors.push(makeIssue(locale, [...path, 'components'], 'assessment.no-components'));
      else {
        const known = new Set(item.components.list.map((component) => component.id));
        rating.components.forEach((componentId, index) => {
          if (!known.has(componentId)) errors.push(makeIssue(locale, [...path, 'components', index], 'assessment.unknown-component', { id: componentId }));
        });
      }
    }
  }
  if (assessment.consensus) {
    if (assessment.review.kind !== 'consensus') errors.push(makeIssue(locale, ['consensus'], 'assessment.consensus-kind'));
    assessment.consensus.reviewers.forEach((reviewer, index) => {
      for (const [itemId, rating] of Object.entries(reviewer.ratings)) {
        const path = ['consensus', 'reviewers', index, 'ratings', itemId];
        const item = items.get(itemId);
        if (!item) errors.push(makeIssue(locale, path, 'assessment.unknown-item', { scale: rubric.id, id: itemId }));
        else if (typeof rating.score === 'number' && (rating.score < rubric.scale.min || rating.score > rubric.scale.max)) {
          errors.push(makeIssue(locale, [...path, 'score'], 'assessment.score-outside-scale', { score: rating.score, min: rubric.scale.min, max: rubric.scale.max }));
        } else if (rating.na && typeof rating.score === 'number') errors.push(makeIssue(locale, path, 'assessment.score-and-na'));
      }
    });
  }
  return { errors, warnings };
}
