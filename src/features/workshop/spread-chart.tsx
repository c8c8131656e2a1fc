import { useTranslation } from 'react-i18next';
import type { ItemSpread } from '../../domain/index.ts';

/**
 * The room's scores of one item as a row of columns, one per score of the scale: each column's height is its
 * share of the room, its count is written on it, and the reference score is marked by a star, the word and a
 * thick outline (not colour alone). Plain HTML: it stays readable on a phone and in large type on a projector.
 */
export function SpreadChart({ spread }: { spread: ItemSpread }) {
  const { t } = useTranslation();
  const highest = Math.max(1, ...spread.counts.map((entry) => entry.count));
  const description = spread.counts.map((entry) => t('workshop.chartEntry', { score: entry.score, count: entry.count })).join(', ');
  return (
    <figure className="spread-chart">
      <div className="spread-columns" role="img" aria-label={`${description}${spread.reference === null ? '' : ` · ${t('workshop.reference')} ${spread.reference}`}`}>
        {spread.counts.map((entry) => {
          const isReference = entry.score === spread.reference;
          return (
            <div key={entry.score} className={`spread-column${isReference ? ' is-reference' : ''}`}>
              <span className="spread-count">{entry.count}</span>
              <span className="spread-bar" style={{ height: `${(entry.count / highest) * 100}%` }} />
              <span className="spread-score">
                {isReference ? '★ ' : ''}
                {entry.score}
              </span>
            </div>
          );
        })}
      </div>
      <figcaption className="hint">
        {[
          spread.reference === null ? null : `★ ${t('workshop.referenceCaption', { score: spread.reference })}`,
          spread.notApplicable > 0 ? t('workshop.notApplicableCount', { count: spread.notApplicable }) : null,
          spread.unrated > 0 ? t('workshop.unratedCount', { count: spread.unrated }) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </figcaption>
    </figure>
  );
}
