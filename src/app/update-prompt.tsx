import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';

/**
 * Registers the service worker (offline use) and, when a new version is ready, offers it: the page reloads only
 * when the user clicks, and every rating is already saved by then (each change is written as it is made).
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [isUpdateReady],
    updateServiceWorker,
  } = useRegisterSW();
  if (!isUpdateReady) return null;
  return (
    <p className="notice" role="status">
      {t('app.updateReady')}{' '}
      <button type="button" className="button button-small" onClick={() => void updateServiceWorker(true)}>
        {t('app.updateNow')}
      </button>
    </p>
  );
}
