// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { HistoryEntry, NextReview, UiLocale } from '../../src/domain/index.ts';
import { NextReviewNotice } from '../../src/features/history/next-review-notice.tsx';
import { createTestI18n } from '../helpers/i18n.ts';
import { bundledRubric } from '../helpers/factories.ts';

const ips25 = bundledRubric('ips-25');
const fair = ips25.scoring.bands.find((band) => band.id === 'fair') ?? null;
const latest: HistoryEntry = { assessmentId: 'latest', date: '2026-03-31', kind: 'external', scaleVersion: ips25.version, total: 90, band: fair, percentOfMax: 72, isComplete: true, principles: [] };

function renderNotice(nextReview: Partial<NextReview>, locale: UiLocale = 'en', entry: HistoryEntry = latest) {
  const full: NextReview = { dueDate: '2026-09-30', intervalMonths: 6, intervalBasis: 'band', status: 'due-later', daysUntilDue: 100, ...nextReview };
  const { container } = render(
    <I18nextProvider i18n={createTestI18n(locale)}>
      <NextReviewNotice nextReview={full} latest={entry} rubric={ips25} />
    </I18nextProvider>,
  );
  return { status: container.querySelector('.due-date')?.textContent, icon: container.querySelector('.due-icon')?.textContent, reason: container.querySelector('.meta')?.textContent };
}

describe('NextReviewNotice', () => {
  afterEach(cleanup);

  it.each([
    [{ status: 'due-later', daysUntilDue: 100 }, 'Next review due 30 September 2026: not due yet, in 100 days', '✓'],
    [{ status: 'due-soon', daysUntilDue: 12 }, 'Next review due 30 September 2026: due soon, in 12 days', '◷'],
    [{ status: 'due-soon', daysUntilDue: 1 }, 'Next review due 30 September 2026: due soon, tomorrow', '◷'],
    [{ status: 'due-soon', daysUntilDue: 0 }, 'Next review due 30 September 2026: due today', '◷'],
    [{ status: 'overdue', daysUntilDue: -1 }, 'Next review due 30 September 2026: overdue by 1 day', '⚠'],
    [{ status: 'overdue', daysUntilDue: -45 }, 'Next review due 30 September 2026: overdue by 45 days', '⚠'],
  ] as const)('says %j in words and with a shape', (nextReview, words, icon) => {
    expect(renderNotice(nextReview)).toMatchObject({ status: words, icon });
  });

  it('says the date and the status in the reader’s language', () => {
    expect(renderNotice({ status: 'overdue', daysUntilDue: -3 }, 'fr').status).toBe('Prochaine évaluation le 30 septembre 2026\u00A0: en retard de 3 jours');
    expect(renderNotice({ status: 'overdue', daysUntilDue: -3 }, 'nl').status).toBe('Volgende meting op 30 september 2026: 3 dagen te laat');
  });

  it('explains the interval by the latest band, or by its absence', () => {
    expect(renderNotice({}).reason).toContain('6 months after the review of 31 March 2026, at the “Fair fidelity” level');
    expect(renderNotice({ intervalBasis: 'no-band' }, 'en', { ...latest, band: null, isComplete: false }).reason).toBe(
      'The latest review has items not rated, so it has no level yet: the scale’s shortest interval applies (6 months).',
    );
  });
});
