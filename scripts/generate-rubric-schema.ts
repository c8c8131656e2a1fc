// Writes scales/rubric.schema.json from the zod rubric schema, so rubric authors get validation in their editor.
// A test fails when the committed file differs from what this script would write.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderRubricJsonSchema } from '../src/domain/rubric/rubric-json-schema.ts';

const target = fileURLToPath(new URL('../scales/rubric.schema.json', import.meta.url));
writeFileSync(target, renderRubricJsonSchema());
console.log(`wrote ${target}`);
