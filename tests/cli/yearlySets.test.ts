/**
 * Inputs by year on the command line (issue 21): `--set` of a whole series as
 * JSON, `--set` of one year (a number becomes a series from startYear with no
 * gap), `--vary` of one year, and messages that name the file, the field and
 * what is allowed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applySets, loadModel, parseSets } from '../../src/cli/loadModel.ts';
import { seriesForVary, setYear, yearPathOf } from '../../src/cli/yearlySets.ts';
import { cli, ROOT, tempDir } from '../sweep/helpers.ts';

const DEFAULT = join(ROOT, 'models', 'default.json');
const set = (...sets: string[]) => applySets({ startYear: 2024 }, parseSets(sets), 'm.json') as Record<string, Record<string, unknown>>;

describe('--set of an input by year', () => {
  it('takes a whole series as JSON', () => {
    const { scenario } = loadModel(DEFAULT, ['costs.payAward={"2024":0.05,"2025":0.06}']);
    expect(scenario.costs.payAward).toEqual({ 2024: 0.05, 2025: 0.06 });
  });

  it('turns one number into a series from startYear and fills the years between with the value before them', () => {
    expect(set('costs.payAward=0.045', 'costs.payAward.2025=0.06').costs!.payAward).toEqual({ 2024: 0.045, 2025: 0.06 });
    expect(set('costs.payAward=0.045', 'costs.payAward.2027=0.06').costs!.payAward).toEqual({ 2024: 0.045, 2025: 0.045, 2026: 0.045, 2027: 0.06 });
    // The bracket form names the same year.
    expect(set('costs.payAward=0.045', 'costs.payAward[2025]=0.06').costs!.payAward).toEqual({ 2024: 0.045, 2025: 0.06 });
    // A field not in the file starts from the schema's default (council funding growth: 0.03).
    expect(set('council.fundingGrowth.2026=0.01').council!.fundingGrowth).toEqual({ 2024: 0.03, 2025: 0.03, 2026: 0.01 });
    // Per-line demand growth too.
    expect((set('demand.growth.acute.2025=0.04').demand!.growth as Record<string, unknown>).acute).toEqual({ 2024: 0.025, 2025: 0.04 });
  });

  it('extends a series without a gap, and changes a year it has in place', () => {
    expect(set('costs.payAward={"2024":0.05,"2025":0.055}', 'costs.payAward.2027=0.03').costs!.payAward).toEqual({ 2024: 0.05, 2025: 0.055, 2026: 0.055, 2027: 0.03 });
    expect(set('costs.payAward={"2024":0.05,"2025":0.055}', 'costs.payAward.2024=0.04').costs!.payAward).toEqual({ 2024: 0.04, 2025: 0.055 });
  });

  it('starts at the scenario’s own startYear (or the schema’s default, 2024)', () => {
    const data = applySets({ startYear: 2030 }, parseSets(['allocation.growthRate.2031=0.01']), 'm.json') as { allocation: { growthRate: unknown } };
    expect(data.allocation.growthRate).toEqual({ 2030: 0.03, 2031: 0.01 });
    expect(setYear({}, { field: 'costs.inflation', year: 2025 }, 0.02)).toEqual({ costs: { inflation: { 2024: 0.025, 2025: 0.02 } } });
  });

  it('runs the scenario with the series it built (the engine reads the year’s value)', () => {
    const { scenario } = loadModel(DEFAULT, ['costs.payAward.2026=0.06', 'finance.support.share.2025=0.01']);
    expect(scenario.costs.payAward).toEqual({ 2024: 0.045, 2025: 0.045, 2026: 0.06 });
    expect(scenario.finance.support.share).toEqual({ 2024: 0, 2025: 0.01 });
  });

  it('names the file, the field and what is allowed when it cannot', () => {
    // (No model named: the label is the default model's, models/default.json.)
    expect(() => loadModel(undefined, ['costs.payAward.2020=0.06'])).toThrow(
      "models/default.json: --set costs.payAward.2020: year 2020 is outside the run: a series by year starts at the scenario's startYear 2024; give a year from 2024 to 2073",
    );
    expect(() => loadModel(undefined, ['costs.payAward.next=0.06'])).toThrow(/^models\/default\.json: --set costs\.payAward\.next: costs\.payAward takes one number or values by financial year; after "costs\.payAward\." give a year such as 2025/);
    expect(() => loadModel(undefined, ['costs.payAward="high"', 'costs.payAward.2025=0.06'])).toThrow(
      'models/default.json: --set costs.payAward.2025: costs.payAward holds the text "high"; it takes one number or values by financial year, e.g. {"2024": 0.05, "2025": 0.06}',
    );
    // The values themselves are the schema's to check, by field.
    expect(() => loadModel(undefined, ['costs.payAward.2025=0.9'])).toThrow(/^models\/default\.json: costs\.payAward\.2025: Too big: expected number to be <=0\.3/);
    expect(() => loadModel(undefined, ['costs.payAward={"2024":0.05,"2026":0.06}'])).toThrow('models/default.json: costs.payAward: the series has a gap: no value for 2025');
  });

  it('leaves every other path to setPath', () => {
    expect(yearPathOf('costs.payShare.acute')).toBeUndefined();
    expect(yearPathOf('systems[0].places[0].population')).toBeUndefined();
    expect(yearPathOf('costs.payAward')).toBeUndefined();
    expect(yearPathOf('costs.payAward.2025')).toEqual({ field: 'costs.payAward', year: 2025 });
  });
});

describe('icsim run and sweep with inputs by year', () => {
  it('runs with a whole series and with one year set, and the two agree', async () => {
    const dir = tempDir();
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    expect((await cli(['run', '--years', '2', '--set', 'costs.payAward={"2024":0.045,"2025":0.07}', '--out', a])).code).toBe(0);
    expect((await cli(['run', '--years', '2', '--set', 'costs.payAward.2025=0.07', '--out', b])).code).toBe(0);
    const ra = JSON.parse(readFileSync(a, 'utf8')) as { meta: { scenarioHash: string }; summary: unknown };
    const rb = JSON.parse(readFileSync(b, 'utf8')) as { meta: { scenarioHash: string }; summary: unknown };
    expect(rb.meta.scenarioHash).toBe(ra.meta.scenarioHash);
    expect(rb.summary).toEqual(ra.summary);
    const bad = await cli(['run', '--set', 'costs.payAward.1999=0.07']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/models\/default\.json: --set costs\.payAward\.1999: year 1999 is outside the run/);
  });

  it('--vary of one year makes the series it needs; a series as a --vary value is a list item', async () => {
    expect(seriesForVary({ startYear: 2024, costs: { payAward: 0.045 } }, ['costs.payAward.2026', 'costs.payAward.2025', 'years'])).toEqual({ startYear: 2024, costs: { payAward: { 2024: 0.045, 2025: 0.045, 2026: 0.045 } } });
    const dir = tempDir();
    const out = join(dir, 'y.ndjson');
    const r = await cli(['sweep', DEFAULT, '--years', '2', '--reps', '1', '--workers', '0', '--quiet', '--vary', 'costs.payAward.2025=0.03,0.07', '--out', out]);
    expect(r.code).toBe(0);
    const rows = readFileSync(out, 'utf8').trim().split('\n').slice(1).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((row) => row['costs.payAward.2025'])).toEqual([0.03, 0.07]);
    const bad = await cli(['sweep', DEFAULT, '--vary', 'costs.payAward.2019=0.03,0.07', '--out', join(dir, 'bad.ndjson')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/models\/default\.json: --vary costs\.payAward\.2019: year 2019 is outside the run/);
  });

  it('a model file holding a series takes --set of a later year', () => {
    const dir = tempDir();
    const model = join(dir, 'series.json');
    const raw = JSON.parse(readFileSync(DEFAULT, 'utf8')) as { costs?: Record<string, unknown> };
    raw.costs = { ...raw.costs, payAward: { 2024: 0.05, 2025: 0.055 } };
    writeFileSync(model, JSON.stringify(raw));
    expect(loadModel(model, ['costs.payAward.2027=0.02']).scenario.costs.payAward).toEqual({ 2024: 0.05, 2025: 0.055, 2026: 0.055, 2027: 0.02 });
  });
});
