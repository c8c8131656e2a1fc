import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nowIso, todayIso } from './clock.ts';
import { downloadText } from './download.ts';

type BackupState = 'idle' | 'saving' | { saved: number } | { failed: string };

/**
 * Downloads every assessment saved in this browser as one backup file, read straight from the database (damaged
 * records included), which "Import an assessment file" reads back. Used where something went wrong.
 */
export function BackupButton() {
  const { t } = useTranslation();
  const [state, setState] = useState<BackupState>('idle');
  const save = async () => {
    setState('saving');
    try {
      // Loaded on demand: the first screen does without it.
      const { readBackupText } = await import('../storage/backup-file.ts');
      const { text, count } = await readBackupText(nowIso());
      downloadText(`ips-fidelity-backup-${todayIso()}.json`, text, 'application/json');
      setState({ saved: count });
    } catch (error) {
      setState({ failed: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <>
      <button type="button" className="button" disabled={state === 'saving'} onClick={() => void save()}>
        {t('errors.backup')}
      </button>{' '}
      <span role="status">
        {typeof state === 'object' ? ('saved' in state ? t('errors.backupSaved', { count: state.saved }) : t('errors.backupFailed', { detail: state.failed })) : null}
      </span>
    </>
  );
}
