import { bench, describe } from 'vitest';
import type { Assessment } from '../../src/domain/assessment/assessment-schema.ts';
import { buildHeatMap, countBands, filterNetworkRows, sortNetworkRows, summariseNetwork } from '../../src/domain/network/summarise-network.ts';
import { bundledRubric, makeAssessment } from '../helpers/factories.ts';

// Deterministic pseudo-random scores (a linear congruential generator), so every run measures the same work.
function scoreStream(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return 1 + (state % 5);
  };
}

const ips25 = bundledRubric('ips-25');
const nextScore = scoreStream(7);
// 1,000 reviews of 400 sites, some reviewed more than once, a few with items left unrated.
const network: Assessment[] = Array.from({ length: 1_000 }, (_, index) =>
  makeAssessment(ips25, Object.fromEntries(ips25.items.map((item) => [item.id, { score: index % 37 === 0 && item.number === 9 ? null : nextScore() }])), {
    program: { name: `Programme ${index % 90}`, site: `Site ${index % 400}` },
    review: { kind: 'external', date: `202${index % 6}-0${1 + (index % 9)}-1${index % 10}`, raters: [] },
  }),
);
const collator = new Intl.Collator('fr');

describe('network dashboard model (budget: 1,000 IPS-25 assessments summarised in under 50 ms)', () => {
  bench('summariseNetwork × 1,000, latest per site', () => {
    summariseNetwork(ips25, network, { isLatestPerSiteOnly: true });
  });

  const { rows } = summariseNetwork(ips25, network);
  bench('filter, sort by site (French collation), count bands and build the heat map, 1,000 rows', () => {
    const shown = sortNetworkRows(ips25, filterNetworkRows(ips25, rows, { bandIds: ['fair', 'good', null], search: 'site' }), { key: { by: 'site' }, direction: 'ascending' }, collator.compare);
    countBands(ips25, shown);
    buildHeatMap(ips25, shown);
  });
});
