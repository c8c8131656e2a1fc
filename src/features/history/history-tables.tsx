import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { localize, type ChangesSinceLastReview, type HistoryEntry, type LocalizedText, type PercentChange, type PrincipleTrend, type Rubric, type UiLocale } from '../../domain/index.ts';
import { formatIsoDate } from '../../components/format-date.ts';

const CHANGE_MARKS: Record<PercentChange, string> = { up: '▲', down: '▼', same: '=' };

/** Translation, rubric text and number formats in the reader's language, as every history table needs them. */
function useFormats(rubric: Rubric) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as UiLocale;
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return {
    t,
    locale,
    text: (value: LocalizedText) => localize(value, locale, rubric.locales.default),
    number: (value: number) => numberFormat.format(value),
    /** A percent of maximum (0–100), shown whole. */
    percent: (value: number) => percentFormat.format(value / 100),
  };
}

/**
 * Every review in order: date (a link to its results) with its kind and, when the history mixes scale versions,
 * its version; total, band and completeness. Kind and version sit under the date rather than in columns of their
 * own, so the table fits a phone without scrolling sideways.
 */
export function TimelineTable({ entries, rubric, currentId, showVersions }: { entries: readonly HistoryEntry[]; rubric: Rubric; currentId: string; showVersions: boolean }) {
  const { t, locale, text, number } = useFormats(rubric);
  const labelId = useId();
  return (
    <>
      {/* The table's name sits outside its scrolling box: a caption is as wide as the table and would scroll out of
          sight on a phone. */}
      <p className="hint" id={labelId}>
        {t('history.timelineTable')}
      </p>
      <div className="table-scroll">
        <table className="data-table timeline-table" aria-labelledby={labelId}>
          <thead>
            <tr>
              <th scope="col">{t('history.review')}</th>
              <th scope="col">{t('assess.total')}</th>
              <th scope="col">{t('assess.band')}</th>
              <th scope="col">{t('history.complete')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry, index) => (
              <tr key={entry.assessmentId ?? index} aria-current={entry.assessmentId === currentId ? 'true' : undefined}>
                <th scope="row">
                  {entry.assessmentId ? <Link href={`/a/${entry.assessmentId}/results`}>{formatIsoDate(entry.date, locale, 'medium')}</Link> : formatIsoDate(entry.date, locale, 'medium')}
                  {entry.assessmentId === currentId ? <span className="meta"> {t('history.thisReview')}</span> : null}
                  <span className="entry-detail">{t(`start.kinds.${entry.kind}`)}</span>
                  {showVersions ? <span className="entry-detail entry-version meta">{t('history.scaleVersion', { version: entry.scaleVersion })}</span> : null}
                </th>
                <td className="number">{entry.total === null ? '—' : number(entry.total)}</td>
                <td>{entry.band ? text(entry.band.label) : '—'}</td>
                <td>{entry.isComplete ? t('history.yes') : t('history.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** Each principle's percent of maximum at each review, with ▲ ▼ = against the review before (said in words too). */
export function PrincipleProfileTable({ entries, profile, rubric }: { entries: readonly HistoryEntry[]; profile: readonly PrincipleTrend[]; rubric: Rubric }) {
  const { t, locale, text, percent } = useFormats(rubric);
  const titles = new Map(rubric.principles.map((principle) => [principle.id, text(principle.title)]));
  const labelId = useId();
  return (
    <>
      {/* Outside the scrolling box, like the timeline's name. */}
      <p className="hint" id={labelId}>
        {t('history.profileTable')}
      </p>
      <div className="table-scroll">
        <table className="data-table profile-history-table" aria-labelledby={labelId}>
          <thead>
            <tr>
              <th scope="col">{t('results.principle')}</th>
              {entries.map((entry, index) => (
                <th scope="col" key={entry.assessmentId ?? index} className="number">
                  {formatIsoDate(entry.date, locale, 'medium')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {profile.map((trend) => (
              <tr key={trend.id}>
                <th scope="row">{titles.get(trend.id) ?? trend.id}</th>
                {trend.points.map((point, index) => (
                  <td key={index} className="number">
                    {point.percent === null ? '—' : percent(point.percent)}
                    {point.change ? (
                      <>
                        {' '}
                        <span className={`change-mark is-${point.change}`} aria-hidden="true">
                          {CHANGE_MARKS[point.change]}
                        </span>
                        <span className="visually-hidden">{t(`history.percent.${point.change}`)}</span>
                      </>
                    ) : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The items whose score rose or fell since the review before, with the version note when the scales differ. */
export function ItemChanges({ changes, rubric }: { changes: ChangesSinceLastReview; rubric: Rubric }) {
  const { t, locale, text, number } = useFormats(rubric);
  const titles = new Map(rubric.items.map((item) => [item.id, text(item.title)]));
  return (
    <>
      <p className="meta">{t('history.between', { before: formatIsoDate(changes.previous.date, locale), after: formatIsoDate(changes.latest.date, locale) })}</p>
      {changes.versionsDiffer ? (
        <p className="notice version-note">
          {t('history.versionNote', { compared: changes.comparedItemCount, total: changes.itemCount, previous: changes.previous.scaleVersion, latest: changes.latest.scaleVersion })}
        </p>
      ) : null}
      {changes.totalDelta !== null && changes.previous.total !== null && changes.latest.total !== null ? (
        <p>
          {t('assess.total')}
          {t('app.colon')} {number(changes.previous.total)} → {number(changes.latest.total)} ({changes.totalDelta > 0 ? '+' : ''}
          {number(changes.totalDelta)})
        </p>
      ) : null}
      {changes.items.length === 0 ? (
        <p>{t('history.noChanges')}</p>
      ) : (
        <ul className="item-changes">
          {changes.items.map((change) => (
            <li key={change.item} className={`is-${change.direction}`}>
              <span className="change-mark" aria-hidden="true">
                {change.direction === 'improved' ? '▲' : '▼'}
              </span>{' '}
              <span>
                {change.number}. {titles.get(change.item) ?? change.item}
                {t('app.colon')} {change.before} → {change.after}, <strong>{t(`history.${change.direction}`, { count: Math.abs(change.delta) })}</strong>
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
