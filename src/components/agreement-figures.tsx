import { useTranslation } from 'react-i18next';
import type { AgreementSummary } from '../domain/index.ts';

type Figure = 'exact' | 'withinOne' | 'meanDifference' | 'alphaOrdinal' | 'alphaInterval';

/**
 * Agreement figures as labelled boxes (same score, within one point, mean difference, Krippendorff's alpha), used
 * for two reviewers in a consensus and for a workshop room. `shown` picks which, in that order.
 */
export function AgreementFigures({ agreement, shown }: { agreement: AgreementSummary; shown: readonly Figure[] }) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2, minimumFractionDigits: 2 });
  const values: Record<Figure, string | null> = {
    exact: agreement.exactAgreement === null ? null : percent.format(agreement.exactAgreement),
    withinOne: agreement.withinOne === null ? null : percent.format(agreement.withinOne),
    meanDifference: agreement.meanAbsoluteDifference === null ? null : decimal.format(agreement.meanAbsoluteDifference),
    alphaOrdinal: agreement.krippendorffAlpha.ordinal === null ? null : decimal.format(agreement.krippendorffAlpha.ordinal),
    alphaInterval: agreement.krippendorffAlpha.interval === null ? null : decimal.format(agreement.krippendorffAlpha.interval),
  };
  return (
    <dl className="figures">
      {shown.map((figure) => (
        <div key={figure}>
          <dt>{t(`consensus.${figure}`)}</dt>
          <dd>{values[figure] ?? t('consensus.undefinedFigure')}</dd>
        </div>
      ))}
    </dl>
  );
}
