import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Assessment, Rating } from '../../src/domain/assessment/assessment-schema.ts';
import { loadBundledRubrics } from '../../src/domain/rubric/bundled-rubrics.ts';
import { parseRubric } from '../../src/domain/rubric/parse-rubric.ts';
import type { Rubric } from '../../src/domain/rubric/rubric-schema.ts';

/** Absolute path of a file under tests/fixtures. */
export function fixturePath(relative: string): string {
  return fileURLToPath(new URL(`../fixtures/${relative}`, import.meta.url));
}

/** The text of a file under tests/fixtures. */
export function readFixture(relative: string): string {
  return readFileSync(fixturePath(relative), 'utf8');
}

/** A parsed rubric from tests/fixtures; fails the test run loudly if the fixture itself is broken. */
export function loadFixtureRubric(relative = 'rubrics/mini-rubric.json'): Rubric {
  const result = parseRubric(readFixture(relative));
  if (!result.ok) throw new Error(`fixture ${relative} is invalid: ${JSON.stringify(result.errors)}`);
  return result.rubric;
}

const bundled = new Map(loadBundledRubrics().map((rubric) => [rubric.id, rubric]));

/** A shipped rubric by id. */
export function bundledRubric(id: string): Rubric {
  const rubric = bundled.get(id);
  if (!rubric) throw new Error(`no bundled rubric ${id}`);
  return rubric;
}

/** An assessment of `rubric` with the given ratings; everything else has plausible defaults. */
export function makeAssessment(rubric: Rubric, ratings: Record<string, Rating> = {}, overrides: Partial<Assessment> = {}): Assessment {
  return {
    format: 'ips-fidelity/assessment',
    formatVersion: 1,
    scale: { id: rubric.id, version: rubric.version },
    program: { name: 'Test programme', site: 'Liège' },
    review: { kind: 'self', date: '2026-11-27', raters: ['A. Rater'] },
    ratings,
    ...overrides,
  };
}

/** Ratings giving every item the same score, with per-item exceptions. */
export function uniformRatings(rubric: Rubric, score: number, exceptions: Record<string, number | null> = {}): Record<string, Rating> {
  return Object.fromEntries(
    rubric.items.map((item) => {
      const override = Object.hasOwn(exceptions, item.id) ? exceptions[item.id] : score;
      return [item.id, { score: override }];
    }),
  );
}

/** Ratings whose scores add up to `total`: every item starts at the minimum and is raised in turn. */
export function ratingsSummingTo(rubric: Rubric, total: number): Record<string, Rating> {
  const scores = rubric.items.map(() => rubric.scale.min);
  let remaining = total - scores.length * rubric.scale.min;
  if (remaining < 0 || remaining > scores.length * (rubric.scale.max - rubric.scale.min)) throw new Error(`cannot reach ${total}`);
  for (let index = 0; remaining > 0; index = (index + 1) % scores.length) {
    if (scores[index]! < rubric.scale.max) {
      scores[index]! += 1;
      remaining -= 1;
    }
  }
  return Object.fromEntries(rubric.items.map((item, index) => [item.id, { score: scores[index] }]));
}
