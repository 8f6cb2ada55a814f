/**
 * Order that carries no meaning changes nothing (issue 25; docs/ODD.md §4,
 * "Order"): every list of cumbria.json and default.json reversed in turn (and
 * the systems of a three-system copy of default.json), same seed, gives the
 * same outcome counts and every organisation-year's income, spend and result
 * within £1, matched by id. Before draws were keyed by entity and choices made
 * by stated rules, reversing cumbria's places moved £1.3m and its trusts £6m.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario, type RunResult } from '../../src/engine/index.ts';
import { reorder, REORDERED_LISTS } from '../../src/fuzz/metamorphic.ts';
import { rawModel } from '../helpers/models.ts';

/** The largest difference in any organisation-year's money, and the organisation-years whose outcome differs. */
function difference(a: RunResult, b: RunResult): { pounds: number; outcomes: string[]; rows: number } {
  const byId = new Map(b.years.map((y) => [`${y.org} ${y.fy}`, y]));
  let pounds = 0;
  const outcomes: string[] = [];
  for (const x of a.years) {
    const y = byId.get(`${x.org} ${x.fy}`);
    if (!y) {
      outcomes.push(`${x.org} ${x.fy} missing`);
      continue;
    }
    pounds = Math.max(pounds, Math.abs(x.income - y.income), Math.abs(x.spend - y.spend), Math.abs(x.result - y.result));
    if (x.outcome !== y.outcome) outcomes.push(`${x.org} ${x.fy}: ${x.outcome} vs ${y.outcome}`);
  }
  return { pounds, outcomes, rows: b.years.length };
}

const run = (raw: Record<string, unknown>, name: string) => runScenario(parseScenario(raw, name), { seed: 11 });

/** Each list of the scenario that has two or more entries, reversed, against the scenario as written. */
function checkEveryList(raw: Record<string, unknown>, name: string, lists: readonly (typeof REORDERED_LISTS)[number][]): void {
  const base = run(raw, name);
  for (const list of lists) {
    const reversed = reorder(raw, list);
    expect(reversed, `${name}: ${list} has two or more entries`).toBeDefined();
    const other = run(reversed!, name);
    const d = difference(base, other);
    expect(d.rows, `${name} ${list}: organisation-years`).toBe(base.years.length);
    expect(d.outcomes, `${name} ${list}: outcomes`).toEqual([]);
    expect(d.pounds, `${name} ${list}: largest difference in money (£)`).toBeLessThanOrEqual(1);
    expect(other.summary.outcomes, `${name} ${list}: outcome counts`).toEqual(base.summary.outcomes);
  }
}

describe('reordering lists that carry no meaning', () => {
  it('the comparison finds money that moves: two trusts given each other\'s start positions differ by far more than £1', () => {
    const raw = { ...rawModel('default'), years: 1 } as unknown as Record<string, unknown> & { systems: Array<{ trusts: Array<{ start?: number }> }> };
    const swapped = structuredClone(raw);
    raw.systems[0]!.trusts[0]!.start = -0.05;
    raw.systems[0]!.trusts[1]!.start = 0.02;
    swapped.systems[0]!.trusts[0]!.start = 0.02;
    swapped.systems[0]!.trusts[1]!.start = -0.05;
    expect(difference(run(raw, 'default'), run(swapped, 'default')).pounds).toBeGreaterThan(1000);
  });

  it('cumbria.json: places, PCNs, trusts and each place PCN list reversed change no count and no money beyond £1', () => {
    checkEveryList({ ...rawModel('cumbria'), years: 4 }, 'cumbria', ['places', 'pcns', 'trusts', 'placePcns']);
  }, 120_000);

  it('default.json: places, PCNs, trusts, councils and each place PCN list reversed change no count and no money beyond £1', () => {
    checkEveryList({ ...rawModel('default'), years: 4 }, 'default', ['places', 'pcns', 'trusts', 'councils', 'placePcns']);
  }, 120_000);

  it('three systems (default.json three times, populations scaled) reversed change no count and no money beyond £1', () => {
    const raw = { ...rawModel('default'), years: 2 } as unknown as Record<string, unknown> & { systems: Array<Record<string, unknown> & { places: Array<{ population: number }> }> };
    const s0 = raw.systems[0]!;
    const copy = (id: string, k: number) => {
      const s = structuredClone(s0);
      s.id = id;
      s.name = id;
      for (const p of s.places) p.population = Math.round(p.population * k);
      return s;
    };
    raw.systems = [s0, copy('second', 1.3), copy('third', 0.7)];
    checkEveryList(raw, 'three systems', ['systems', 'places']);
  }, 120_000);
});
