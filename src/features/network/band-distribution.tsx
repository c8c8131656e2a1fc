import { useTranslation } from 'react-i18next';
import type { BandDistribution as Distribution } from '../../domain/index.ts';

/**
 * The count of each band as a bar and as text (the bar only echoes the figure), lowest band first, then the
 * assessments without a band and why.
 */
export function BandDistribution({ distribution, bandLabels, formatNumber, formatShare }: { distribution: Distribution; bandLabels: ReadonlyMap<string, string>; formatNumber: (value: number) => string; formatShare: (share: number) => string }) {
  const { t } = useTranslation();
  const noBandCount = distribution.noBand.unrated + distribution.noBand['mostly-not-applicable'];
  // Only the reasons that apply: "mostly not applicable: 0" would be noise.
  const reasons = [
    { count: distribution.noBand.unrated, label: t('network.noBandUnrated') },
    { count: distribution.noBand['mostly-not-applicable'], label: t('network.noBandMostlyNotApplicable') },
  ].filter((reason) => reason.count > 0);
  const entries = [
    ...distribution.bands.map((band) => ({ key: band.bandId, label: bandLabels.get(band.bandId) ?? band.bandId, count: band.count, detail: null as string | null })),
    {
      key: 'no-band',
      label: t('network.noBand'),
      count: noBandCount,
      detail: reasons.length > 0 ? reasons.map((reason) => `${reason.label}${t('app.colon')} ${formatNumber(reason.count)}`).join(' · ') : null,
    },
  ];
  const largest = Math.max(1, ...entries.map((entry) => entry.count));
  return (
    <section aria-labelledby="distribution-heading">
      <h2 id="distribution-heading">{t('network.distributionHeading')}</h2>
      <ul className="band-bars">
        {entries.map((entry) => (
          <li key={entry.key} className={entry.key === 'no-band' ? 'band-bar-row is-no-band' : 'band-bar-row'}>
            <span className="band-bar-label">{entry.label}</span>
            <span className="band-bar-track" aria-hidden="true">
              <span className="band-bar" style={{ width: `${(entry.count / largest) * 100}%` }} />
            </span>
            <span className="band-bar-count">{t('network.distributionEntry', { count: formatNumber(entry.count), share: formatShare(distribution.rowCount > 0 ? entry.count / distribution.rowCount : 0) })}</span>
            {entry.detail ? <span className="band-bar-detail meta">{entry.detail}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
