import { useTranslation } from 'react-i18next';
import { localize, type HistoryEntry, type NextReview, type ReviewDueStatus, type Rubric, type UiLocale } from '../../domain/index.ts';
import { formatIsoDate } from '../../components/format-date.ts';

/** A shape per status, so the status never rests on colour alone. */
const STATUS_ICONS: Record<ReviewDueStatus, string> = { 'due-later': '✓', 'due-soon': '◷', overdue: '⚠' };

/** When the next review is due, how that compares with today in words, and why the interval is what it is. */
export function NextReviewNotice({ nextReview, latest, rubric }: { nextReview: NextReview; latest: HistoryEntry; rubric: Rubric }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as UiLocale;
  const days = Math.abs(nextReview.daysUntilDue);
  const statusText =
    nextReview.status === 'overdue'
      ? t('history.overdue', { count: days })
      : nextReview.status === 'due-soon'
        ? days === 0
          ? t('history.dueToday')
          : t('history.dueSoon', { count: days })
        : t('history.dueLater', { count: days });
  const reviewDate = formatIsoDate(latest.date, locale);
  const reason =
    nextReview.intervalBasis === 'no-band'
      ? t('history.basisNoBand', { months: nextReview.intervalMonths })
      : nextReview.intervalBasis === 'mostly-not-applicable'
        ? t('history.basisMostlyNotApplicable', { months: nextReview.intervalMonths })
        : t(nextReview.intervalBasis === 'band' ? 'history.basisBand' : 'history.basisBandWithoutInterval', {
          months: nextReview.intervalMonths,
          date: reviewDate,
          band: latest.band ? localize(latest.band.label, locale, rubric.locales.default) : '',
        });
  return (
    <div className={`due-notice is-${nextReview.status}`}>
      <span className="due-icon" aria-hidden="true">
        {STATUS_ICONS[nextReview.status]}
      </span>
      <div>
        <p className="due-date">
          <strong>{t('history.nextReview', { date: formatIsoDate(nextReview.dueDate, locale) })}</strong>
          {t('app.colon')} {statusText}
        </p>
        <p className="meta">{reason}</p>
      </div>
    </div>
  );
}
