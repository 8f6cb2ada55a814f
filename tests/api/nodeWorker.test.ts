import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimApi, unpackBatch } from '../../src/api/index.ts';
import { spawnNodeWorker, type NodeSimWorker } from '../../src/api/spawnNodeWorker.ts';
import { parseScenario, runScenario } from '../../src/engine/index.ts';

const raw = JSON.parse(readFileSync(new URL('../../models/default.json', import.meta.url), 'utf8')) as unknown;

describe('Node worker (comlink over worker_threads)', () => {
  let w: NodeSimWorker;
  beforeAll(() => {
    w = spawnNodeWorker();
  });
  afterAll(async () => {
    await w.close();
  });

  it('returns the same summary as a direct in-process run', async () => {
    const direct = runScenario(parseScenario(raw), { seed: 7, years: 2 });
    const remote = await w.api.run(raw, { seed: 7, years: 2 });
    expect(JSON.stringify(remote.summary)).toBe(JSON.stringify(direct.summary));
  });

  it('streams the same months as the full run, in transferred batches', async () => {
    const info = await w.api.start(raw, { seed: 3, years: 1 });
    expect(info.ok).toBe(true);
    const months = [];
    for (;;) {
      const b = await w.api.next(5);
      expect(b.scalars).toBeInstanceOf(Float64Array);
      months.push(...unpackBatch(b));
      if (b.done) break;
    }
    const direct = runScenario(parseScenario(raw), { seed: 3, years: 1 });
    expect(months.map((m) => m.delayedDischarges)).toEqual(direct.series.delayedDischarges);
    expect(months.map((m) => m.balances[0])).toEqual(direct.series.balances[0]!.values);
    const remote = await w.api.result();
    expect(JSON.stringify(remote!.summary)).toBe(JSON.stringify(direct.summary));
  });

  it('reports invalid scenarios with the field path', async () => {
    const v = await w.api.validate(raw, { years: 0 });
    expect(v.ok).toBe(false);
    expect(v.issues[0]!.path).toBe('years');
    await expect(w.api.run(raw, { overrides: { 'acute.lengthOfStayDays': -1 } })).rejects.toThrow(/acute\.lengthOfStayDays/);
  });
});

describe('in-process API', () => {
  it('resets a run to month 0 with the same inputs', () => {
    const api = createSimApi();
    const a = api.start(raw, { seed: 1, years: 1 });
    expect(a.ok).toBe(true);
    const first = unpackBatch(api.next(3));
    api.next(20);
    expect(api.month()).toBe(12);
    api.reset();
    expect(api.month()).toBe(0);
    expect(unpackBatch(api.next(3))).toEqual(first);
  });

  it('replicates across seeds with common random numbers', () => {
    const api = createSimApi();
    const d = api.replicate(raw, { seeds: [1, 2], years: 1 });
    expect(d).toHaveLength(2);
    expect(d[0]!.monthly.delayedDischarges).toHaveLength(12);
    expect(JSON.stringify(d[0]!.summary)).toBe(JSON.stringify(api.run(raw, { seed: 1, years: 1 }).summary));
  });

  it('gives the result as a head and slices of its row arrays that put together are the result, keys in order', () => {
    const api = createSimApi();
    expect(api.resultHead()).toBeNull();
    expect(() => api.resultRows(1, 'years', 0, 10)).toThrow(/resultHead/);
    api.start(raw, { seed: 2, years: 2 });
    api.next(30);
    const whole = api.result()!;
    const got = api.resultHead()!;
    expect(got.head.years).toEqual([]);
    expect(got.head.organisations).toEqual([]);
    expect(got.rows).toEqual({ years: whole.years.length, organisations: whole.organisations.length });
    // Slices of 7 rows (not a divisor of either count), as the page reads them.
    const read = (key: 'years' | 'organisations') => {
      const out: unknown[] = [];
      for (let from = 0; from < got.rows[key]; from += 7) out.push(...api.resultRows(got.read, key, from, from + 7));
      return out;
    };
    got.head.years = read('years') as typeof whole.years;
    got.head.organisations = read('organisations') as typeof whole.organisations;
    expect(whole.years.length).toBeGreaterThan(7);
    expect(JSON.stringify(got.head)).toBe(JSON.stringify(whole));
    // A second read overtakes the first: the first's remaining slices are refused, not mixed with the second's rows.
    api.next(6);
    const again = api.resultHead()!;
    expect(again.read).toBe(got.read + 1);
    expect(() => api.resultRows(got.read, 'years', 0, 7)).toThrow(/overtaken/);
    expect(api.resultRows(again.read, 'years', 0, again.rows.years)).toEqual(api.result()!.years);
  });

  it('accepts scenarios carrying variants', () => {
    const api = createSimApi();
    const withVariants = { ...(raw as object), variants: { slow: { 'council.acceptanceDays': 30 } } };
    expect(api.validate(withVariants).ok).toBe(true);
  });
});
