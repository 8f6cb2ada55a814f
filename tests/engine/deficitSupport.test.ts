/**
 * Non-recurrent support (src/engine/deficitSupport.ts): one-off money from
 * NHS England, paid to every trust as the same share of its planned income
 * (fair shares), so it does not pick which trusts end in deficit.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario, setPath, TRUST_KINDS } from '../../src/engine/index.ts';
import { rawModel } from '../helpers/models.ts';

const TRUSTS = new Set<string>(TRUST_KINDS);

function run(over: Record<string, unknown>, seed = 7) {
  let raw: unknown = rawModel('england-2023-24-generated');
  for (const [k, v] of Object.entries({ years: 1, 'generate.systems': 3, 'generate.regions': [], ...over })) raw = setPath(raw, k, v);
  return runScenario(parseScenario(raw, 'support'), { seed });
}

describe('non-recurrent support', () => {
  const none = run({ 'finance.support.share': 0 });
  const some = run({ 'finance.support.share': 0.015 });
  const rows = (r: typeof none) => r.years.filter((y) => TRUSTS.has(y.kind));

  it('improves every trust\u2019s result by the same share of its planned income and leaves every underlying position alone; trusts still end in deficit', () => {
    const before = new Map(rows(none).map((y) => [y.org, y]));
    for (const y of rows(some)) {
      const b = before.get(y.org)!;
      expect(y.underlying).toBeCloseTo(b.underlying, 2);
      expect(y.result).toBeGreaterThan(b.result);
      // About 1.5% of income (planned income differs from outturn by activity and noise).
      expect((y.result - b.result) / b.income).toBeGreaterThan(0.012);
      expect((y.result - b.result) / b.income).toBeLessThan(0.018);
    }
    expect(rows(some).some((y) => y.outcome === 'deficit')).toBe(true);
  });

  it('pays about 1.5% of trust income, from NHS England, through the ledger', () => {
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
