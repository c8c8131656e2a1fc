import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// One naming rule, enforced (architecture.md): every source, test and data file name is kebab-case.
const root = fileURLToPath(new URL('../..', import.meta.url));
const kebabCase = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)+$/;

function listFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return [path, ...listFiles(path)];
    return [path];
  });
}

describe('file names', () => {
  it.each(['src', 'tests', 'scales', 'scripts', 'bin'])('are kebab-case under %s/', (folder) => {
    const offenders = listFiles(join(root, folder))
      .map((path) => relative(root, path))
      .filter((path) => !path.split('/').slice(1).every((segment) => kebabCase.test(segment) || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(segment)));
    expect(offenders).toEqual([]);
  });
});
