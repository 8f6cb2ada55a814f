/**
 * Inputs by year on the page (issue 21): their controls are `yearly`, a
 * series is described and edited year by year and becomes one number only
 * when asked, and a link keeps the series.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { KEY_PARAMETERS, parseScenario, scenarioSchema } from '../../src/engine/index.ts';
import { YEARLY_PATHS } from '../../src/engine/scenarioSchema.ts';
import { controlSpec, formatControlValue, hintOf, parseControlValue, type SchemaNode } from '../../src/ui/controlSpecs.ts';
import { applySets, decodeScenario, diffToSets, encodeScenario } from '../../src/ui/urlState.ts';
import { addYear, describeSeries, formatRate, oneNumber, removeLastYear, seriesYears, startYearOf, toSeries, withYear } from '../../src/ui/yearlyControl.ts';

const root = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }) as SchemaNode;
const committed = JSON.parse(readFileSync(new URL('../../models/scenario.schema.json', import.meta.url), 'utf8')) as SchemaNode;
const base = JSON.parse(readFileSync(new URL('../../models/default.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('the control of an input by year', () => {
  it('is a yearly control, with the number’s range and the first year, for every yearly key parameter', () => {
    const keyed = KEY_PARAMETERS.filter((p) => YEARLY_PATHS.includes(p));
    expect(keyed).toEqual(expect.arrayContaining(['allocation.growthRate', 'costs.payAward', 'income.efficiencyFactor', 'council.fundingGrowth', 'finance.support.share']));
    for (const schema of [root, committed]) {
      for (const p of keyed) expect(controlSpec(schema, p), p).toMatchObject({ kind: 'yearly', known: true, startYear: 2024 });
      expect(controlSpec(schema, 'costs.payAward')).toMatchObject({ min: -0.05, max: 0.3, default: 0.045, label: 'Pay award per year' });
    }
    // Other numbers are not yearly.
    expect(controlSpec(root, 'council.acceptanceDays').kind).toBe('number');
    expect(hintOf(controlSpec(root, 'costs.payAward'))).toMatch(/values by financial year .*; from -0\.05 to 0\.3; default 0\.045/);
  });

  it('reads one number, or a series written as JSON (the comparison view’s setting)', () => {
    const spec = controlSpec(root, 'costs.payAward');
    expect(parseControlValue(spec, '0.05')).toBe(0.05);
    expect(parseControlValue(spec, '{"2024": 0.05, "2025": 0.06}')).toEqual({ 2024: 0.05, 2025: 0.06 });
    expect(parseControlValue(spec, '')).toBeUndefined();
    expect(parseControlValue(spec, 'lots')).toBe('lots');
    expect(formatControlValue(spec, 0.05)).toBe('0.05');
    expect(formatControlValue(spec, { 2024: 0.05 })).toBe('{"2024":0.05}');
  });
});

describe('a series by year as the page shows and edits it', () => {
  const s = { 2024: 0.05, 2025: 0.055 };

  it('describes it in a sentence, by financial year, with the value that holds after', () => {
    expect(describeSeries(s)).toBe('2024/25: 5.0%, 2025/26: 5.5%, then 5.5%');
    expect(describeSeries({ 2025: 0.0525, 2024: -0.01 })).toBe('2024/25: -1.0%, 2025/26: 5.25%, then 5.25%');
    expect(describeSeries({})).toBe('no years given');
    // Whatever is wrong is shown as written (the schema names the problem beside the control).
    expect(describeSeries({ 2024: 'high', next: 0.1 })).toBe('2024/25: "high", "next": 10.0%, then "high"');
    expect(formatRate(0)).toBe('0.0%');
    expect(formatRate(0.045)).toBe('4.5%');
  });

  it('turns one number into a series only when asked, and back into one number only when asked', () => {
    expect(toSeries(0.045, 2024)).toEqual({ 2024: 0.045, 2025: 0.045 });
    expect(oneNumber({ 2025: 0.06, 2024: 0.05 })).toBe(0.05);
  });

  it('adds a year holding the last value, removes the last year (keeping one), and sets one year', () => {
    expect(addYear(s, 2024, 0.045)).toEqual({ 2024: 0.05, 2025: 0.055, 2026: 0.055 });
    expect(addYear({}, 2030, 0.045)).toEqual({ 2030: 0.045 });
    expect(removeLastYear(s)).toEqual({ 2024: 0.05 });
    expect(removeLastYear({ 2024: 0.05 })).toEqual({ 2024: 0.05 });
    expect(withYear(s, 2025, 0.07)).toEqual({ 2024: 0.05, 2025: 0.07 });
    expect(s).toEqual({ 2024: 0.05, 2025: 0.055 });
    expect(seriesYears({ 2025: 1, 2024: 2, x: 3 })).toEqual([[2024, 2], [2025, 1]]);
  });

  it('every edit keeps a valid series valid (the engine accepts it)', () => {
    let v: Record<string, unknown> = toSeries(0.045, 2024);
    v = withYear(addYear(addYear(v, 2024, 0), 2024, 0), 2027, 0.02);
    v = removeLastYear(addYear(v, 2024, 0));
    const scenario = parseScenario({ ...base, costs: { payAward: v } }, 'test');
    expect(scenario.costs.payAward).toEqual({ 2024: 0.045, 2025: 0.045, 2026: 0.045, 2027: 0.02 });
  });

  it('starts at the scenario’s startYear, or the schema’s default', () => {
    expect(startYearOf({ startYear: 2030 }, 2024)).toBe(2030);
    expect(startYearOf({ startYear: '2030' }, 2024)).toBe(2024);
    expect(startYearOf(null, 2024)).toBe(2024);
  });
});

describe('a link to a scenario holding a series', () => {
  it('keeps a series set on a model whose value is one number (or the default)', () => {
    const edited = applySets(base, [['costs', { payAward: { 2024: 0.05, 2025: 0.06 } }]]);
    const q = encodeScenario('default', base, edited);
    expect(decodeURIComponent(q)).toContain('set=costs={"payAward":{"2024":0.05,"2025":0.06}}');
    const req = decodeScenario(q);
    expect(req.kind === 'model' && applySets(base, req.sets)).toEqual(edited);
  });

  it('names one changed year of a series as its own set path, and reads it back', () => {
    const model = { ...base, costs: { payAward: { 2024: 0.05, 2025: 0.055 } } };
    const edited = applySets(model, [['costs.payAward', { 2024: 0.05, 2025: 0.07, 2026: 0.03 }]]);
    expect(diffToSets(model, edited)).toEqual([
      ['costs.payAward.2025', 0.07],
      ['costs.payAward.2026', 0.03],
    ]);
    const req = decodeScenario(encodeScenario('default', model, edited));
    expect(req.kind).toBe('model');
    expect(req.kind === 'model' && applySets(model, req.sets)).toEqual(edited);
    // Replaced by one number, and back.
    const one = applySets(edited, [['costs.payAward', 0.05]]);
    const back = decodeScenario(encodeScenario('default', model, one));
    expect(back.kind === 'model' && applySets(model, back.sets)).toEqual(one);
    // A year removed cannot be said as a set path: the link carries the whole scenario.
    const fewer = applySets(model, [['costs.payAward', { 2024: 0.05 }]]);
    const whole = decodeScenario(encodeScenario('default', model, fewer));
    expect(whole.kind === 'scenario' && JSON.parse(whole.text)).toEqual(fewer);
  });
});
