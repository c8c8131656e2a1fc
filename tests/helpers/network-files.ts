import type { Assessment } from '../../src/domain/assessment/assessment-schema.ts';
import { bundledRubric, makeAssessment } from './factories.ts';

const PROGRAMMES = ['Le Tremplin', 'Cap Emploi', 'Boussole', 'De Brug', 'Werkkracht', 'Horizon', 'L’Escale', 'Trajectoire', 'Passerelle', 'Op Weg'];
const SITES = ['Namur', 'Liège', 'Mons', 'Charleroi', 'Arlon', 'Gent', 'Leuven', 'Brugge', 'Antwerpen', 'Bruxelles', 'Wavre', 'Tournai'];
const KINDS = ['self', 'external', 'consensus'] as const;

/** A deterministic stream of whole numbers in [0, bound) (a linear congruential generator): same seed, same files. */
function numberStream(seed: number): (bound: number) => number {
  let state = seed;
  return (bound) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % bound;
  };
}

/**
 * `count` varied IPS-25 assessments, one per programme and site (no two share both): each site leans to a level
 * of fidelity so every band turns up, scores scatter around it, about one in twenty files leaves an item
 * unrated, and review dates spread over 2022–2026.
 */
export function generateNetworkAssessments(count: number, seed = 11): Assessment[] {
  const ips25 = bundledRubric('ips-25');
  const next = numberStream(seed);
  return Array.from({ length: count }, (_, index) => {
    const lean = 2 + (index % 4);
    const leavesOneUnrated = index % 20 === 19;
    const ratings = Object.fromEntries(
      ips25.items.map((item) => [item.id, { score: leavesOneUnrated && item.number === 7 ? null : Math.min(5, Math.max(1, lean + next(3) - 1)) }]),
    );
    const month = String(1 + next(12)).padStart(2, '0');
    const day = String(1 + next(28)).padStart(2, '0');
    return makeAssessment(ips25, ratings, {
      id: `network-${seed}-${index}`,
      program: { name: `${PROGRAMMES[index % PROGRAMMES.length]} ${Math.floor(index / (PROGRAMMES.length * SITES.length)) + 1}`, site: SITES[Math.floor(index / PROGRAMMES.length) % SITES.length] },
      review: { kind: KINDS[index % KINDS.length]!, date: `${2022 + next(5)}-${month}-${day}`, raters: ['Reviewer'] },
    });
  });
}
