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
  ])('refuses %j in src/domain', async (code, ruleId) => {
    expect(await ruleIdsFor(code, 'src/domain/scoring/example.ts')).toContain(ruleId);
  });

  it('allows the same browser code outside the domain', async () => {
    expect(await ruleIdsFor('export const x = () => document.title;\n', 'src/app/example.ts')).toEqual([]);
  });
});
