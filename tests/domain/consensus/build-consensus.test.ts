import { describe, expect, it } from 'vitest';
import { acceptSharedValues, createConsensus, parseAssessment, reviewConsensus, withAgreedValue, type Assessment } from '../../../src/domain/index.ts';
import { bundledRubric, makeAssessment, readFixture } from '../../helpers/factories.ts';

const ips25 = bundledRubric('ips-25');
const findRubric = (id: string) => (id === 'ips-25' ? ips25 : undefined);

function fixture(name: string): Assessment {
  const parsed = parseAssessment(readFixture(`assessments/${name}`), { findRubric });
  if (!parsed.ok) throw new Error(parsed.errors[0]?.message);
  return parsed.assessment;
}

const reviewerA = fixture('ips-25-reviewer-a.json');
const reviewerB = fixture('ips-25-reviewer-b.json');
const options = { id: 'consensus-1', date: '2026-11-21', now: '2026-11-21T09:00:00.000Z' };

function startConsensus(): Assessment {
  const result = createConsensus([{ label: 'a.json', assessment: reviewerA }, { label: 'b.json', assessment: reviewerB }], options);
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result.consensus;
}

describe('createConsensus', () => {
  it('copies each reviewer\'s scores and notes and agrees nothing yet, leaving the reviewers\' files as they were', () => {
    const before = structuredClone([reviewerA, reviewerB]);
    const consensus = startConsensus();
    expect([reviewerA, reviewerB]).toEqual(before);
    expect(consensus.review).toEqual({ kind: 'consensus', date: '2026-11-21', raters: ['Reviewer A', 'Reviewer B'] });
    expect(consensus.ratings).toEqual({});
    expect(consensus.consensus?.reviewers.map((reviewer) => reviewer.name)).toEqual(['Reviewer A', 'Reviewer B']);
    expect(consensus.consensus?.reviewers[0]?.ratings['zero-exclusion']).toMatchObject({ score: 2, note: expect.any(String) });
    expect(consensus.consensus?.reviewers[1]?.ratings['employer-diversity']).toBeUndefined();
    // The consensus is a valid assessment file of its own.
    expect(parseAssessment(JSON.stringify(consensus), { findRubric }).ok).toBe(true);
  });

  it('refuses one reviewer, different scales, a consensus given as a reviewer and the same assessment twice', () => {
    const only = createConsensus([{ label: 'a.json', assessment: reviewerA }], options);
    expect(only.ok ? [] : only.errors.map((error) => error.code)).toEqual(['consensus.too-few']);

    const otherScale = { ...reviewerB, scale: { id: 'ips-15', version: '1' } };
    const mixed = createConsensus([{ label: 'a.json', assessment: reviewerA }, { label: 'b.json', assessment: otherScale }], { ...options, locale: 'fr' });
    expect(mixed.ok ? '' : mixed.errors[0]?.message).toBe('b.json évalue « ips-15 » ; le premier fichier évalue « ips-25 ». Un consensus porte sur une seule grille.');

    const consensus = startConsensus();
    const nested = createConsensus([{ label: 'a.json', assessment: reviewerA }, { label: 'c.json', assessment: consensus }], options);
    expect(nested.ok ? [] : nested.errors.map((error) => error.code)).toEqual(['consensus.is-consensus']);

    const withId = { ...reviewerA, id: 'same' };
    const twice = createConsensus([{ label: 'a.json', assessment: withId }, { label: 'a copy.json', assessment: withId }], options);
    expect(twice.ok ? '' : twice.errors[0]?.message).toBe('a copy.json is the same assessment as a.json; give each reviewer\'s own file once.');
  });

  it('warns, without refusing, when reviewers name the programme differently or used other scale versions', () => {
    const renamed = { ...reviewerB, program: { name: 'Tremplin asbl' }, scale: { id: 'ips-25', version: 'older' } };
    const result = createConsensus([{ label: 'a.json', assessment: reviewerA }, { label: 'b.json', assessment: renamed }], options);
    expect(result.ok && result.warnings.map((warning) => warning.code)).toEqual(['consensus.program-differs', 'consensus.version-differs']);
    // The same name written with other spaces and capitals is the same programme.
    const respaced = { ...reviewerB, program: { name: '  le  TREMPLIN ', site: 'Namur' } };
    const same = createConsensus([{ label: 'a.json', assessment: reviewerA }, { label: 'b.json', assessment: respaced }], options);
    expect(same.ok && same.warnings).toEqual([]);
  });
});

describe('reviewConsensus', () => {
  it('classifies every item by how far the reviewers are apart, in the rubric order', () => {
    const review = reviewConsensus(ips25, startConsensus());
    const byItem = new Map(review.items.map((item) => [item.item, item]));
    expect(review.items.map((item) => item.number)).toEqual(ips25.items.map((item) => item.number));
    expect(byItem.get('caseload-size')).toMatchObject({ agreement: 'same', sharedValue: reviewerA.ratings['caseload-size']?.score });
    expect(byItem.get('vr-collaboration')).toMatchObject({ agreement: 'differ-by-one', reviewerValues: [3, 4], sharedValue: null });
    expect(byItem.get('disclosure')).toMatchObject({ agreement: 'differ-by-two-or-more', reviewerValues: [4, 2] });
    expect(byItem.get('employer-diversity')).toMatchObject({ agreement: 'incomplete', reviewerValues: [4, null] });
    expect(review.counts).toMatchObject({ same: 20, 'differ-by-one': 3, 'differ-by-two-or-more': 1, incomplete: 1, settled: 0, toSettle: 25 });
    expect(review.isComplete).toBe(false);
    // The figures are those of the independent ratings: 20 of 24 comparable items identical.
    expect(review.agreement.items).toBe(24);
    expect(review.agreement.exactAgreement).toBeCloseTo(20 / 24, 10);
  });

  it('tells a not-applicable conflict apart from a score difference', () => {
    const a = makeAssessment(ips25, { 'vr-collaboration': { na: true } });
    const b = makeAssessment(ips25, { 'vr-collaboration': { score: 2 } }, { review: { kind: 'external', date: '2026-11-20', raters: ['B'] } });
    const started = createConsensus([{ label: 'a', assessment: a }, { label: 'b', assessment: b }], options);
    if (!started.ok) throw new Error('not started');
    const item = reviewConsensus(ips25, started.consensus).items.find((candidate) => candidate.item === 'vr-collaboration');
    expect(item).toMatchObject({ agreement: 'na-conflict', reviewerValues: ['na', 2] });
  });

  it('asks for a rationale only when the agreed value differs from a reviewer\'s', () => {
    const consensus = startConsensus();
    consensus.ratings = {
      'vr-collaboration': { score: 4 },
      disclosure: { score: 3, rationale: '  ' },
      'rapid-job-search': { score: 2, rationale: 'Job search starts within a month for most people, seen in the records.' },
      'caseload-size': withAgreedValue({}, reviewerA.ratings['caseload-size']!.score!),
    };
    const byItem = new Map(reviewConsensus(ips25, consensus).items.map((item) => [item.item, item]));
    expect(byItem.get('vr-collaboration')).toMatchObject({ consensus: 4, needsRationale: true, isSettled: false });
    expect(byItem.get('disclosure')).toMatchObject({ needsRationale: true, isSettled: false });
    expect(byItem.get('rapid-job-search')).toMatchObject({ needsRationale: false, isSettled: true });
    expect(byItem.get('caseload-size')).toMatchObject({ needsRationale: false, isSettled: true });
  });
});

describe('acceptSharedValues', () => {
  it('settles the items all reviewers rated alike and never overwrites an agreed value', () => {
    const consensus = startConsensus();
    consensus.ratings = { 'caseload-size': { score: 1, rationale: 'Corrected after checking the caseload list.' } };
    const { ratings, accepted } = acceptSharedValues(ips25, consensus);
    expect(accepted).toHaveLength(19);
    expect(accepted).not.toContain('caseload-size');
    expect(ratings['caseload-size']).toEqual({ score: 1, rationale: 'Corrected after checking the caseload list.' });
    expect(ratings['zero-exclusion']).toBeUndefined();
    expect(consensus.ratings).toEqual({ 'caseload-size': { score: 1, rationale: 'Corrected after checking the caseload list.' } });
    const review = reviewConsensus(ips25, { ...consensus, ratings });
    expect(review.counts.settled).toBe(20);
    expect(review.counts.toSettle).toBe(5);
  });

  it('records "not applicable" when every reviewer said so', () => {
    const a = makeAssessment(ips25, { 'vr-collaboration': { na: true } });
    const b = makeAssessment(ips25, { 'vr-collaboration': { na: true } }, { review: { kind: 'external', date: '2026-11-20', raters: ['B'] } });
    const started = createConsensus([{ label: 'a', assessment: a }, { label: 'b', assessment: b }], options);
    if (!started.ok) throw new Error('not started');
    expect(acceptSharedValues(ips25, started.consensus).ratings['vr-collaboration']).toEqual({ na: true });
  });
});
