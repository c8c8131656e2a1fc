import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The architecture keeps src/domain pure; these checks prove the lint rule that enforces it actually fires.
const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the domain purity lint rule', () => {
  it.each([
    ["import { useState } from 'react';\nexport const x = useState;\n", 'no-restricted-imports'],
    ["import { jsPDF } from 'jspdf';\nexport const x = jsPDF;\n", 'no-restricted-imports'],
    ["import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'no-restricted-imports'],
    ["import { App } from '../../app/app.tsx';\nexport const x = App;\n", 'no-restricted-imports'],
    ['export const x = () => localStorage.getItem("a");\n', 'no-restricted-globals'],
    ['export const x = () => document.title;\n', 'no-restricted-globals'],
    ['export const x = () => Date.now();\n', 'no-restricted-properties'],
    ['export const x = () => Math.random();\n', 'no-restricted-properties'],
    ['export const x = () => new Date();\n', 'no-restricted-syntax'],
    ['export const x = () => Date();\n', 'no-restricted-syntax'],
    ['export const x = () => process.env.HOME;\n', 'no-restricted-globals'],
    ['export const x = () => crypto.randomUUID();\n', 'no-restricted-globals'],
    ['export const x = () => performance.now();\n', 'no-restricted-globals'],
    ['export const x = () => self.localStorage;\n', 'no-restricted-globals'],
    ['export const x = () => Buffer.from("a");\n', 'no-restricted-globals'],
    ['export const x = () => new Intl.DateTimeFormat().format();\n', 'no-restricted-globals'],
    ["import 'os';\nexport const x = 1;\n", 'no-restricted-imports'],
    ["import { exec } from 'child_process';\nexport const x = exec;\n", 'no-restricted-imports'],
    ["import { openDB } from 'idb';\nexport const x = openDB;\n", 'no-restricted-imports'],
  ])('refuses %j in src/domain', async (code, ruleId) => {
    expect(await ruleIdsFor(code, 'src/domain/scoring/example.ts')).toContain(ruleId);
  });

  it('covers .tsx files in the domain too', async () => {
    expect(await ruleIdsFor("import { useState } from 'react';\nexport const x = useState;\n", 'src/domain/scoring/example.tsx')).toContain('no-restricted-imports');
  });

  it('allows zod, jsonc-parser and relative imports in the domain', async () => {
    expect(await ruleIdsFor("import * as z from 'zod';\nimport { parse } from 'jsonc-parser';\nimport { localize } from '../rubric/localize.ts';\nexport const x = [z, parse, localize];\n", 'src/domain/scoring/example.ts')).toEqual([]);
  });

  it('allows the same browser code outside the domain', async () => {
    expect(await ruleIdsFor('export const x = () => document.title;\n', 'src/app/example.ts')).toEqual([]);
  });
});

describe('the layering lint rule', () => {
  it('refuses a feature importing another feature or the app shell', async () => {
    expect(await ruleIdsFor("import { AssessPage } from '../assess/assess-page.tsx';\nexport const x = AssessPage;\n", 'src/features/results/example.tsx')).toContain('no-restricted-imports');
    expect(await ruleIdsFor("import { App } from '../../app/app.tsx';\nexport const x = App;\n", 'src/features/home/example.tsx')).toContain('no-restricted-imports');
    expect(await ruleIdsFor("import { HomePage } from '../features/home/home-page.tsx';\nexport const x = HomePage;\n", 'src/components/example.tsx')).toContain('no-restricted-imports');
  });

  it('lets a feature use shared components and the domain', async () => {
    expect(await ruleIdsFor("import { useServices } from '../../components/services.tsx';\nimport { localize } from '../../domain/index.ts';\nexport const x = [useServices, localize];\n", 'src/features/home/example.tsx')).toEqual([]);
  });
});
