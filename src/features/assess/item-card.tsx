import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  localize,
  suggestScoreFromComponents,
  suggestScoreFromMeasure,
  suggestScoreFromSpecialists,
  type DataSource,
  type LocalizedText,
  type Rating,
  type Rubric,
  type RubricItem,
  type UiLocale,
} from '../../domain/index.ts';

const DATA_SOURCES: readonly DataSource[] = ['MIS', 'DOC', 'INT', 'OBS'];

interface ItemCardProps {
  rubric: Rubric;
  item: RubricItem;
  rating: Rating | undefined;
  onChange: (itemId: string, change: (rating: Rating) => Rating) => void;
}

function parseNumber(text: string): number | undefined {
  const value = Number(text.replace(',', '.'));
  return text.trim() === '' || !Number.isFinite(value) ? undefined : value;
}

function SuggestedScore({ score, onUse }: { score: number | null; onUse: (score: number) => void }) {
  const { t } = useTranslation();
  if (score === null) return <p className="hint">{t('assess.noSuggestion')}</p>;
  return (
    <p className="suggestion">
      {t('assess.suggested', { score })}{' '}
      <button type="button" className="button button-small" onClick={() => onUse(score)}>
        {t('assess.useSuggestion', { score })}
      </button>
    </p>
  );
}

/**
 * One item to rate: its definition, its anchors as the choices (a radio group named by the item's number and
 * title, each option named by its score then its anchor), evidence notes, data sources, and the calculator or
 * checklist that suggests a score. Memoised: a click re-renders only the item that changed.
 */
export const ItemCard = memo(function ItemCard({ rubric, item, rating, onChange }: ItemCardProps) {
  const { t, i18n } = useTranslation();
  const text = (value: LocalizedText) => localize(value, i18n.language as UiLocale, rubric.locales.default);
  const baseId = useId();
  const titleId = `${baseId}-title`;
  const score = rating?.na ? null : (rating?.score ?? null);
  const update = (change: (current: Rating) => Rating) => onChange(item.id, change);
  const setScore = (next: number | null) => update((current) => ({ ...current, score: next, na: undefined }));
  const isUnrated = score === null && !(rating?.na && item.naAllowed);

  return (
    <article className={`item-card${isUnrated ? ' is-unrated' : ''}`} id={`item-${item.id}`} aria-labelledby={titleId}>
      <h3>
        <span id={titleId}>
          <span className="item-number">{item.number}.</span> {text(item.title)}
        </span>
        {isUnrated ? <span className="badge badge-unrated">{t('assess.notRated')}</span> : <span className="badge">{rating?.na ? t('assess.notApplicable') : t('assess.score', { score })}</span>}
      </h3>
      <details className="item-details">
        <summary>{t('assess.definition')}</summary>
        <p>{text(item.definition)}</p>
        {item.guidance ? (
          <p>
            <strong>
              {t('assess.guidance')}
              {t('app.colon')}
            </strong>{' '}
            {text(item.guidance)}
          </p>
        ) : null}
      </details>

      <div role="radiogroup" aria-labelledby={titleId} className="anchors">
        {item.anchors.map((anchor) => (
          <label key={anchor.score} className={`anchor${score === anchor.score ? ' is-chosen' : ''}`}>
            <input type="radio" name={`${baseId}-score`} value={anchor.score} checked={score === anchor.score} onChange={() => setScore(anchor.score)} />
            <span className="anchor-score">{anchor.score}</span>
            <span className="anchor-text">{text(anchor.description)}</span>
          </label>
        ))}
      </div>
      <div className="item-tools">
        {item.naAllowed ? (
          <label className="inline">
            <input type="checkbox" checked={Boolean(rating?.na)} onChange={(event) => update((current) => ({ ...current, na: event.target.checked || undefined, score: event.target.checked ? null : current.score }))} />{' '}
            {t('assess.notApplicable')}
          </label>
        ) : null}
        {score !== null ? (
          <button type="button" className="button-link" onClick={() => setScore(null)}>
            {t('assess.clearRating')}
          </button>
        ) : null}
      </div>

      {item.measure && !item.perSpecialist ? (
        <div className="calculator">
          <label htmlFor={`${baseId}-measure`}>{t('assess.measureValue', { label: text(item.measure.label), unit: text(item.measure.unit) })}</label>
          <input
            id={`${baseId}-measure`}
            inputMode="decimal"
            defaultValue={rating?.measure ?? ''}
            onChange={(event) => update((current) => ({ ...current, measure: parseNumber(event.target.value) }))}
          />
          {rating?.measure !== undefined ? <SuggestedScore score={suggestScoreFromMeasure(item.measure, rating.measure)} onUse={setScore} /> : null}
        </div>
      ) : null}

      {item.perSpecialist ? (
        <SpecialistValues item={item} rating={rating} rubric={rubric} baseId={baseId} onChange={update} onUse={setScore} text={text} />
      ) : null}

      {item.components ? (
        <fieldset className="components">
          <legend>{t('assess.components')}</legend>
          {item.components.list.map((component) => {
            const ticked = rating?.components ?? [];
            return (
              <label key={component.id} className="inline">
                <input
                  type="checkbox"
                  checked={ticked.includes(component.id)}
                  onChange={(event) =>
                    update((current) => {
                      const others = (current.components ?? []).filter((id) => id !== component.id);
                      return { ...current, components: event.target.checked ? [...others, component.id] : others };
                    })
                  }
                />{' '}
                {text(component.label)}
              </label>
            );
          })}
          <p className="hint">{t('assess.componentsCount', { count: (rating?.components ?? []).length, total: item.components.list.length })}</p>
          <SuggestedScore score={suggestScoreFromComponents(item.components, rating?.components ?? [])} onUse={setScore} />
        </fieldset>
      ) : null}

      <div className="field">
        <label htmlFor={`${baseId}-note`}>{t('assess.note')}</label>
        <textarea id={`${baseId}-note`} rows={2} defaultValue={rating?.note ?? ''} onChange={(event) => update((current) => ({ ...current, note: event.target.value || undefined }))} />
      </div>
      <fieldset className="sources">
        <legend>{t('assess.sources')}</legend>
        {DATA_SOURCES.map((source) => (
          <label key={source} className="inline">
            <input
              type="checkbox"
              checked={(rating?.sources ?? []).includes(source)}
              onChange={(event) =>
                update((current) => {
                  const others = (current.sources ?? []).filter((entry) => entry !== source);
                  return { ...current, sources: event.target.checked ? [...others, source] : others };
                })
              }
            />{' '}
            {t(`assess.sourceNames.${source}`)}
          </label>
        ))}
      </fieldset>
    </article>
  );
});

function SpecialistValues({
  item,
  rating,
  rubric,
  baseId,
  onChange,
  onUse,
  text,
}: {
  item: RubricItem;
  rating: Rating | undefined;
  rubric: Rubric;
  baseId: string;
  onChange: (change: (current: Rating) => Rating) => void;
  onUse: (score: number) => void;
  text: (value: LocalizedText) => string;
}) {
  const { t, i18n } = useTranslation();
  const specialists = rating?.specialists ?? [];
  // A row added but not filled in yet lives only here: an empty value is not a 0 that would pull the mean down.
  const [hasEmptyRow, setHasEmptyRow] = useState(false);
  const suggestion = suggestScoreFromSpecialists(item, specialists.map((entry) => entry.value), rubric.scale);
  const setValue = (index: number, value: number | undefined) =>
    onChange((current) => {
      const list = [...(current.specialists ?? [])];
      if (value === undefined) list.splice(index, 1);
      else list[index] = { ...list[index], value };
      return { ...current, specialists: list };
    });
  return (
    <fieldset className="calculator">
      <legend>
        {t('assess.perSpecialist')}
        {item.measure ? ` — ${text(item.measure.label)} (${text(item.measure.unit)})` : ''}
      </legend>
      {specialists.map((entry, index) => (
        <div key={`${index}-${specialists.length}`} className="specialist-row">
          <label htmlFor={`${baseId}-specialist-${index}`}>{t('assess.specialistValue', { number: index + 1 })}</label>
          <input id={`${baseId}-specialist-${index}`} inputMode="decimal" defaultValue={entry.value} onChange={(event) => {
            const value = parseNumber(event.target.value);
            if (value !== undefined) setValue(index, value);
          }} />
          <button type="button" className="button-link" onClick={() => setValue(index, undefined)}>
            {t('assess.removeSpecialist', { number: index + 1 })}
          </button>
        </div>
      ))}
      {hasEmptyRow ? (
        <div className="specialist-row">
          <label htmlFor={`${baseId}-specialist-new`}>{t('assess.specialistValue', { number: specialists.length + 1 })}</label>
          <input
            id={`${baseId}-specialist-new`}
            inputMode="decimal"
            autoFocus
            onBlur={(event) => {
              // Kept when the user leaves the field, so typing "12" never stores a passing "1".
              const value = parseNumber(event.target.value);
              setHasEmptyRow(false);
              if (value !== undefined) onChange((current) => ({ ...current, specialists: [...(current.specialists ?? []), { value }] }));
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') event.currentTarget.blur();
            }}
          />
        </div>
      ) : (
        <button type="button" className="button button-small button-secondary" onClick={() => setHasEmptyRow(true)}>
          {t('assess.addSpecialist')}
        </button>
      )}
      {suggestion ? (
        <>
          <p className="hint">{t('assess.mean', { mean: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(suggestion.mean) })}</p>
          <SuggestedScore score={suggestion.score} onUse={onUse} />
        </>
      ) : null}
    </fieldset>
  );
}
