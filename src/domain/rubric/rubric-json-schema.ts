import * as z from 'zod';
import { RubricSchema } from './rubric-schema.ts';

/**
 * The JSON Schema (draft 2020-12) of the rubric format, as the text committed in `scales/rubric.schema.json`.
 * It checks shape only; the parser's further rules (references, coverage of scores and bands) are listed in its
 * description so an author knows they exist.
 */
export function renderRubricJsonSchema(): string {
  const schema = z.toJSONSchema(RubricSchema, { target: 'draft-2020-12', io: 'input' });
  const document = {
    ...schema,
    $id: 'https://ips-fidelity.invalid/rubric.schema.json',
    title: 'IPS fidelity rubric (format version 1)',
    description:
      'A principle-based fidelity rubric for the IPS fidelity review tool. Beyond this shape, the tool checks: unique ids; every section, principle and item reference exists; one anchor per score; bands and measure ranges tile their range without overlap or gap; every text exists in the default locale.',
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
