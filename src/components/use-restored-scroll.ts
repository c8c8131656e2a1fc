import { useEffect } from 'react';

/**
 * Brings a long screen back to where the user left it when they return with Back (the rating view is loaded
 * asynchronously, so the browser's own restoration has nothing to scroll yet). Positions live in
 * sessionStorage, per address, for this tab only.
 */
export function useRestoredScroll(key: string, isReady: boolean, contentSelector: string): void {
  useEffect(() => {
    if (!isReady) return;
    const storageKey = `ips-fidelity.scroll.${key}`;
    try {
      const saved = Number(sessionStorage.getItem(storageKey));
      if (saved > 0) window.scrollTo(0, saved);
    } catch {
      // Without sessionStorage the screen simply opens at the top.
    }
    const remember = () => {
      // While the next screen loads, React hides this one (display: none) and the page scrolls to 0: not a
      // position the user chose, so it is not kept.
      const content = document.querySelector<HTMLElement>(contentSelector);
      if (!content || content.offsetParent === null) return;
      try {
        sessionStorage.setItem(storageKey, String(Math.round(window.scrollY)));
      } catch {
        // Remembering the position is a convenience.
      }
    };
    window.addEventListener('scroll', remember, { passive: true });
    return () => window.removeEventListener('scroll', remember);
  }, [key, isReady, contentSelector]);
}
