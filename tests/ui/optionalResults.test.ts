import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario, type RunResult } from '../../src/engine/index.ts';
import { cellText, decisions, extraTables, gpInfluence, participation, power, toNamedSeries } from '../../src/ui/optionalResults.ts';
import { meanCI, numericLeaves, tQuantile975 } from '../../src/ui/stats.ts';
import { replicationSeeds } from '../../src/ui/compareView.ts';

const raw = JSON.parse(readFileSync(new URL('../../models/default.json', import.meta.url), 'utf8'));
const base = runScenario(parseScenario(raw), { seed: 1, years: 2 });

describe('optional result fields', () => {
  it('are absent from a result without governance', () => {
    const r = {
      meta: base.meta,
      summary: { outcomes: base.summary.outcomes, lastYear: base.summary.lastYear },
      organisations: [],
      years: [],
      series: { month: base.series.month, bedsOccupied: [], delayedDischarges: [], balances: [] },
    } as unknown as RunResult;
    expect(decisions(r)).toBeNull();
    expect(gpInfluence(r)).toBeNull();
    expect(participation(r)).toBeNull();
    expect(power(r)).toBeNull();
  });

  it('are read from the engine\'s result when it has them', () => {
    const inf = gpInfluence(base);
    if (inf) {
      expect(inf.labels).toEqual(['2024/25', '2025/26']);
      expect(inf.series[0]!.name).toBe('Overall');
    }
    const p = participation(base);
    if (p) expect(p.series.every((s) => s.values.length === 24)).toBe(true);
  });

  it('are read from plausible shapes when present', () => {
    const r = {
      meta: base.meta,
      summary: base.summary.outcomes,
      series: { month: base.series.month, gpInfluence: [0.2, 0.3], cohesion: { north: [0.5, 0.6] } },
      attendance: [{ fy: '2024/25', pcnCds: 0.7, lmc: 0.9 }, { fy: '2025/26', pcnCds: 0.6, lmc: 0.8 }],
      decisions: [
        { board: 'icb', month: 0, fy: '2024/25', rule: 'consensus', members: ['a', 'b'], adopted: { acute: 0.5 }, gpInfluence: 0.1 },
        { board: 'place', month: 12, fy: '2025/26', rule: 'majority', gpInfluence: 0.4 },
      ],
      loans: [{ from: 'grey', to: 'blue', amount: 1e6 }],
    } as unknown as RunResult;
    // GP influence is read from the summary's yearly table only (no guessing at shapes).
    expect(gpInfluence(r)!.series.map((x) => x.name)).toEqual(['icb', 'place']);
    const p = participation(r)!;
    expect(p.labels).toEqual(['2024/25', '2025/26']);
    expect(p.series.map((s) => s.name)).toEqual(['pcnCds', 'lmc', 'north']);
    expect(decisions(r)).toHaveLength(2);
    expect(extraTables(r).map((t) => t.name)).toEqual(['loans']);
    expect(toNamedSeries([{ place: 'north', values: [1, 2] }], 'x').series).toEqual([{ name: 'north', values: [1, 2] }]);
    expect(cellText({ acute: 0.512345, community: 0.1 })).toBe('acute 0.512, community 0.1');
    expect(cellText([{ name: 'icb' }, { name: 'lmc' }])).toBe('icb, lmc');
  });
});

describe('comparison statistics', () => {
  it('t quantiles match tables', () => {
    expect(tQuantile975(4)).toBeCloseTo(2.776, 2);
    expect(tQuantile975(9)).toBeCloseTo(2.262, 3);
    expect(tQuantile975(29)).toBeCloseTo(2.045, 3);
  });

  it('mean and 95% interval', () => {
    const ci = meanCI([1, 2, 3, 4, 5]);
    expect(ci.mean).toBe(3);
    expect(ci.upper - ci.mean).toBeCloseTo((2.776 * Math.sqrt(2.5)) / Math.sqrt(5), 2);
    expect(meanCI([7])).toEqual({ mean: 7, lower: NaN, upper: NaN, n: 1 });
    expect(numericLeaves({ a: 1, b: { c: 2, d: 'x', e: [1] } })).toEqual([['a', 1], ['b.c', 2]]);
  });

  it('replication seeds are shared across options', () => {
    expect(replicationSeeds(5, 3)).toEqual([5, 6, 7]);
    expect(replicationSeeds('north', 2)).toEqual(['north-0', 'north-1']);
  });
});

describe('t quantile beyond the table', () => {
  it('continues smoothly', () => {
    expect(tQuantile975(40)).toBeCloseTo(2.0211, 3);
    expect(tQuantile975(120)).toBeCloseTo(1.9799, 3);
  });
});

describe('decision log cells', () => {
  it('summarise members, votes and allocations by line', async () => {
    const { decisionCell } = await import('../../src/ui/tables.ts').catch(() => ({ decisionCell: null }));
    // tables.ts builds DOM elements only when called; decisionCell is pure.
    if (!decisionCell) return;
    expect(decisionCell('members', [{ id: 'a', present: true }, { id: 'b', present: false }])).toBe('1 of 2 present: a');
    expect(decisionCell('votes', [{ member: 'a', vote: 'yes' }, { member: 'b', vote: 'no' }, { member: 'c', vote: 'yes' }])).toBe('yes 2, no 1');
    expect(decisionCell('adopted', [50, 10, 10, 10, 10, 5, 5])).toBe('acute 50.0%, community 10.0%, mentalHealth 10.0%, primaryCare 10.0%, prescribing 10.0%, socialCare 5.0%, prevention 5.0%');
  });
});
