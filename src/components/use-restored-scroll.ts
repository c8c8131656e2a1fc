import { useEffect } from 'react';

/** How many frames a restoration keeps trying while the screen is still growing (images, late layout). */
const RESTORE_FRAMES = 30;

/**
 * Brings a long screen back to where the user left it when they return with Back (the rating view is loaded
 * asynchronously, so the browser's own restoration has nothing to scroll yet). Positions live in
 * sessionStorage, per address, for this tab only.
 */
export function useRestoredScroll(key: string, isReady: boolean, contentSelector: string): void {
  useEffect(() => {
    if (!isReady) return;
    const storageKey = `ips-fidelity.scroll.${key}`;
    let saved = 0;
    try {
      saved = Number(sessionStorage.getItem(storageKey)) || 0;
    } catch {
      // Without sessionStorage the screen simply opens at the top.
    }
    // Until the saved position is reached, scroll events are the restoration's own, not the user's.
    let isRestoring = saved > 0;
    let frame = 0;
    let attempts = 0;
    const restore = () => {
      window.scrollTo(0, saved);
      if (Math.abs(window.scrollY - saved) <= 2 || (attempts += 1) >= RESTORE_FRAMES) {
        isRestoring = false;
        return;
      }
      frame = requestAnimationFrame(restore);
    };
    if (isRestoring) restore();
    const remember = () => {
      if (isRestoring) return;
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
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', remember);
    };
  }, [key, isReady, contentSelector]);
}
