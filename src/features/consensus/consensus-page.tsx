import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  acceptSharedValues,
  localize,
  reviewConsensus,
  withAgreedValue,
  withoutAgreedValue,
  type ConsensusItem,
  type ItemValue,
  type LocalizedText,
  type Rating,
  type Rubric,
  type RubricItem,
  type UiLocale,
} from '../../domain/index.ts';
import { useRubrics } from '../../components/services.tsx';
import { useAssessmentEditor } from '../../components/use-assessment-editor.ts';
import { AgreementFigures } from '../../components/agreement-figures.tsx';
import { ChangeNotices } from '../../components/change-notices.tsx';

type Filter = 'all' | 'to-settle' | 'different';

/** A symbol beside each agreement's words, so the difference reads without colour. */
const AGREEMENT_MARKS: Record<ConsensusItem['agreement'], string> = {
  same: '=',
  'differ-by-one': '≈',
  'differ-by-two-or-more': '≠',
  'na-conflict': '≠',
  incomplete: '?',
};

interface ItemProps {
  rubric: Rubric;
  rubricItem: RubricItem;
  row: ConsensusItem;
  reviewerNames: string[];
  onChange: (itemId: string, change: (rating: Rating) => Rating) => void;
}

/** One item: each reviewer's score and note side by side, the agreed score, and the reason when one is needed. */
function ConsensusItemCard({ rubric, rubricItem, row, reviewerNames, onChange }: ItemProps) {
  const { t, i18n } = useTranslation();
  const text = (value: LocalizedText) => localize(value, i18n.language, rubric.locales.default);
  const valueText = (value: ItemValue) => (value === null ? t('consensus.noScore') : value === 'na' ? t('consensus.notApplicable') : String(value));
  const anchorOf = (score: number) => rubricItem.anchors.find((anchor) => anchor.score === score);
  const choices: Array<Exclude<ItemValue, null>> = [...rubricItem.anchors.map((anchor) => anchor.score).sort((a, b) => a - b), ...(rubricItem.naAllowed ? (['na'] as const) : [])];
  const baseId = `consensus-${row.item}`;
  const differing = row.consensus === null ? [] : reviewerNames.filter((_, index) => row.reviewerValues[index] !== null && row.reviewerValues[index] !== row.consensus);
  const status = row.isSettled ? `✓ ${t('consensus.settled')}` : row.needsRationale ? `⚠ ${t('consensus.missingReason')}` : `○ ${t('consensus.toSettle')}`;
  return (
    <article id={`item-${row.item}`} className={`consensus-item agreement-${row.agreement}${row.isSettled ? ' is-settled' : ''}`} aria-labelledby={`${baseId}-title`}>
      <header className="consensus-item-header">
        <h3 id={`${baseId}-title`}>
          {rubricItem.number}. {text(rubricItem.title)}
        </h3>
        <span className="agreement-badge">
          <span aria-hidden="true">{AGREEMENT_MARKS[row.agreement]}</span> {t(`consensus.agreement.${row.agreement}`, { spread: row.spread })}
        </span>
        <span className="settle-status">{status}</span>
      </header>
      <table className="reviewer-scores">
        <caption className="visually-hidden">{t('consensus.reviewers')}</caption>
        <tbody>
          {reviewerNames.map((name, index) => {
            const value = row.reviewerValues[index] ?? null;
            const anchor = typeof value === 'number' ? anchorOf(value) : undefined;
            return (
              <tr key={name + String(index)}>
                <th scope="row">{name}</th>
                <td className="reviewer-score">
                  <strong>{valueText(value)}</strong>
                  {anchor ? <span className="hint"> — {text(anchor.description)}</span> : null}
                </td>
                <td className="reviewer-note">{row.reviewerNotes[index] || <span className="hint">{t('consensus.noNote')}</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <fieldset className="consensus-choice">
        <legend>
          {t('consensus.agreedScore')}
          {/* Heard with each choice: which item the score is for. */}
          <span className="visually-hidden">
            {' '}
            — {rubricItem.number}. {text(rubricItem.title)}
          </span>
        </legend>
        <div className="choice-row">
          {choices.map((choice) => (
            <label key={String(choice)} className="choice-pill" title={typeof choice === 'number' ? text(anchorOf(choice)?.description ?? {}) : undefined}>
              <input type="radio" name={`${baseId}-value`} checked={row.consensus === choice} onChange={() => onChange(row.item, (rating) => withAgreedValue(rating, choice))} />
              <span>{choice === 'na' ? t('consensus.notApplicable') : choice}</span>
            </label>
          ))}
          {row.consensus !== null ? (
            <button type="button" className="button-link" onClick={() => onChange(row.item, withoutAgreedValue)}>
              {t('consensus.clear')}
            </button>
          ) : null}
        </div>
      </fieldset>
      {row.rationale !== '' || differing.length > 0 ? (
        <div className="field">
          <label htmlFor={`${baseId}-rationale`}>{t('consensus.rationale')}</label>
          <textarea
            id={`${baseId}-rationale`}
            rows={2}
            defaultValue={row.rationale}
            aria-invalid={row.needsRationale}
            aria-describedby={row.needsRationale ? `${baseId}-rationale-needed` : undefined}
            onChange={(event) => onChange(row.item, (rating) => ({ ...rating, rationale: event.target.value || undefined }))}
          />
          {row.needsRationale ? (
            <p id={`${baseId}-rationale-needed`} className="field-error">
              {t('consensus.rationaleNeeded', { names: differing.join(', ') })}
            </p>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}

/**
 * The consensus view: the reviewers' independent ratings side by side, item by item, with how far they agree;
 * the reviewers agree one score per item (a reason wherever it differs from a reviewer's), saved as they go.
 */
export function ConsensusPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as UiLocale;
  const rubrics = useRubrics();
  const { assessment, saveState, updateRating, externalChange, dismissExternalChange, restoredCount } = useAssessmentEditor(id);
  // The items a filter shows are fixed when it is chosen: an item settled meanwhile stays in view (marked
  // agreed) instead of vanishing under the user's cursor while they type its reason.
  const [filter, setFilter] = useState<{ kind: Filter; items: ReadonlySet<string> | null }>({ kind: 'all', items: null });
  const [acceptedCount, setAcceptedCount] = useState<number | null>(null);
  const rubric = assessment ? rubrics?.get(assessment.scale.id) : undefined;
  const review = useMemo(() => (rubric && assessment ? reviewConsensus(rubric, assessment) : null), [rubric, assessment]);

  if (assessment === undefined || rubrics === null) return <p role="status">{t('app.loading')}</p>;
  if (!assessment || !rubric || !review || !assessment.consensus) {
    return (
      <p className="notice notice-error" role="alert">
        {t('assess.notFound')} <Link href="/">{t('app.home')}</Link>
      </p>
    );
  }
  const text = (value: LocalizedText) => localize(value, locale, rubric.locales.default);
  const reviewerNames = review.reviewers.map((reviewer, index) => reviewer.name.trim() || t('consensus.reviewerFallback', { number: index + 1 }));
  const sharedLeft = review.items.filter((item) => item.agreement === 'same' && item.consensus === null).length;
  const items = new Map(rubric.items.map((item) => [item.id, item]));
  const matches = (kind: Filter, row: ConsensusItem) => kind === 'all' || (kind === 'to-settle' ? !row.isSettled : row.agreement !== 'same');
  const chooseFilter = (kind: Filter) => setFilter({ kind, items: new Set(review.items.filter((row) => matches(kind, row)).map((row) => row.item)) });
  const shown = review.items.filter((row) => filter.items?.has(row.item) ?? true);
  const acceptShared = () => {
    const { accepted, ratings } = acceptSharedValues(rubric, assessment);
    for (const itemId of accepted) updateRating(itemId, () => ratings[itemId] ?? {});
    setAcceptedCount(accepted.length);
  };
  const { agreement } = review;

  return (
    <>
      <h1>{t('consensus.heading', { programme: assessment.program.name + (assessment.program.site ? ` — ${assessment.program.site}` : '') })}</h1>
      <p className="meta">
        {text(rubric.title)} · {assessment.review.date} · {t('consensus.reviewers')}: {reviewerNames.join(', ')}
      </p>
      <nav className="toolbar" aria-label={t('consensus.openConsensus')}>
        <Link href={`/a/${id}`} className="button button-secondary">
          {t('consensus.ratingView')}
        </Link>
        <Link href={`/a/${id}/results`} className="button">
          {t('assess.results')}
        </Link>
        <span className="toolbar-spacer" />
        <span role="status">{saveState === 'saving' ? t('assess.saving') : saveState === 'failed' ? `⚠ ${t('assess.notSaved')}` : `✓ ${t('assess.saved')}`}</span>
      </nav>

      <ChangeNotices rubric={rubric} externalChange={externalChange} onDismiss={dismissExternalChange} restoredCount={restoredCount} />

      <section aria-labelledby="agreement-heading" className="agreement-figures">
        <h2 id="agreement-heading">{t('consensus.agreementHeading')}</h2>
        <p className="hint">{t('consensus.comparedItems', { count: agreement.items })}</p>
        <AgreementFigures agreement={agreement} shown={['exact', 'withinOne', 'meanDifference', 'alphaOrdinal', 'alphaInterval']} />
      </section>

      <section aria-labelledby="settle-heading">
        <h2 id="settle-heading">
          {t('consensus.progress', { settled: review.counts.settled, total: review.items.length })}
          {review.counts.needsRationale > 0 ? ` · ${t('consensus.needsRationale', { count: review.counts.needsRationale })}` : ''}
        </h2>
        <progress max={review.items.length} value={review.counts.settled} aria-labelledby="settle-heading" />
        {review.isComplete ? <p className="notice">✓ {t('consensus.complete')}</p> : null}
        <p>
          <button type="button" className="button" disabled={sharedLeft === 0} onClick={acceptShared}>
            {sharedLeft > 0 ? t('consensus.acceptShared', { count: sharedLeft }) : t('consensus.nothingShared')}
          </button>{' '}
          {acceptedCount !== null ? <span role="status">{t('consensus.acceptedShared', { count: acceptedCount })}</span> : null}
        </p>
        <fieldset className="filter-tabs">
          <legend>{t('consensus.show')}</legend>
          {(
            [
              ['all', t('consensus.showAll'), review.items.length],
              ['to-settle', t('consensus.showToSettle'), review.counts.toSettle],
              ['different', t('consensus.showDifferent'), review.items.length - review.counts.same],
            ] as const
          ).map(([value, label, count]) => (
            <label key={value} className="choice-pill">
              <input type="radio" name="consensus-filter" checked={filter.kind === value} onChange={() => chooseFilter(value)} />
              <span>
                {label} ({count})
              </span>
            </label>
          ))}
        </fieldset>
      </section>

      {shown.length === 0 ? <p>{t('consensus.allShown')}</p> : null}
      {shown.map((row) => {
        const rubricItem = items.get(row.item);
        return rubricItem ? <ConsensusItemCard key={`${row.item}:${externalChange?.revisions[row.item] ?? 0}`} rubric={rubric} rubricItem={rubricItem} row={row} reviewerNames={reviewerNames} onChange={updateRating} /> : null;
      })}
    </>
  );
}
