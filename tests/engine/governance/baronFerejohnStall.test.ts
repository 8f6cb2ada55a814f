/**
 * Newton's method is given up when it stalls while the best-response iteration
 * already contracts fast (baronFerejohn.ts, FAST_CONTRACTION; issue 21's time per
 * year). The cases are majority-board solves from late in a 50-year run of
 * england-2023-24, where the old search ran three stalled Newton rounds of ten
 * steps before the iteration converged on its own. Recorded with the solver of
 * 4b7dffa: the equilibrium must be the same (continuation values as shares of
 * each member's range, within 1e-8, the certification tolerance) for fewer
 * iterations.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baronFerejohn, type LegislativeProblem } from '../../../src/engine/governance/baronFerejohn.ts';

interface LateCase {
  source: string;
  problem: LegislativeProblem;
  /** Last year's continuation shares (null: no guess for that member). */
  start: Array<number | null>;
  before: { iterations: number; continuationShares: number[] };
}

const { cases } = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'baronFerejohnLate.json'), 'utf8')) as { cases: LateCase[] };

describe('baronFerejohn gives up a stalled Newton round where the iteration is fast', () => {
  for (const c of cases) {
    it(`${c.source}: the same equilibrium in fewer iterations`, () => {
      const start = c.start.map((z) => (z === null ? Number.NaN : z));
      const r = baronFerejohn(c.problem, { start });
      expect(r.converged).toBe(true);
      const diff = r.continuationShares.reduce((m, x, i) => Math.max(m, Math.abs(x - c.before.continuationShares[i]!)), 0);
      expect(diff).toBeLessThan(1e-8);
      expect(r.iterations).toBeLessThan(c.before.iterations);
    });
  }
});
