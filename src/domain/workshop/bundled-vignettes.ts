import preparationFirst from '../../../scales/vignettes/ips-25-preparation-first.json';
import nearExemplary from '../../../scales/vignettes/ips-25-near-exemplary.json';
import clinicalSilo from '../../../scales/vignettes/ips-25-clinical-silo.json';
import type { Rubric } from '../rubric/rubric-schema.ts';
import { describeIssues } from '../validation-issue.ts';
import { parseVignette } from './parse-vignette.ts';
import type { Vignette } from './vignette-schema.ts';

/** The training vignettes shipped with the tool, as raw JSON, in the order a trainer is offered them. */
export const BUNDLED_VIGNETTE_FILES: Readonly<Record<string, unknown>> = {
  'ips-25-preparation-first.json': preparationFirst,
  'ips-25-near-exemplary.json': nearExemplary,
  'ips-25-clinical-silo.json': clinicalSilo,
};

/**
 * Parses the shipped vignettes against the given rubrics. A shipped vignette that does not parse is a bug in this
 * repository (the tests parse each one), so this throws with the parser's messages.
 */
export function loadBundledVignettes(findRubric: (scaleId: string) => Rubric | undefined): Vignette[] {
  return Object.entries(BUNDLED_VIGNETTE_FILES).map(([fileName, raw]) => {
    const result = parseVignette(raw, { findRubric });
    if (!result.ok) throw new Error(`${fileName}:\n${describeIssues(result.errors)}`);
    return result.vignette;
  });
}
