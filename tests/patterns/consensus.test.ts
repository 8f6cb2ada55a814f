/**
 * Tighter money pushes boards from consensus towards votes and executive
 * decisions (docs/ODD.md §7.12 and §1.2): consensus bargains from each line's
 * need and fails when the envelope cannot cover it. Paired replications
 * (seeds 201-, not used in development), 95% t intervals.
 */
import { describe, expect, it } from 'vitest';
import { applyVariant, parseScenario, runScenario, setPath, type RunResult } from '../../src/engine/index.ts';
import { rawModel } from '../helpers/models.ts';
import { fmt, paired } from '../helpers/replicate.ts';

function runs(model: string, variant: string | null, growth: number, years: number, reps: number): RunResult[] {
  let raw: unknown = rawModel(model);
  if (variant) raw = applyVariant(raw, variant);
  raw = setPath(raw, 'allocation.growthRate', growth);
  const s = parseScenario(raw, `${model} growth ${growth}`);
  return Array.from({ length: reps }, (_, r) => runScenario(s, { seed: 201 + r, years }));
}

const consensusShare = (r: RunResult) => r.decisions.filter((d) => d.rule === 'consensus').length / Math.max(1, r.decisions.length);
const diff = (a: RunResult[], b: RunResult[]) =>
  paired(
    a.map((r) => ({ ...r.summary, v: consensusShare(r) })) as never[],
    b.map((r) => ({ ...r.summary, v: consensusShare(r) })) as never[],
    (s) => (s as unknown as { v: number }).v,
  );

describe('the share of consensus decisions falls as real allocation growth falls', () => {
  it('three-point-plan (devolved, unified, attending; 3 years, 10 replications): growth 0% against 3%', () => {
    const d = diff(runs('three-point-plan', 'devolved-unified-attending', 0, 3, 10), runs('three-point-plan', 'devolved-unified-attending', 0.03, 3, 10));
    console.log(`consensus share three-point-plan, growth 0% - 3%: ${fmt(d)}`);
    expect(d.hi).toBeLessThan(0);
  });
  it('england-2023-24-generated (1 year, 5 replications): growth 0% against 2%', () => {
    const d = diff(runs('england-2023-24-generated', null, 0, 1, 5), runs('england-2023-24-generated', null, 0.02, 1, 5));
    console.log(`consensus share england-2023-24-generated, growth 0% - 2%: ${fmt(d)}`);
    expect(d.hi).toBeLessThan(0);
  });
});
