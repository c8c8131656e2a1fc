import catalog from '../../../scales/catalog.json';
import type { LocalizedText } from './rubric-schema.ts';

/** A scale as listed before its rubric is loaded. */
export interface ScaleCatalogEntry {
  id: string;
  version: string;
  title: LocalizedText;
  defaultLocale: string;
  citation: string;
  itemCount?: number;
}

/**
 * The shipped scales as the home screen lists them, from `scales/catalog.json` (generated from the rubric files
 * by `npm run generate`, checked fresh by a test): a few hundred bytes instead of the rubrics' full text, which
 * loads only when a review starts or opens.
 */
// The JSON's inferred type marks languages a scale lacks as `undefined`; the generator writes only strings.
export const BUNDLED_CATALOG: readonly ScaleCatalogEntry[] = catalog as ScaleCatalogEntry[];
