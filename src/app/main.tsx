import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { chooseInitialLocale, createI18n, LANGUAGE_STORAGE_KEY, loadCatalog } from '../i18n/i18n.ts';
import { App } from './app.tsx';
import './styles.css';

function readRememberedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

// A start link such as `?scale=ips-25&lang=nl` opens the new-review form of that scale, and `?vignette=<id>` a
// workshop vignette to read; the address then becomes the screen's own (`#/new/ips-25`, `#/vignette/<id>`), so a
// reload does not start yet another review.
const search = new URLSearchParams(window.location.search);
const locale = chooseInitialLocale(window.location.search, readRememberedLanguage(), navigator.languages ?? []);
if (search.has('lang')) {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, locale);
  } catch {
    // The language still applies to this visit.
  }
}
// Both parameters are taken once, then removed from the address: a reload then returns to the screen the user
// reached (not a new form), and a later language choice in the menu survives it.
const isId = (value: string | null): value is string => value !== null && /^[a-z0-9-]{1,80}$/.test(value);
const startScale = search.get('scale');
const startVignette = search.get('vignette');
const hash = isId(startVignette) ? `#/vignette/${startVignette}` : isId(startScale) ? `#/new/${startScale}` : window.location.hash;
if (search.has('scale') || search.has('lang') || search.has('vignette')) {
  search.delete('scale');
  search.delete('lang');
  search.delete('vignette');
  const rest = search.toString();
  window.history.replaceState(null, '', `${window.location.pathname}${rest ? `?${rest}` : ''}${hash}`);
}

// Screens load their data asynchronously and restore their own scroll position (useRestoredScroll); the
// browser's restoration would race with it.
window.history.scrollRestoration = 'manual';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('The page has no #root element to mount the app in.');
const root = rootElement;
// The starting language's texts come first (their own small chunk); the app renders once they are here.
void loadCatalog(locale).then((catalog) => {
  createRoot(root).render(
    <StrictMode>
      <App i18n={createI18n(locale, { [locale]: catalog })} />
    </StrictMode>,
  );
});
