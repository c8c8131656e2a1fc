import { useTranslation } from 'react-i18next';
import type { HeatLevel, HeatMap, NetworkRow, NetworkSort, NetworkSortKey } from '../../domain/index.ts';

/** A shape for each level, so the heat map reads without colour (and in black and white print). */
const HEAT_MARKS: Record<HeatLevel, string> = { 'at-target': '●', 'near-target': '◐', 'below-target': '○' };
const HEAT_LEVEL_TEXT: Record<HeatLevel, 'network.atTarget' | 'network.nearTarget' | 'network.belowTarget'> = {
  'at-target': 'network.atTarget',
  'near-target': 'network.nearTarget',
  'below-target': 'network.belowTarget',
};

export interface Column {
  key: NetworkSortKey;
  label: string;
}

/** True when two sort keys name the same column. */
export function isSameSortKey(a: NetworkSortKey, b: NetworkSortKey): boolean {
  return a.by === b.by && (a.by !== 'principle' || (b.by === 'principle' && a.principleId === b.principleId));
}

function SortableHeader({ column, sort, onSort, className }: { column: Column; sort: NetworkSort; onSort: (key: NetworkSortKey) => void; className?: string }) {
  const { t } = useTranslation();
  const isActive = isSameSortKey(column.key, sort.key);
  return (
    <th scope="col" className={className} aria-sort={isActive ? sort.direction : undefined}>
      <button type="button" className="sort-button" title={t('network.sortHint')} onClick={() => onSort(column.key)}>
        <span>{column.label}</span>
        <span className={isActive ? 'sort-mark is-active' : 'sort-mark'} aria-hidden="true">
          {isActive ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

interface NetworkTableProps {
  /** The rows to draw: already filtered, sorted and cut to the rows shown. */
  rows: readonly NetworkRow[];
  heatMap: HeatMap;
  principleColumns: readonly Column[];
  sort: NetworkSort;
  onSort: (key: NetworkSortKey) => void;
  bandLabels: ReadonlyMap<string, string>;
  formatNumber: (value: number) => string;
  /** Formats a percent of maximum (0–100) for reading. */
  formatPercent: (percent: number) => string;
  caption: string;
}

/**
 * The network's table: programme, site, date, total and band, then one heat-map cell per principle (percent as
 * text, a shape and a hidden word for its level). Every column header is a sort button; `aria-sort` tells which.
 */
export function NetworkTable({ rows, heatMap, principleColumns, sort, onSort, bandLabels, formatNumber, formatPercent, caption }: NetworkTableProps) {
  const { t } = useTranslation();
  const fixedColumns: Column[] = [
    { key: { by: 'programme' }, label: t('network.programme') },
    { key: { by: 'site' }, label: t('network.site') },
    { key: { by: 'date' }, label: t('network.date') },
    { key: { by: 'total' }, label: t('network.total') },
    { key: { by: 'band' }, label: t('network.band') },
  ];
  return (
    <div className="table-scroll" role="region" aria-labelledby="table-heading" tabIndex={0}>
      <table className="network-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {fixedColumns.map((column, index) => (
              <SortableHeader key={column.key.by} column={column} sort={sort} onSort={onSort} className={index === 0 ? 'is-sticky-column' : undefined} />
            ))}
            {principleColumns.map((column) => (
              <SortableHeader key={column.key.by === 'principle' ? column.key.principleId : column.key.by} column={column} sort={sort} onSort={onSort} className="principle-column" />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={row.index}>
              <th scope="row" className="is-sticky-column">
                {row.programme}
              </th>
              <td>{row.site}</td>
              <td className="is-date">{row.reviewDate}</td>
              <td className="is-number">
                {row.total === null ? '—' : formatNumber(row.total)}
                {row.total !== null && !row.isComplete ? <span className="meta"> ({t('network.partialTotal')})</span> : null}
              </td>
              <td>
                {row.bandId === null ? (
                  <>
                    {t('network.noBand')}
                    <span className="meta"> ({t(row.bandWithheld === 'mostly-not-applicable' ? 'network.noBandMostlyNotApplicable' : 'network.noBandUnrated')})</span>
                  </>
                ) : (
                  (bandLabels.get(row.bandId) ?? row.bandId)
                )}
              </td>
              {(heatMap.rows[rowIndex]?.cells ?? []).map((cell) => (
                <td key={cell.principleId} className={`heat-cell heat-${cell.level ?? 'unrated'}`}>
                  {cell.level === null || cell.percent === null ? (
                    <>
                      <span aria-hidden="true">—</span>
                      <span className="visually-hidden">{t('network.notRated')}</span>
                    </>
                  ) : (
                    <>
                      <span className="heat-mark" aria-hidden="true">
                        {HEAT_MARKS[cell.level]}
                      </span>{' '}
                      {formatPercent(cell.percent)}<span className="visually-hidden">, {t(HEAT_LEVEL_TEXT[cell.level])}</span>
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The marks' meaning, shown above the table. */
export function HeatLegend() {
  const { t } = useTranslation();
  return (
    <ul className="heat-legend">
      {(Object.keys(HEAT_MARKS) as HeatLevel[]).map((level) => (
        <li key={level}>
          <span className={`heat-swatch heat-${level}`} aria-hidden="true">
            {HEAT_MARKS[level]}
          </span>{' '}
          {t(HEAT_LEVEL_TEXT[level])}
        </li>
      ))}
      <li>
        <span className="heat-swatch heat-unrated" aria-hidden="true">
          —
        </span>{' '}
        {t('network.notRated')}
      </li>
    </ul>
  );
}
