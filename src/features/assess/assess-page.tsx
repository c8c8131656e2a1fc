import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { localize, scoreAssessment, type LocalizedText, type Rubric, type RubricItem, type UiLocale } from '../../domain/index.ts';
import { useRubrics, useServices } from '../../components/services.tsx';
import { downloadText } from '../../components/download.ts';
import { buildScoresCsv, makeFileName, serializeAssessment } from '../../storage/assessment-files.ts';
import { ItemCard } from './item-card.tsx';
import { useAssessmentEditor } from '../../components/use-assessment-editor.ts';
import { useRestoredScroll } from '../../components/use-restored-scroll.ts';
import { ChangeNotices } from '../../components/change-notices.tsx';

export type GroupBy = 'section' | 'principle';

interface Group {
  id: string;
  title: LocalizedText;
  items: RubricItem[];
}

/** Items grouped by section, or by their first primary principle (each item appears once). */
function groupItems(rubric: Rubric, groupBy: GroupBy): Group[] {
  if (groupBy === 'section') return rubric.sections.map((section) => ({ id: section.id, title: section.title, items: rubric.items.filter((item) => item.section === section.id) }));
  return rubric.principles
    .map((principle) => ({ id: principle.id, title: principle.title, items: rubric.items.filter((item) => item.principles.primary[0] === principle.id) }))
    .filter((group) => group.items.length > 0);
}

/** The rating screen: every item on one page, the running total and band always in view, nothing lost. */
export function AssessPage({ id, groupBy }: { id: string; groupBy: GroupBy }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as UiLocale;
  const rubrics = useRubrics();
  const { assessment, saveState, updateRating, externalChange, dismissExternalChange, restoredCount } = useAssessmentEditor(id);
  const { storageProblem } = useServices();
  const rubric = assessment ? rubrics?.get(assessment.scale.id) : undefined;
  const summary = useMemo(() => (rubric && assessment ? scoreAssessment(rubric, assessment) : null), [rubric, assessment]);
  const groups = useMemo(() => (rubric ? groupItems(rubric, groupBy) : []), [rubric, groupBy]);
  useRestoredScroll(`${id}/${groupBy}`, Boolean(summary), '.item-group');

  if (assessment === undefined || rubrics === null) return <p role="status">{t('app.loading')}</p>;
  if (assessment === null) {
    return (
      <p className="notice notice-error" role="alert">
        {t('assess.notFound')} <Link href="/">{t('app.home')}</Link>
      </p>
    );
  }
  if (!rubric || !summary) {
    return (
      <p className="notice notice-error" role="alert">
        {t('start.unknownScale', { id: assessment.scale.id })} <Link href="/">{t('app.home')}</Link>
      </p>
    );
  }
  const text = (value: LocalizedText) => localize(value, locale, rubric.locales.default);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const exportJson = () => downloadText(makeFileName(assessment, 'json'), serializeAssessment(assessment), 'application/json');
  // The first unrated item in the order this view shows them (by principle, item 10 may come before item 2).
  const unrated = new Set(summary.unrated);
  const firstUnrated = groups.flatMap((group) => group.items).find((item) => unrated.has(item.id))?.id;

  return (
    <>
      <div className="score-bar" role="region" aria-label={t('assess.total')}>
        <div>
          <span className="score-bar-label">{t('assess.total')}</span>{' '}
          <output className="score-bar-total" aria-live="polite">
            {summary.total === null ? '—' : number.format(summary.total)} / {summary.max}
          </output>
        </div>
        <div>
          <span className="score-bar-label">{t('assess.band')}</span> <strong className="score-bar-band">{summary.band ? text(summary.band.label) : summary.bandWithheld === 'mostly-not-applicable' ? t('assess.mostlyNotApplicable') : t('assess.noBand')}</strong>
        </div>
        <div className="score-bar-progress">
          <progress max={summary.itemCount} value={summary.itemCount - summary.unrated.length} aria-label={t('assess.progress', { count: summary.itemCount - summary.unrated.length, total: summary.itemCount })} />
          <span>{t('assess.progress', { count: summary.itemCount - summary.unrated.length, total: summary.itemCount })}</span>
        </div>
        <div className="score-bar-status" role="status">
          {saveState === 'saving' ? t('assess.saving') : null}
          {saveState === 'saved' && storageProblem?.kind !== 'unavailable' ? `✓ ${t('assess.saved')}` : null}
          {saveState === 'failed' || storageProblem?.kind === 'unavailable' ? (
            <>
              <span className="save-failed">⚠ {t('assess.notSaved')}</span>{' '}
              <button type="button" className="button button-small" onClick={exportJson}>
                {t('storage.exportNow')}
              </button>
            </>
          ) : null}
        </div>
      </div>

      <h1>
        {assessment.program.name}
        {assessment.program.site ? ` — ${assessment.program.site}` : ''}
      </h1>
      <p className="meta">
        {text(rubric.title)} · {assessment.review.date} · {t(`start.kinds.${assessment.review.kind}`)}
        {assessment.review.raters.length > 0 ? ` · ${assessment.review.raters.join(', ')}` : ''}
      </p>

      <nav className="toolbar" aria-label={t('assess.groupBy')}>
        <Link href={`/a/${id}`} aria-current={groupBy === 'section' ? 'page' : undefined} className="tab">
          {t('assess.bySection')}
        </Link>
        <Link href={`/a/${id}/by-principle`} aria-current={groupBy === 'principle' ? 'page' : undefined} className="tab">
          {t('assess.byPrinciple')}
        </Link>
        <span className="toolbar-spacer" />
        {assessment.vignette ? (
          <Link href={`/vignette/${assessment.vignette}`} className="button button-secondary">
            {t('workshop.readAgain')}
          </Link>
        ) : null}
        {assessment.consensus ? (
          <Link href={`/a/${id}/consensus`} className="button button-secondary">
            {t('consensus.openConsensus')}
          </Link>
        ) : null}
        <Link href={`/a/${id}/results`} className="button">
          {t('assess.results')}
        </Link>
        <button type="button" className="button button-secondary" onClick={exportJson}>
          {t('assess.exportJson')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => downloadText(makeFileName(assessment, 'csv'), buildScoresCsv(rubric, assessment, locale), 'text/csv;charset=utf-8')}>
          {t('assess.exportCsv')}
        </button>
      </nav>

      <ChangeNotices rubric={rubric} externalChange={externalChange} onDismiss={dismissExternalChange} restoredCount={restoredCount} />

      <p className="unrated-line">
        {firstUnrated ? (
          <>
            {t('assess.unrated', { count: summary.unrated.length })} · <a href={`#item-${firstUnrated}`} onClick={(event) => {
              event.preventDefault();
              const target = document.getElementById(`item-${firstUnrated}`);
              target?.scrollIntoView({ block: 'start' });
              target?.querySelector<HTMLInputElement>('input[type=radio]')?.focus({ preventScroll: true });
            }}>{t('assess.jumpToNext')}</a>
          </>
        ) : (
          <>✓ {t('assess.allRated')}</>
        )}
      </p>

      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`group-${group.id}`} className="item-group">
          <h2 id={`group-${group.id}`}>{text(group.title)}</h2>
          {group.items.map((item) => (
            // Redrawn when another tab changes the item, so its text fields show the new note, not the old one.
            <ItemCard key={`${item.id}:${externalChange?.revisions[item.id] ?? 0}`} rubric={rubric} item={item} rating={Object.hasOwn(assessment.ratings, item.id) ? assessment.ratings[item.id] : undefined} onChange={updateRating} />
          ))}
        </section>
      ))}
    </>
  );
}
