import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { buildHistory, computeTotalRange, daysBetween, localize, programmeKey, withoutConsensusSources, type Rubric, type UiLocale } from '../../domain/index.ts';
import { todayIso } from '../../components/clock.ts';
import { formatIsoDate } from '../../components/format-date.ts';
import { useRubrics, useServices } from '../../components/services.tsx';
import { ThresholdLegend, type Threshold } from '../../components/threshold-legend.tsx';
import type { StoredAssessment } from '../../storage/assessment-store.ts';
import { ItemChanges, PrincipleProfileTable, TimelineTable } from './history-tables.tsx';
import { NextReviewNotice } from './next-review-notice.tsx';

// recharts loads after the tables are on screen (and is shared with the results screen's charts).
const TimelineChart = lazy(() => import('./history-timeline-chart.tsx').then((module) => ({ default: module.TimelineChart })));

interface ProgrammeAssessments {
  /** The assessment whose history is asked for; null when it is not on this device. */
  anchor: StoredAssessment | null;
  /** Every saved assessment of its programme, site and scale, itself included. */
  members: StoredAssessment[];
}

/** The saved assessments of the programme, site and scale that assessment `id` belongs to; null while loading. */
function useProgrammeAssessments(id: string): ProgrammeAssessments | null {
  const { store, reportReadFailure } = useServices();
  // Kept with the id it was read for, so a change of address shows "loading" rather than the previous programme.
  const [found, setFound] = useState<ProgrammeAssessments & { id: string } | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void store.listAssessments().then(
      (all) => {
        if (!isCurrent) return;
        const anchor = all.find((assessment) => assessment.id === id) ?? null;
        const key = anchor ? programmeKey(anchor) : null;
        setFound({ id, anchor, members: anchor ? withoutConsensusSources(all.filter((assessment) => programmeKey(assessment) === key)) : [] });
      },
      (error: unknown) => {
        if (!isCurrent) return;
        reportReadFailure(error);
        setFound({ id, anchor: null, members: [] });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [id, store, reportReadFailure]);
  return found?.id === id ? found : null;
}

/** The band limits drawn across the timeline: where each band above the lowest begins. */
function bandThresholds(rubric: Rubric, locale: UiLocale): Threshold[] {
  const { min } = computeTotalRange(rubric, rubric.items.length);
  return [...rubric.scoring.bands]
    .sort((a, b) => a.min - b.min)
    .filter((band) => band.min > min)
    .map((band) => ({ label: localize(band.label, locale, rubric.locales.default), value: band.min }));
}

/**
 * The history of the programme an assessment belongs to: when the next review is due, the totals over time (chart
 * and table), what changed since the review before, and the principle profile over time.
 */
export function HistoryPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as UiLocale;
  const rubrics = useRubrics();
  const programme = useProgrammeAssessments(id);
  const rubric = programme?.anchor ? rubrics?.get(programme.anchor.scale.id) : undefined;
  const history = useMemo(() => (rubric && programme ? buildHistory(rubric, programme.members, todayIso()) : null), [rubric, programme]);

  if (programme === null || rubrics === null) return <p role="status">{t('app.loading')}</p>;
  if (!programme.anchor || !rubric || !history) {
    return (
      <p className="notice notice-error" role="alert">
        {t('assess.notFound')} <Link href="/">{t('app.home')}</Link>
      </p>
    );
  }
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const range = computeTotalRange(rubric, rubric.items.length);
  const thresholds = bandThresholds(rubric, locale);
  const isFirstReview = history.entries.length === 1;
  const hasIncomplete = history.entries.some((entry) => !entry.isComplete);
  const title = localize(rubric.title, locale, rubric.locales.default);
  const firstReviewDate = history.entries[0]?.date ?? history.latest.date;

  return (
    <>
      <p>
        <Link href={`/a/${id}/results`}>← {t('history.backToResults')}</Link>
      </p>
      <h1>
        {t('history.heading')}
        {t('app.colon')} {history.programme.name}
        {history.programme.site ? ` — ${history.programme.site}` : ''}
      </h1>
      <p className="meta">
        {title} · {t('history.reviewCount', { count: history.entries.length })}
      </p>

      <NextReviewNotice nextReview={history.nextReview} latest={history.latest} rubric={rubric} />

      {isFirstReview ? (
        <p className="notice first-review">
          <strong>{t('history.firstReview', { date: formatIsoDate(history.latest.date, locale) })}</strong> {t('history.firstReviewHint')}
        </p>
      ) : null}

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('history.timeline')}</h2>
        {isFirstReview ? null : (
          <>
            <div className="chart timeline-chart" role="img" aria-label={t('history.chartLabel')}>
              <Suspense fallback={null}>
                <TimelineChart
                  points={history.entries.map((entry) => ({
                    day: daysBetween(firstReviewDate, entry.date),
                    label: formatIsoDate(entry.date, locale, 'medium'),
                    total: entry.isComplete ? entry.total : null,
                  }))}
                  thresholds={thresholds}
                  min={range.min}
                  max={range.max}
                  totalName={t('assess.total')}
                />
              </Suspense>
            </div>
            <ThresholdLegend thresholds={thresholds} colon={t('app.colon')} format={(value) => t('history.bandFrom', { value: number.format(value) })} />
            {hasIncomplete ? <p className="hint">{t('history.incompleteNotDrawn')}</p> : null}
          </>
        )}
        <TimelineTable entries={history.entries} rubric={rubric} currentId={id} showVersions={history.hasSeveralVersions} />
      </section>

      {history.changes ? (
        <section aria-labelledby="changes-heading">
          <h2 id="changes-heading">{t('history.changes')}</h2>
          <ItemChanges changes={history.changes} rubric={rubric} />
        </section>
      ) : null}

      {isFirstReview ? null : (
        <section aria-labelledby="profile-history-heading">
          <h2 id="profile-history-heading">{t('history.profile')}</h2>
          <PrincipleProfileTable entries={history.entries} profile={history.principleProfile} rubric={rubric} />
        </section>
      )}
    </>
  );
}
