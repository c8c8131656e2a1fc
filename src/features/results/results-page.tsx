import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { detectDrift, findScore, localize, scoreAssessment, type LocalizedText, type UiLocale } from '../../domain/index.ts';
import { todayIso } from '../../components/clock.ts';
import { downloadBytes } from '../../components/download.ts';
import { useRubrics } from '../../components/services.tsx';
import { makeFileName } from '../../storage/assessment-files.ts';
import { ThresholdLegend } from '../../components/threshold-legend.tsx';
import { useAssessmentEditor } from '../../components/use-assessment-editor.ts';
import { ActionPlanEditor } from './action-plan-editor.tsx';
import { ChangeNotices } from '../../components/change-notices.tsx';
import { ItemBars, ProfileRadar } from './results-charts.tsx';

/** The results view: profile radar and table, items against band thresholds, gaps with next steps, drift alerts. */
export function ResultsPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as UiLocale;
  const rubrics = useRubrics();
  const { assessment, updateActions, externalChange, dismissExternalChange, restoredCount } = useAssessmentEditor(id);
  const [isMakingPdf, setIsMakingPdf] = useState(false);
  const rubric = assessment ? rubrics?.get(assessment.scale.id) : undefined;
  const summary = useMemo(() => (rubric && assessment ? scoreAssessment(rubric, assessment) : null), [rubric, assessment]);
  const drift = useMemo(() => (rubric && assessment ? detectDrift(rubric, assessment) : []), [rubric, assessment]);

  if (assessment === undefined || rubrics === null) return <p role="status">{t('app.loading')}</p>;
  if (!assessment || !rubric || !summary) {
    return (
      <p className="notice notice-error" role="alert">
        {t('assess.notFound')} <Link href="/">{t('app.home')}</Link>
      </p>
    );
  }
  const text = (value: LocalizedText) => localize(value, locale, rubric.locales.default);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  // The PDF code (jsPDF, about 140 kB) loads on the first click only.
  const exportPdf = async () => {
    setIsMakingPdf(true);
    try {
      const [{ buildReportModel }, { renderReportPdf }] = await Promise.all([import('../../report/build-report-model.ts'), import('../../report/render-report-pdf.ts')]);
      const bytes = renderReportPdf(buildReportModel({ rubric, assessment, locale, generatedOn: todayIso() }));
      downloadBytes(makeFileName(assessment, 'pdf'), bytes, 'application/pdf');
    } finally {
      setIsMakingPdf(false);
    }
  };
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const items = new Map(rubric.items.map((item) => [item.id, item]));
  const principleTitles = new Map(rubric.principles.map((principle) => [principle.id, text(principle.title)]));
  const profile = summary.principles.filter((principle) => principle.percent !== null).map((principle) => ({ label: principleTitles.get(principle.id) ?? principle.id, percent: Math.round(principle.percent ?? 0) }));
  // Unrated items get no bar (null), not a bar at 0 that would read as "not implemented".
  const bars = rubric.items.map((item) => ({ label: String(item.number), score: findScore(assessment, item.id) }));
  const thresholds =
    rubric.scoring.method === 'sum'
      ? rubric.scoring.bands.filter((band) => band.min > summary.min).map((band) => ({ label: text(band.label), value: band.min / rubric.items.length }))
      : rubric.scoring.bands.filter((band) => band.min > rubric.scale.min).map((band) => ({ label: text(band.label), value: band.min }));
  const detected = drift.filter((result) => result.detected).sort((a, b) => b.strength - a.strength);

  return (
    <>
      <p>
        <Link href={`/a/${id}`}>← {t('results.backToRating')}</Link>
        {assessment.consensus ? (
          <>
            {' · '}
            <Link href={`/a/${id}/consensus`}>{t('consensus.openConsensus')}</Link>
          </>
        ) : null}
      </p>
      <h1>
        {t('results.heading')}
        {t('app.colon')} {assessment.program.name}
      </h1>
      <p className="actions">
        <button type="button" className="button" onClick={() => void exportPdf()} disabled={isMakingPdf}>
          {isMakingPdf ? t('results.makingPdf') : t('results.exportPdf')}
        </button>
        <Link className="button button-secondary" href={`/a/${id}/history`}>
          {t('history.link')}
        </Link>
      </p>
      <p className="result-headline">
        <strong>
          {t('assess.total')}
          {t('app.colon')} {summary.total === null ? '—' : number.format(summary.total)} / {summary.max}
        </strong>{' '}
        · {summary.band ? text(summary.band.label) : summary.bandWithheld === 'mostly-not-applicable' ? t('assess.mostlyNotApplicable') : t('assess.noBand')}
      </p>
      {!summary.isComplete ? <p className="notice">{t('results.incomplete')}</p> : null}

      <section aria-labelledby="drift-heading">
        <h2 id="drift-heading">{t('results.drift')}</h2>
        {detected.length === 0 ? <p>{summary.unrated.length > 0 ? t('results.noDriftYet', { count: summary.unrated.length }) : t('results.noDrift')}</p> : null}
        {detected.map((result) => {
          const pattern = rubric.driftPatterns.find((candidate) => candidate.id === result.id);
          if (!pattern) return null;
          return (
            <article key={result.id} className="drift-alert" aria-labelledby={`drift-${result.id}`}>
              <h3 id={`drift-${result.id}`}>
                <span className="drift-marker" aria-hidden="true">
                  ⚠
                </span>{' '}
                {t('results.detected')}
                {t('app.colon')} {text(pattern.title)} <span className="meta">({t('results.strength', { value: percent.format(result.strength) })})</span>
              </h3>
              <p>{text(pattern.description)}</p>
              <h4>{t('results.signals')}</h4>
              <ul>
                {result.signals
                  .filter((signal) => signal.isCounted)
                  .map((signal) => {
                    const item = items.get(signal.item);
                    return (
                      <li key={signal.item}>
                        {item ? `${item.number}. ${text(item.title)}` : signal.item}
                        {t('app.colon')} {signal.score}
                      </li>
                    );
                  })}
              </ul>
              <h4>{t('results.recommendations')}</h4>
              <ul>
                {pattern.recommendations.map((recommendation, index) => (
                  <li key={index}>{text(recommendation)}</li>
                ))}
              </ul>
              {pattern.caveat ? (
                <p className="caveat">
                  <strong>
                    {t('results.caveat')}
                    {t('app.colon')}
                  </strong>{' '}
                  {text(pattern.caveat)}
                </p>
              ) : null}
            </article>
          );
        })}
      </section>

      <section aria-labelledby="profile-heading">
        <h2 id="profile-heading">{t('results.profile')}</h2>
        <div className="chart" aria-hidden="true">
          <ProfileRadar points={profile} />
        </div>
        <table className="data-table">
          <caption>{t('results.profileTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.principle')}</th>
              <th scope="col">{t('results.mean')}</th>
              <th scope="col">{t('results.percent')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.principles.map((principle) => (
              <tr key={principle.id}>
                <th scope="row">{principleTitles.get(principle.id)}</th>
                <td>{principle.mean === null ? '—' : number.format(principle.mean)}</td>
                <td>{principle.percent === null ? '—' : percent.format(principle.percent / 100)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="items-heading">
        <h2 id="items-heading">{t('results.items')}</h2>
        <div className="chart" role="img" aria-label={t('results.itemsChartLabel')}>
          <ItemBars bars={bars} thresholds={thresholds} max={rubric.scale.max} scoreName={t('results.scoreName')} />
        </div>
        <ThresholdLegend thresholds={thresholds} colon={t('app.colon')} format={(value) => t('results.perItem', { value: number.format(value) })} />
      </section>

      <section aria-labelledby="gaps-heading">
        <h2 id="gaps-heading">{t('results.gaps')}</h2>
        {summary.gaps.length === 0 ? <p>{t('results.noGaps')}</p> : null}
        <ol className="gap-list">
          {summary.gaps.map((gap) => {
            const item = items.get(gap.item);
            return (
              <li key={gap.item}>
                <strong>
                  {item ? `${item.number}. ${text(item.title)}` : gap.item}
                  {t('app.colon')} {gap.score} → {gap.target}
                </strong>
                {gap.currentAnchor ? (
                  <p>
                    <span className="meta">
                      {t('results.current', { score: gap.score })}
                      {t('app.colon')}
                    </span>{' '}
                    {text(gap.currentAnchor)}
                  </p>
                ) : null}
                {gap.nextAnchor ? (
                  <p>
                    <span className="meta">
                      {t('results.next', { score: gap.score + 1 })}
                      {t('app.colon')}
                    </span>{' '}
                    {text(gap.nextAnchor)}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="actions-heading">
        <h2 id="actions-heading">{t('results.actionPlan')}</h2>
        <p className="hint">{t('results.actionPlanHint')}</p>
        <ChangeNotices rubric={rubric} externalChange={externalChange} onDismiss={dismissExternalChange} restoredCount={restoredCount} />
        <ActionPlanEditor key={externalChange?.revisions['actions'] ?? 0} rubric={rubric} actions={assessment.actions ?? []} onChange={updateActions} />
      </section>
    </>
  );
}
