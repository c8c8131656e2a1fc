import { Component, type ErrorInfo, type ReactNode } from 'react';
import { withTranslation, type WithTranslation } from 'react-i18next';
import { BackupButton } from '../components/backup-button.tsx';

interface State {
  error: Error | null;
}

/**
 * Catches a rendering crash so the user never meets a blank page: it says what happened, that saved work is
 * still on the device, offers to download all of it in one backup file (which the home page imports back), and
 * offers a way back. The shell keys it by address, so following a link gives a fresh screen.
 */
class ErrorBoundaryBase extends Component<{ children: ReactNode } & WithTranslation, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    const { t, children } = this.props;
    if (!this.state.error) return children;
    return (
      <div className="notice notice-error" role="alert">
        <h1>{t('errors.title')}</h1>
        <p>{t('errors.body')}</p>
        <p>{t('errors.recover')}</p>
        <p>
          <BackupButton />
        </p>
        <p>
          <button type="button" className="button button-secondary" onClick={() => window.location.reload()}>
            {t('errors.reload')}
          </button>{' '}
          <a className="button button-secondary" href="#/">
            {t('errors.home')}
          </a>
        </p>
        <details>
          <summary>{t('errors.details')}</summary>
          <pre>{this.state.error.message}</pre>
        </details>
      </div>
    );
  }
}

export const ErrorBoundary = withTranslation()(ErrorBoundaryBase);
