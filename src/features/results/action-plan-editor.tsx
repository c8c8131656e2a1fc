import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type AssessmentAction, type Rubric, type UiLocale } from '../../domain/index.ts';

/**
 * The action plan agreed after a review: rows of item, action, who and by when, saved with the assessment and
 * printed in the PDF report. Text fields save as the user types, like every other field.
 */
export function ActionPlanEditor({ rubric, actions, onChange }: { rubric: Rubric; actions: readonly AssessmentAction[]; onChange: (actions: AssessmentAction[]) => void }) {
  const { t, i18n } = useTranslation();
  const baseId = useId();
  const update = (index: number, change: Partial<AssessmentAction>) =>
    onChange(actions.map((action, position) => (position === index ? { ...action, ...change } : action)));
  return (
    <div className="action-plan">
      {actions.map((action, index) => (
        <fieldset key={`${index}-${actions.length}`} className="action-row">
          <legend>{t('results.actionNumber', { number: index + 1 })}</legend>
          <div className="field">
            <label htmlFor={`${baseId}-${index}-item`}>{t('results.actionItem')}</label>
            <select id={`${baseId}-${index}-item`} value={action.item ?? ''} onChange={(event) => update(index, { item: event.target.value || undefined })}>
              <option value="">—</option>
              {rubric.items.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.number}. {localize(item.title, i18n.language as UiLocale, rubric.locales.default)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${baseId}-${index}-action`}>{t('results.action')}</label>
            <textarea id={`${baseId}-${index}-action`} rows={2} defaultValue={action.action} onChange={(event) => update(index, { action: event.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${baseId}-${index}-owner`}>{t('results.owner')}</label>
            <input id={`${baseId}-${index}-owner`} defaultValue={action.owner ?? ''} onChange={(event) => update(index, { owner: event.target.value || undefined })} />
          </div>
          <div className="field">
            <label htmlFor={`${baseId}-${index}-due`}>{t('results.due')}</label>
            <input id={`${baseId}-${index}-due`} type="date" defaultValue={action.due ?? ''} onChange={(event) => update(index, { due: event.target.value || undefined })} />
          </div>
          <button type="button" className="button-link" onClick={() => onChange(actions.filter((_, position) => position !== index))}>
            {t('results.removeAction', { number: index + 1 })}
          </button>
        </fieldset>
      ))}
      <button type="button" className="button button-secondary" onClick={() => onChange([...actions, { action: '' }])}>
        {t('results.addAction')}
      </button>
    </div>
  );
}
