import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import * as z from 'zod';
import { buildHeatMap, countBands, filterNetworkRows, localize, sortNetworkRows, summariseNetwork, type LocalizedText, type NetworkSort, type NetworkSortKey, type UiLocale } from '../../domain/index.ts';
import { nowIso, todayIso } from '../../components/clock.ts';
import { downloadText } from '../../components/download.ts';
import { readImportReport } from '../../components/network-import.ts';
import { useRubrics, useServices } from '../../components/services.tsx';
import { buildNetworkCsv, makeNetworkFileName } from '../../storage/assessment-files.ts';
import type { StoredCollection } from '../../storage/assessment-store.ts';
import { BandDistribution } from './band-distribution.tsx';
import { FilterFormSchema, NetworkFilters, makeEmptyFilterForm, readFilterForm, type FilterForm } from './network-filters.tsx';
import { HeatLegend, NetworkTable, isSameSortKey, type Column } from './network-table.tsx';

/**
 * Rows drawn at first and added per "show more": a thousand rows of fourteen cells would take the page a
 * second to lay out on a modest laptop, and nobody reads past the first screens before sorting or filtering.
 */
const ROWS_PER_PAGE = 100;

const DEFAULT_SORT: NetworkSort = { key: { by: 'programme' }, direction: 'ascending' };

/** The filters and sort as kept in the history entry of the dashboard's address. */
const ViewStateSchema = z.object({
  networkView: z.object({
    form: FilterFormSchema.nullable(),
    sort: z.object({
      key: z.union([z.object({ by: z.enum(['programme', 'site', 'date', 'total', 'band']) }), z.object({ by: z.literal('principle'), principleId: z.string() })]),
      direction: z.enum(['ascending', 'descending']),
    }),
  }),
});

/** The filters and sort kept in the current history entry, if any. */
function readViewState(): z.infer<typeof ViewStateSchema>['networkView'] | null {
  const parsed = ViewStateSchema.safeParse(window.history.state);
  return parsed.success ? parsed.data.networkView : null;
}

/** The dashboard of a saved network (`#/network/<id>`): filters, band distribution, sortable table with heat map. */
export function NetworkPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as UiLocale;
  const { store, reportReadFailure, reportWriteFailure } = useServices();
  const rubrics = useRubrics();
  // What the import that made this network refused; kept in the history entry, so a reload shows it again.
  const [importReport] = useState(() => readImportReport(window.history.state));
  const [network, setNetwork] = useState<StoredCollection | null | undefined>(undefined);
  // Filters and sort come back from the history entry, so a reload or Back shows the table as it was left.
  const [savedView] = useState(readViewState);
  const [formValues, setFormValues] = useState<FilterForm | null>(savedView?.form ?? null);
  const [sort, setSort] = useState<NetworkSort>(savedView?.sort ?? DEFAULT_SORT);
  const [visibleCount, setVisibleCount] = useState(ROWS_PER_PAGE);
  const [isTitleSaved, setIsTitleSaved] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    void store.getCollection(id).then(
      (found) => isCurrent && setNetwork(found?.kind === 'network' ? found : null),
      (error: unknown) => {
        if (!isCurrent) return;
        reportReadFailure(error);
        setNetwork(null);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [store, id, reportReadFailure]);

  useEffect(() => {
    // Replaces this entry's state in place: no new history entry, no hash change for the router to hear.
    const current: unknown = window.history.state;
    window.history.replaceState({ ...(typeof current === 'object' ? current : null), networkView: { form: formValues, sort } }, '', window.location.href);
  }, [formValues, sort]);

  const rubric = network ? rubrics?.get(network.scaleId) : undefined;
  const bandIds = useMemo(() => (rubric ? [...rubric.scoring.bands].sort((a, b) => a.min - b.min).map((band) => band.id) : []), [rubric]);
  const form = useMemo(() => formValues ?? makeEmptyFilterForm(bandIds), [formValues, bandIds]);
  const filter = useMemo(() => readFilterForm(form, bandIds.length), [form, bandIds]);
  // Numeric collation, so "Site 2" comes before "Site 10".
  const collator = useMemo(() => new Intl.Collator(locale, { numeric: true }), [locale]);
  const summary = useMemo(() => (rubric && network ? summariseNetwork(rubric, network.members, { isLatestPerSiteOnly: form.isLatestPerSiteOnly }) : null), [rubric, network, form.isLatestPerSiteOnly]);
  const shownRows = useMemo(() => (rubric && summary ? sortNetworkRows(rubric, filterNetworkRows(rubric, summary.rows, filter), sort, collator.compare) : []), [rubric, summary, filter, sort, collator]);
  const drawnRows = useMemo(() => shownRows.slice(0, visibleCount), [shownRows, visibleCount]);
  const heatMap = useMemo(() => (rubric ? buildHeatMap(rubric, drawnRows) : null), [rubric, drawnRows]);
  const distribution = useMemo(() => (rubric ? countBands(rubric, shownRows) : null), [rubric, shownRows]);

  if (network === undefined || rubrics === null) return <p role="status">{t('app.loading')}</p>;
  if (network === null || !rubric || !summary || !heatMap || !distribution) {
    return (
      <>
        <h1>{t('network.heading')}</h1>
        <p className="notice notice-error" role="alert">
          {network === null ? t('network.notFound') : t('network.scaleMissing', { id: network.scaleId })} <Link href="/">{t('app.home')}</Link>
        </p>
      </>
    );
  }

  const text = (value: LocalizedText) => localize(value, locale, rubric.locales.default);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const share = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const bandLabels = new Map(rubric.scoring.bands.map((band) => [band.id, text(band.label)]));
  const principles = rubric.principles.map((principle) => ({ id: principle.id, label: text(principle.title) }));
  const principleColumns: Column[] = principles.map((principle) => ({ key: { by: 'principle', principleId: principle.id }, label: principle.label }));

  const changeForm = (next: FilterForm) => {
    setFormValues(next);
    setVisibleCount(ROWS_PER_PAGE);
  };
  const changeSort = (key: NetworkSortKey) => {
    // A new column starts ascending; the same column again turns the order round.
    setSort({ key, direction: isSameSortKey(key, sort.key) && sort.direction === 'ascending' ? 'descending' : 'ascending' });
  };
  const saveTitle = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const title = String(new FormData(event.currentTarget).get('title') ?? '').trim();
    if (!title) return;
    const renamed = { ...network, title, updatedAt: nowIso() };
    setNetwork(renamed);
    try {
      await store.saveCollection(renamed);
      setIsTitleSaved(true);
    } catch (error) {
      reportWriteFailure(error);
    }
  };
  const exportCsv = () => downloadText(makeNetworkFileName(network.title, todayIso(), network.scaleId), buildNetworkCsv(rubric, shownRows, locale), 'text/csv;charset=utf-8');

  const remaining = shownRows.length - drawnRows.length;
  return (
    <>
      <p>
        <Link href="/">← {t('network.backHome')}</Link>
      </p>
      <h1>{network.title}</h1>
      <p className="result-headline">
        {t('network.overview', { count: summary.rows.length, scale: text(rubric.title) })}
        {summary.olderReviewsLeftOut > 0 ? <span className="meta"> {t('network.olderLeftOut', { count: summary.olderReviewsLeftOut })}</span> : null}
      </p>
      {importReport && importReport.skippedCount > 0 ? <p className="notice">{t('network.skipped', { count: importReport.skippedCount })}</p> : null}
      {importReport && importReport.refused.length > 0 ? (
        <div className="notice notice-error refused-files">
          <p>{t('network.refusedHeading', { count: importReport.refused.length })}</p>
          <ul className="issue-list">
            {importReport.refused.map((file) => (
              <li key={file.fileName}>
                <code>{file.fileName}</code> {file.messages.join(' ')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <details className="rename">
        <summary>{t('network.rename')}</summary>
        <form className="title-form" onSubmit={(event) => void saveTitle(event)}>
          <label className="field">
            <span>{t('network.titleLabel')}</span>
            <input name="title" defaultValue={network.title} maxLength={300} required onChange={() => setIsTitleSaved(false)} />
          </label>
          <button type="submit" className="button button-secondary">
            {t('network.saveTitle')}
          </button>
          {isTitleSaved ? <span role="status">{t('network.titleSaved')}</span> : null}
        </form>
      </details>

      <NetworkFilters
        form={form}
        bands={bandIds.map((bandId) => ({ id: bandId, label: bandLabels.get(bandId) ?? bandId }))}
        principles={principles}
        onChange={changeForm}
        onClear={() => changeForm(makeEmptyFilterForm(bandIds))}
      />
      <p role="status" className="matching">
        {t('network.matching', { shown: number.format(shownRows.length), count: number.format(summary.rows.length) })}
      </p>

      <BandDistribution distribution={distribution} bandLabels={bandLabels} formatNumber={(value) => number.format(value)} formatShare={(value) => share.format(value)} />

      {/* Not a named region itself: the table's scroll box is one, named by this heading. */}
      <section>
        <h2 id="table-heading">{t('network.tableHeading')}</h2>
        <p>{t('network.tableIntro', { target: rubric.scoring.target, max: rubric.scale.max })}</p>
        <HeatLegend />
        <div className="toolbar">
          <button type="button" className="button" onClick={exportCsv} disabled={shownRows.length === 0}>
            {t('network.exportCsv')}
          </button>
          <span className="hint">{t('network.exportHint')}</span>
        </div>
        {shownRows.length === 0 ? (
          <p className="notice">{t('network.noMatch')}</p>
        ) : (
          <NetworkTable
            rows={drawnRows}
            heatMap={heatMap}
            principleColumns={principleColumns}
            sort={sort}
            onSort={changeSort}
            bandLabels={bandLabels}
            formatNumber={(value) => number.format(value)}
            formatPercent={(percent) => share.format(Math.round(percent) / 100)}
            caption={t('network.rowsShown', { shown: number.format(drawnRows.length), count: number.format(shownRows.length) })}
          />
        )}
        {remaining > 0 ? (
          <div className="toolbar">
            <button type="button" className="button button-secondary" onClick={() => setVisibleCount((count) => count + ROWS_PER_PAGE)}>
              {t('network.showMore', { count: Math.min(ROWS_PER_PAGE, remaining) })}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setVisibleCount(shownRows.length)}>
              {t('network.showAll', { count: shownRows.length })}
            </button>
          </div>
        ) : null}
      </section>
    </>
  );
}
