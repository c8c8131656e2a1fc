import { describe, expect, it } from 'vitest';
import { suggestScoreFromComponents, suggestScoreFromMeasure, suggestScoreFromSpecialists } from '../../../src/domain/scoring/suggest-score.ts';
import { bundledRubric } from '../../helpers/factories.ts';

const ips25 = bundledRubric('ips-25');
const item = (id: string) => ips25.items.find((candidate) => candidate.id === id)!;

describe('suggestScoreFromMeasure', () => {
  const caseload = item('caseload-size').measure!;

  it.each([
    [0, 5],
    [20, 5],
    [21, 4],
    [23, 4],
    [25, 4],
    [26, 3],
    [30, 3],
    [31, 2],
    [40, 2],
    [41, 1],
    [120, 1],
  ])('scores a caseload of %s as %i', (value, score) => {
    expect(suggestScoreFromMeasure(caseload, value)).toBe(score);
  });

  it('scores a fractional caseload in the half-open range that holds it', () => {
    expect(suggestScoreFromMeasure(caseload, 25.5)).toBe(4);
    expect(suggestScoreFromMeasure(caseload, 20.99)).toBe(5);
  });

  it('refuses values outside what the measure allows', () => {
    expect(suggestScoreFromMeasure(caseload, -1)).toBeNull();
    expect(suggestScoreFromMeasure(item('competitive-jobs').measure!, 101)).toBeNull();
    expect(suggestScoreFromMeasure(caseload, Number.NaN)).toBeNull();
  });

  it.each([
    [95, 5],
    [94.9, 4],
    [64, 2],
    [63, 1],
  ])('scores %s %% competitive jobs as %i', (value, score) => {
    expect(suggestScoreFromMeasure(item('competitive-jobs').measure!, value)).toBe(score);
  });

  it.each([
    [0, 5],
    [30, 5],
    [31, 4],
    [150, 3],
    [151, 2],
    [271, 1],
  ])('scores %i days to the first employer contact as %i', (value, score) => {
    expect(suggestScoreFromMeasure(item('rapid-job-search').measure!, value)).toBe(score);
  });
});

describe('suggestScoreFromComponents', () => {
  const teamContact = item('team-contact').components!;
  const ids = teamContact.list.map((component) => component.id);

  it.each([
    [0, 1],
    [1, 1],
    [2, 2],
    [3, 3],
    [4, 4],
    [5, 5],
  ])('turns %i ticked components of five into %i', (count, score) => {
    expect(suggestScoreFromComponents(teamContact, ids.slice(0, count))).toBe(score);
  });

  it('counts neither unknown nor repeated ticks', () => {
    expect(suggestScoreFromComponents(teamContact, [ids[0]!, ids[0]!, ids[0]!, 'not-a-component'])).toBe(1);
  });

  it('reaches 5 on assertive engagement only with all six strategies', () => {
    const engagement = item('assertive-engagement').components!;
    const all = engagement.list.map((component) => component.id);
    expect(all).toHaveLength(6);
    expect(suggestScoreFromComponents(engagement, all)).toBe(5);
    expect(suggestScoreFromComponents(engagement, all.slice(0, 5))).toBeLessThan(5);
  });
});

describe('suggestScoreFromSpecialists', () => {
  it('averages measured values per specialist, then scores the mean', () => {
    const frequency = item('employer-contact-frequency');
    expect(suggestScoreFromSpecialists(frequency, [6, 4, 5], ips25.scale)).toEqual({ mean: 5, score: 4 });
    expect(suggestScoreFromSpecialists(frequency, [7, 6], ips25.scale)).toEqual({ mean: 6.5, score: 5 });
  });

  it('averages scores per specialist to the nearest score, halves up, when the item has no measure', () => {
    const quality = item('employer-contact-quality');
    expect(suggestScoreFromSpecialists(quality, [3, 4], ips25.scale)).toEqual({ mean: 3.5, score: 4 });
    expect(suggestScoreFromSpecialists(quality, [2, 2, 3], ips25.scale)?.score).toBe(2);
  });

  it('suggests nothing without values, and no score from scores off the scale', () => {
    expect(suggestScoreFromSpecialists(item('employer-contact-quality'), [], ips25.scale)).toBeNull();
    expect(suggestScoreFromSpecialists(item('employer-contact-quality'), [9, 4], ips25.scale)?.score).toBeNull();
  });
});
