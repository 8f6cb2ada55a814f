/**
 * The England importer on a sample of the published file: 40 rows of
 * data/nhsx-aif/2023_2024.csv (Lancashire and South Cumbria, North East and
 * North Cumbria, Frimley, and one practice with a list under 100), cut
 * unchanged from the real file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEnglandSystems } from '../../src/data/buildEnglandSystems.ts';
import { councilLookup } from '../../src/data/councilLookup.ts';
import { DataError } from '../../src/data/DataError.ts';
import { readPracticeRows } from '../../src/data/readPracticeRows.ts';
import { importEngland } from '../../src/data/importEngland.ts';

const root = new URL('../../', import.meta.url);
const SAMPLE = 'tests/data/fixtures/aif-2023_2024-sample.csv';
const COUNCILS = 'data/upper-tier-councils-2023.csv';
const text = readFileSync(new URL(SAMPLE, root), 'utf8');
const lookup = councilLookup(readFileSync(new URL(COUNCILS, root), 'utf8'), COUNCILS);
const rows = readPracticeRows(text, SAMPLE);
const counts = { pcns: 10, trusts: { acute: 3, integrated: 1, mentalHealth: 3, community: 1 } };
const { systems, report } = buildEnglandSystems(rows, lookup, counts);
const byId = new Map(systems.map((s) => [s.id, s]));

describe('readPracticeRows', () => {
  it('reads every row with its codes, names and populations', () => {
    expect(rows).toHaveLength(40);
    expect(rows[0]).toMatchObject({ code: 'P81004', icbCode: 'QE1', icbName: 'NHS Lancashire and South Cumbria ICB', region: 'North West', ladCode: 'E06000009', utlaCode: 'E06000009' });
    expect(rows[0]!.registered).toBeCloseTo(283.68926, 4);
  });

  it('names the file, line and column of a value that is not a number', () => {
    const bad = text.replace('283.6892', 'n/a');
    expect(() => readPracticeRows(bad, 'x.csv')).toThrow(DataError);
    expect(() => readPracticeRows(bad, 'x.csv')).toThrow(/x\.csv: line 2, column "pop 2022\/23": expected a non-negative number, got "n\/a/);
  });

  it('names a missing column', () => {
    expect(() => readPracticeRows(text.replace('Final WP', 'Final'), 'x.csv')).toThrow(/x\.csv: missing column "Final WP"/);
  });
});

describe('councilLookup', () => {
  it('splits Cumbria by district into the councils of April 2023, names counties, and keeps unitaries as given', () => {
    const at = (code: string) => lookup(rows.find((r) => r.code === code)!);
    expect(at('A82012')).toEqual({ code: 'E06000063', name: 'Cumberland' });
    expect(at('A82007')).toEqual({ code: 'E06000064', name: 'Westmorland and Furness' });
    expect(at('A82004')).toEqual({ code: 'E06000064', name: 'Westmorland and Furness' });
    expect(at('P81002')).toEqual({ code: 'E10000017', name: 'Lancashire' });
    expect(at('P81016')).toEqual({ code: 'E06000009', name: 'Blackpool' });
  });

  it('refuses a county it has no name for, naming the table to add it to', () => {
    const row = { ...rows[4]!, ladCode: 'E07000999', utlaCode: 'E10000999' };
    expect(() => lookup(row)).toThrow(/practice P81002: no council for local authority E10000999.*data\/upper-tier-councils-2023\.csv/);
  });
});

describe('buildEnglandSystems', () => {
  it('makes one system per ICB, named as published, with its region, in order of region and name', () => {
    expect(systems.map((s) => [s.id, s.name, s.region])).toEqual([
      ['QHM', 'North East and North Cumbria', 'North East and Yorkshire'],
      ['QE1', 'Lancashire and South Cumbria', 'North West'],
      ['QNQ', 'Frimley', 'South East'],
    ]);
  });

  it('leaves out lists under 100 and keeps every other patient', () => {
    expect(report.dropped.map((d) => d.code)).toEqual(['P91032']);
    expect(report.practices).toBe(39);
    const kept = rows.filter((r) => r.code !== 'P91032');
    expect(report.registered).toBe(kept.reduce((t, r) => t + Math.round(r.registered), 0));
    expect(systems.flatMap((s) => s.practices ?? []).map((p) => p.id).sort()).toEqual(kept.map((r) => r.code).sort());
  });

  it('makes each ICB\u2019s part of a council a place, and moves a small boundary part to the nearest place of its ICB', () => {
    expect(byId.get('QE1')!.places.map((p) => p.name).sort()).toEqual(['Blackpool', 'Lancashire', 'Westmorland and Furness']);
    // Eden's one practice holds 2.6% of Westmorland and Furness here: it joins North East and North Cumbria's nearest place.
    expect(byId.get('QHM')!.places.map((p) => p.name).sort()).toEqual(['Cumberland', 'Stockton-on-Tees']);
    const eden = byId.get('QHM')!.practices!.find((p) => p.id === 'A82004')!;
    expect(byId.get('QHM')!.pcns.find((c) => c.id === eden.pcn)!.id).toMatch(/^E06000063-pcn/);
    expect(report.moved).toBe(1);
    expect(report).toMatchObject({ systems: 3, places: 8, councils: 8, councilOrgs: 8 });
  });

  it('gives each place its registered population and its need (weighted over registered population)', () => {
    const blackpool = byId.get('QE1')!.places.find((p) => p.name === 'Blackpool')!;
    const rs = rows.filter((r) => r.ladCode === 'E06000009');
    expect(blackpool.population).toBe(rs.reduce((t, r) => t + Math.round(r.registered), 0));
    const need = rs.reduce((t, r) => t + r.weighted, 0) / rs.reduce((t, r) => t + r.registered, 0);
    expect(blackpool.need).toBe(Math.round(need * 10_000) / 10_000);
    expect(blackpool.need).toBeGreaterThan(1.3);
  });

  it('shares the national trust counts by kind, with an acute and a mental health trust for every system, all labelled generated', () => {
    const trusts = systems.flatMap((s) => s.trusts);
    expect(trusts).toHaveLength(8);
    expect(report.trusts).toEqual({ acute: 3, integrated: 1, mentalHealth: 3, community: 1 });
    for (const s of systems) {
      expect(s.trusts.some((t) => t.kind === 'acute' || t.kind === 'integrated')).toBe(true);
      expect(s.trusts.some((t) => t.kind === 'mentalHealth')).toBe(true);
      for (const t of s.trusts) expect(t.name).toMatch(new RegExp(`^${s.id} (acute|integrated|mental health|community) \\d+ \\(generated\\)$`));
      const ids = new Set(s.trusts.map((t) => t.id));
      for (const p of s.places) for (const k of ['acute', 'community', 'mentalHealth'] as const) expect(ids.has(p[k])).toBe(true);
    }
  });

  it('groups each place\u2019s practices into generated PCNs, every practice in exactly one', () => {
    expect(report.pcns).toBe(systems.reduce((t, s) => t + s.pcns.length, 0));
    for (const s of systems) {
      const pcnIds = new Set(s.places.flatMap((p) => p.pcns));
      expect(pcnIds.size).toBe(s.pcns.length);
      for (const c of s.pcns) {
        expect(c.name).toMatch(/ PCN \d+ \(generated\)$/);
        expect(s.practices!.filter((p) => p.pcn === c.id)).toHaveLength(c.practiceCount!);
      }
    }
  });
});

describe('importEngland', () => {
  const practices = { text, file: SAMPLE };
  const councils = { text: readFileSync(new URL(COUNCILS, root), 'utf8'), file: COUNCILS };
  const base = { name: 'sample', startYear: 2023, years: 1, sources: ['kept'], allocation: { perHead: 1565 }, generate: { systems: 3 } };

  it('replaces the model\u2019s systems (or generate block), keeps its other fields, and says where the systems came from', () => {
    const { text: out } = importEngland({ practices, councils, counts, model: { text: JSON.stringify(base), file: 'm.json' } });
    const m = JSON.parse(out) as Record<string, unknown> & { systems: Array<{ name: string }>; sources: string[] };
    expect(m.generate).toBeUndefined();
    expect(m.allocation).toEqual({ perHead: 1565 });
    expect(m.systems.map((s) => s.name)).toEqual(['North East and North Cumbria', 'Lancashire and South Cumbria', 'Frimley']);
    expect(m.sources[0]).toBe('kept');
    expect(m.sources[1]).toMatch(/^Systems \(npm run data:england\): tests\/data\/fixtures\/aif-2023_2024-sample\.csv, .*3 ICBs, 39 of its 40 practices/);
    // A second import over its own output changes nothing.
    expect(importEngland({ practices, councils, counts, model: { text: out, file: 'm.json' } }).text).toBe(out);
  });

  it('refuses national counts that the ICBs’ places cannot hold, saying why', () => {
    expect(() => importEngland({ practices, councils, model: { text: JSON.stringify(base), file: 'm.json' } })).toThrow(
      new DataError('cannot share 148 acute and integrated trusts over 3 ICBs with 8 places (at least one an ICB, at most one a place)'),
    );
  });

  it('refuses a model file that is not a JSON object, naming it', () => {
    expect(() => importEngland({ practices, councils, model: { text: '[1]', file: 'm.json' } })).toThrow(/m\.json: not a model file: expected a JSON object/);
  });
});
