import { useTranslation } from 'react-i18next';
import type { Rubric } from '../domain/index.ts';
import type { ExternalChange } from './use-assessment-editor.ts';

/**
 * What happened to the assessment outside this screen: changes another tab saved (named by item number), and
 * changes the journal wrote back after a reload or a failed save. Said in words, never silently applied.
 */
export function ChangeNotices({ rubric, externalChange, onDismiss, restoredCount }: { rubric: Rubric; externalChange: ExternalChange | null; onDismiss: () => void; restoredCount: number }) {
  const { t } = useTranslation();
  const numbers = new Map(rubric.items.map((item) => [item.id, item.number]));
  const items = externalChange?.items ?? [];
  return (
    <>
      {restoredCount > 0 ? (
        <p className="notice" role="status">
          {t('assess.restored', { count: restoredCount })}
        </p>
      ) : null}
      {items.length > 0 ? (
        <p className="notice notice-change" role="alert">
          ⟳ {t('assess.changedElsewhere', { items: items.map((item) => (item === 'actions' ? t('assess.actionPlanItem') : `${numbers.get(item) ?? item}`)).join(', ') })}{' '}
          <button type="button" className="button button-small button-secondary" onClick={onDismiss}>
            {t('assess.dismiss')}
          </button>
        </p>
      ) : null}
    </>
  );
}
