/**
 * The Baron-Ferejohn solver finds the equilibria it found before its speed
 * work (issues 10 and 26): problems taken from England runs, each with the
 * equilibrium recorded from the solver of commit e6c7d97 (bit-identical to
 * 052b454, before issue 10). Since issue 26 the path is shorter (Broyden
 * updates in Newton's method), so results agree within the accuracy of the
 * linear programmes, not bit for bit: the same coalitions and mixing supports,
 * proposals and continuation values within 1e-9 of the envelope (the box is
 * in shares of it), probabilities within 1e-7.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baronFerejohn, type LegislativeOptions, type LegislativeProblem } from '../../../src/engine/governance/baronFerejohn.ts';

interface RecordedCase {
  source: string;
  problem: LegislativeProblem;
  options: LegislativeOptions;
  expected: {
    proposals: Array<{ proposer: number; coalitions: number[][]; allocations: number[][]; probabilities: number[] }>;
    continuationValues: number[];
  };
}

const { cases } = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'baronFerejohnCases.json'), 'utf8')) as { cases: RecordedCase[] };
const CLOSE = 1e-9;
const maxDiff = (a: readonly number[], b: readonly number[]) => a.reduce((m, x, i) => Math.max(m, Math.abs(x - b[i]!)), 0);

describe('baronFerejohn against equilibria recorded before its speed work', () => {
  const mixing: string[] = [];
  for (const c of cases) {
    it(`${c.source}: the same equilibrium, within ${CLOSE}`, () => {
      const result = baronFerejohn(c.problem, c.options);
      expect(result.converged).toBe(true);
      if (result.proposals.some((p) => p.options.length > 1)) mixing.push(c.source);
      expect(result.proposals.map((p) => p.proposer)).toEqual(c.expected.proposals.map((p) => p.proposer));
      result.proposals.forEach((p, j) => {
        const e = c.expected.proposals[j]!;
        expect(p.options.map((o) => o.coalition)).toEqual(e.coalitions);
        p.options.forEach((o, t) => expect(maxDiff(o.allocation, e.allocations[t]!)).toBeLessThan(CLOSE));
        expect(maxDiff(p.probabilities, e.probabilities)).toBeLessThan(1e-7);
      });
      expect(maxDiff(result.continuationValues, c.expected.continuationValues)).toBeLessThan(CLOSE);
    });
  }
  it('covers proposers that mix (the slow, cycling problems)', () => {
    expect(mixing.length).toBeGreaterThanOrEqual(2);
  });
  it('gives the same result when solved again after other problems (the memo is per solve)', () => {
    const first = JSON.stringify(baronFerejohn(cases[2]!.problem, cases[2]!.options));
    for (const c of cases.slice(3)) baronFerejohn(c.problem, c.options);
    expect(JSON.stringify(baronFerejohn(cases[2]!.problem, cases[2]!.options))).toBe(first);
  });
  it('starting from the equilibrium itself, settles at once on the same one', () => {
    const c = cases[0]!;
    const cold = baronFerejohn(c.problem, c.options);
    const warm = baronFerejohn(c.problem, { ...c.options, start: cold.continuationShares });
    expect(warm.converged).toBe(true);
    expect(warm.iterations).toBeLessThan(cold.iterations);
    expect(maxDiff(warm.continuationValues, cold.continuationValues)).toBeLessThan(CLOSE);
  });
});
