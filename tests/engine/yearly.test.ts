/**
 * Inputs by year (issue 21): a number or a series keyed by financial year,
 * the last value holding after; validated against the scenario's startYear.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario, setPath } from '../../src/engine/index.ts';
import { growthIndex, valueIn } from '../../src/engine/yearly.ts';
import { rawModel } from '../helpers/models.ts';
import { issues } from '../helpers/scenarioIssues.ts';


describe('yearly inputs', () => {
  it('reads the value of a year, the first before and the last after the series', () => {
    const v = { '2024': 0.05, '2025': 0.055, '2026': 0.02 };
    expect(valueIn(v, 2024, 0)).toBe(0.05);
    expect(valueIn(v, 2024, 1)).toBe(0.055);
    expect(valueIn(v, 2024, 2)).toBe(0.02);
    expect(valueIn(v, 2024, 9)).toBe(0.02);
    expect(valueIn(0.03, 2024, 7)).toBe(0.03);
  });

  it('compounds a series year by year and within a year at that year\u2019s rate; a constant gives (1 + g)^t exactly', () => {
    const v = { '2024': 0.1, '2025': 0.2 };
    expect(growthIndex(v, 2024, 0)).toBe(1);
    expect(growthIndex(v, 2024, 1)).toBeCloseTo(1.1, 15);
    expect(growthIndex(v, 2024, 2)).toBeCloseTo(1.1 * 1.2, 15);
    expect(growthIndex(v, 2024, 1.5)).toBeCloseTo(1.1 * Math.sqrt(1.2), 15);
    expect(growthIndex(v, 2024, 3)).toBeCloseTo(1.1 * 1.2 * 1.2, 15);
    expect(growthIndex(0.03, 2024, 2.5)).toBe(Math.pow(1.03, 2.5));
  });

  const base = rawModel('default');
  it('rejects a year before startYear, a series that starts late, a gap and a non-number, naming the field', () => {
    expect(issues(setPath(base, 'costs.payAward', { '2023': 0.05, '2024': 0.05 })).join('\n')).toMatch(/test.json: costs.payAward: year 2023 is before the scenario's startYear 2024/);
    expect(issues(setPath(base, 'costs.payAward', { '2025': 0.05 })).join('\n')).toMatch(/costs.payAward: the series must start at the scenario's startYear 2024 \(it starts at 2025\)/);
    expect(issues(setPath(base, 'demand.growth.acute', { '2024': 0.02, '2026': 0.03 })).join('\n')).toMatch(/demand.growth.acute: the series has a gap: no value for 2025/);
    expect(issues(setPath(base, 'income.efficiencyFactor', { '2024': 'high' })).join('\n')).toMatch(/income.efficiencyFactor/);
    expect(issues(setPath(base, 'income.efficiencyFactor', { '2024': 0.5 })).join('\n')).toMatch(/income.efficiencyFactor/);
    expect(issues(setPath(base, 'council.fundingGrowth', { next: 0.02 })).join('\n')).toMatch(/council.fundingGrowth/);
  });

  it('a series of one repeated value runs exactly as that value', () => {
    const years = 3;
    const plain = runScenario(parseScenario(base), { seed: 3, years });
    const series = runScenario(parseScenario(setPath(setPath(base, 'costs.payAward', { '2024': 0.045, '2025': 0.045 }), 'allocation.growthRate', { '2024': 0.03 })), { seed: 3, years });
    expect(series.summary).toEqual(plain.summary);
  });

  it('a different value in a later year changes that year and not the years before it', () => {
    const plain = runScenario(parseScenario(base), { seed: 3, years: 3 });
    const later = runScenario(parseScenario(setPath(base, 'costs.payAward', { '2024': 0.045, '2025': 0.045, '2026': 0.1 })), { seed: 3, years: 3 });
    const rows = (r: typeof plain, fy: number) => r.years.filter((y) => y.year === fy).map((y) => y.spend);
    expect(rows(later, 2024)).toEqual(rows(plain, 2024));
    expect(rows(later, 2025)).toEqual(rows(plain, 2025));
    expect(rows(later, 2026).reduce((a, b) => a + b, 0)).toBeGreaterThan(rows(plain, 2026).reduce((a, b) => a + b, 0));
  });
});
