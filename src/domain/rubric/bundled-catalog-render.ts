import { loadBundledRubrics } from './bundled-rubrics.ts';
import type { ScaleCatalogEntry } from './bundled-catalog.ts';

/** The text of `scales/catalog.json`: each shipped scale's id, version, title, languages, citation and size. */
export function renderScaleCatalog(): string {
  const entries: ScaleCatalogEntry[] = loadBundledRubrics().map((rubric) => ({
    id: rubric.id,
    version: rubric.version,
    title: rubric.title,
    defaultLocale: rubric.locales.default,
    citation: rubric.source.citation,
    itemCount: rubric.items.length,
  }));
  return `${JSON.stringify(entries, null, 2)}\n`;
}
