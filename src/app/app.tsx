import { lazy, Suspense, useEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { Link, Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { isUiLocale, UI_LOCALES, type UiLocale } from '../domain/index.ts';
import { HomePage } from '../features/home/home-page.tsx';
import { LANGUAGE_STORAGE_KEY, switchLanguage } from '../i18n/i18n.ts';
import type { AssessmentStore } from '../storage/assessment-store.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { ServicesProvider, useServices } from '../components/services.tsx';
import { UpdatePrompt } from './update-prompt.tsx';

// Only the home screen is in the first download; each other screen loads when first visited (the rating screen
// brings the form code, the results screen the charts).
const StartPage = lazy(() => import('../features/start/start-page.tsx').then((module) => ({ default: module.StartPage })));
const AssessPage = lazy(() => import('../features/assess/assess-page.tsx').then((module) => ({ default: module.AssessPage })));
const ResultsPage = lazy(() => import('../features/results/results-page.tsx').then((module) => ({ default: module.ResultsPage })));
const ConsensusStartPage = lazy(() => import('../features/consensus/consensus-start-page.tsx').then((module) => ({ default: module.ConsensusStartPage })));
const VignettePage = lazy(() => import('../features/workshop/vignette-page.tsx').then((module) => ({ default: module.VignettePage })));
const WorkshopListPage = lazy(() => import('../features/workshop/workshop-list-page.tsx').then((module) => ({ default: module.WorkshopListPage })));
const WorkshopPage = lazy(() => import('../features/workshop/workshop-page.tsx').then((module) => ({ default: module.WorkshopPage })));
const ConsensusPage = lazy(() => import('../features/consensus/consensus-page.tsx').then((module) => ({ default: module.ConsensusPage })));
const HistoryPage = lazy(() => import('../features/history/history-page.tsx').then((module) => ({ default: module.HistoryPage })));
const NetworkPage = lazy(() => import('../features/network/network-page.tsx').then((module) => ({ default: module.NetworkPage })));

const LANGUAGE_NAMES: Record<UiLocale, string> = { fr: 'Français', en: 'English', nl: 'Nederlands' };

function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language">
      <span>{t('app.language')}</span>{' '}
      <select
        value={i18n.language}
        onChange={(event) => {
          const chosen = event.target.value;
          if (isUiLocale(chosen)) void switchLanguage(i18n, chosen);
          try {
            localStorage.setItem(LANGUAGE_STORAGE_KEY, event.target.value);
          } catch {
            // Remembering the language is a convenience; a refusal changes nothing else.
          }
        }}
      >
        {UI_LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LANGUAGE_NAMES[locale]}
          </option>
        ))}
      </select>
    </label>
  );
}

function StorageBanner() {
  const { t } = useTranslation();
  const { storageProblem } = useServices();
  if (!storageProblem) return null;
  return (
    <p className="notice notice-error" role="alert">
      {storageProblem.kind === 'unavailable'
        ? t('storage.unavailable')
        : storageProblem.kind === 'read-failed'
          ? t('storage.readFailed', { detail: storageProblem.detail })
          : t('storage.writeFailed', { detail: storageProblem.detail })}
    </p>
  );
}

/**
 * On every screen change, moves focus to the new screen's heading (a screen-reader user hears where they are,
 * a keyboard user continues from the top of it) and names the tab after it.
 */
function useScreenChangeFocus(appTitle: string) {
  const [location] = useLocation();
  useEffect(() => {
    let attempts = 0;
    let frame = 0;
    const focusHeading = () => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (!heading && attempts++ < 60) {
        frame = requestAnimationFrame(focusHeading);
        return;
      }
      if (!heading) return;
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
      document.title = `${heading.textContent ?? ''} — ${appTitle}`;
    };
    frame = requestAnimationFrame(focusHeading);
    return () => cancelAnimationFrame(frame);
  }, [location, appTitle]);
}

function Shell() {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);
  useScreenChangeFocus(t('app.title'));
  const [location] = useLocation();
  return (
    <>
      <a className="skip-link" href="#main" onClick={(event) => {
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link href="/" className="app-title">
          {t('app.title')}
        </Link>
        <LanguageSwitcher />
      </header>
      <main id="main" tabIndex={-1}>
        <UpdatePrompt />
        <StorageBanner />
        {/* Keyed by address: after a crash, any link the user follows gets a fresh screen instead of the error. */}
        <ErrorBoundary key={location}>
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            <Switch>
              <Route path="/">{() => <HomePage />}</Route>
              <Route path="/new/:scaleId">{(params) => <StartPage scaleId={params.scaleId} />}</Route>
              <Route path="/a/:id">{(params) => <AssessPage id={params.id} groupBy="section" />}</Route>
              <Route path="/a/:id/by-principle">{(params) => <AssessPage id={params.id} groupBy="principle" />}</Route>
              <Route path="/a/:id/results">{(params) => <ResultsPage id={params.id} />}</Route>
              <Route path="/a/:id/consensus">{(params) => <ConsensusPage id={params.id} />}</Route>
              <Route path="/consensus/new">{() => <ConsensusStartPage />}</Route>
              <Route path="/vignette/:id">{(params) => <VignettePage id={params.id} />}</Route>
              <Route path="/workshop">{() => <WorkshopListPage />}</Route>
              <Route path="/workshop/:id">{(params) => <WorkshopPage id={params.id} projection={false} />}</Route>
              <Route path="/workshop/:id/projection">{(params) => <WorkshopPage id={params.id} projection />}</Route>
              <Route path="/a/:id/history">{(params) => <HistoryPage id={params.id} />}</Route>
              <Route path="/network/:id">{(params) => <NetworkPage key={params.id} id={params.id} />}</Route>
              <Route>{() => <HomePage />}</Route>
            </Switch>
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="app-footer">{t('app.privacy')}</footer>
    </>
  );
}

/** The whole app: translations, storage and rubrics, and hash-based routes so every screen has its own address. */
export function App({ i18n, storeFactory }: { i18n: I18n; storeFactory?: () => Promise<AssessmentStore> }) {
  return (
    <I18nextProvider i18n={i18n}>
      <Router hook={useHashLocation}>
        <ServicesProvider storeFactory={storeFactory}>
          <Shell />
        </ServicesProvider>
      </Router>
    </I18nextProvider>
  );
}
