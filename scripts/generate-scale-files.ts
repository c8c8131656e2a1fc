// Writes the files derived from the rubric format and the shipped rubrics, so they never drift from their source:
// - scales/rubric.schema.json, the JSON Schema of the zod rubric schema (editor validation for rubric authors);
// - scales/catalog.json, what the home screen lists of each shipped scale, small enough for the first download.
// A test fails when a committed file differs from what this script would write.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderScaleCatalog } from '../src/domain/rubric/bundled-catalog-render.ts';
import { renderRubricJsonSchema } from '../src/domain/rubric/rubric-json-schema.ts';

for (const [name, text] of [
  ['rubric.schema.json', renderRubricJsonSchema()],
  ['catalog.json', renderScaleCatalog()],
] as const) {
  const target = fileURLToPath(new URL(`../scales/${name}`, import.meta.url));
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
