/**
 * Non-recurrent support (src/engine/deficitSupport.ts): one-off money from
 * NHS England, shared among each system's trusts in proportion to the gaps
 * they planned, not to their outturns.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario, setPath, TRUST_KINDS } from '../../src/engine/index.ts';
import { rawModel } from '../helpers/models.ts';

const TRUSTS = new Set<string>(TRUST_KINDS);

function run(over: Record<string, unknown>, seed = 7) {
  let raw: unknown = rawModel('england-2023-24');
  for (const [k, v] of Object.entries({ years: 1, 'generate.systems': 3, 'generate.regions': [], ...over })) raw = setPath(raw, k, v);
  return runScenario(parseScenario(raw, 'support'), { seed });
}

describe('non-recurrent support', () => {
  const none = run({ 'finance.support.share': 0 });
  const some = run({ 'finance.support.share': 0.015 });
  const rows = (r: typeof none) => r.years.filter((y) => TRUSTS.has(y.kind));

  it('improves the results of trusts that planned a gap and leaves the others and every underlying position alone; it follows plans, so trusts still end in deficit', () => {
    const before = new Map(rows(none).map((y) => [y.org, y]));
    let helped = 0;
    for (const y of rows(some)) {
      const b = before.get(y.org)!;
      expect(y.underlying).toBeCloseTo(b.underlying, 2);
      expect(y.result).toBeGreaterThanOrEqual(b.result);
      if (y.result > b.result) helped++;
    }
    expect(helped).toBeGreaterThan(0);
    expect(helped).toBeLessThan(rows(some).length);
    expect(rows(some).some((y) => y.outcome === 'deficit')).toBe(true);
  });

  it('pays at most the pot (1.5% of each system\u2019s trust income), from NHS England, through the ledger', () => {
    const paid = rows(some).reduce((a, y) => a + y.result, 0) - rows(none).reduce((a, y) => a + y.result, 0);
    const income = rows(none).reduce((a, y) => a + y.income, 0);
    expect(paid).toBeGreaterThan(0);
    expect(paid).toBeLessThanOrEqual(0.015 * income * 1.02);
    expect(some.summary.ledger.conserved).toBe(true);
    expect(some.summary.ledger.inflow - none.summary.ledger.inflow).toBeCloseTo(paid, 0);
    // The reported deficit narrows.
    expect(some.summary.lastYear.trustResultShareOfIncome).toBeGreaterThan(none.summary.lastYear.trustResultShareOfIncome);
  });
});
