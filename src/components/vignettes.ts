import { useEffect, useState } from 'react';
import type { Vignette } from '../domain/index.ts';
import { useServices } from './services.tsx';

// One load of the vignettes per page, shared by every screen that asks.
let vignetteLoad: Promise<Map<string, Vignette>> | null = null;

/**
 * The shipped workshop vignettes by id, parsed against the loaded rubrics; null while they load. They come in
 * their own chunk: only the vignette and workshop screens need their text.
 */
export function useVignettes(): Map<string, Vignette> | null {
  const { loadRubrics } = useServices();
  const [vignettes, setVignettes] = useState<Map<string, Vignette> | null>(null);
  useEffect(() => {
    let isCurrent = true;
    vignetteLoad ??= (async () => {
      const [rubrics, { loadBundledVignettes }] = await Promise.all([loadRubrics(), import('../domain/workshop/bundled-vignettes.ts')]);
      return new Map(loadBundledVignettes((id) => rubrics.get(id)).map((vignette) => [vignette.id, vignette]));
    })();
    void vignetteLoad.then((loaded) => isCurrent && setVignettes(loaded));
    return () => {
      isCurrent = false;
    };
  }, [loadRubrics]);
  return vignettes;
}
