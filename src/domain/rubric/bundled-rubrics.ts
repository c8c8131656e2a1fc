import ips15 from '../../../scales/ips-15.json';
import ips25 from '../../../scales/ips-25.json';
import ipsPrinciples from '../../../scales/ips-principles.json';
import { describeIssues } from '../validation-issue.ts';
import { parseRubric } from './parse-rubric.ts';
import type { Rubric } from './rubric-schema.ts';

/** The rubric files shipped with the tool, as raw JSON, in the order they are offered to users. */
export const BUNDLED_RUBRIC_FILES: Readonly<Record<string, unknown>> = {
  'ips-25.json': ips25,
  'ips-15.json': ips15,
  'ips-principles.json': ipsPrinciples,
};

/**
 * Parses the shipped rubrics. A shipped rubric that does not parse is a bug in this repository (the test suite
 * parses each one), so this throws with the parser's messages rather than hiding the scale.
 */
export function loadBundledRubrics(): Rubric[] {
  return Object.entries(BUNDLED_RUBRIC_FILES).map(([fileName, raw]) => {
    const result = parseRubric(raw);
    if (!result.ok) throw new Error(`${fileName}:\n${describeIssues(result.errors)}`);
    return result.rubric;
  });
}
