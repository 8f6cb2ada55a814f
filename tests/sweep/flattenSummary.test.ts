/** A summary as flat metric columns (src/sweep/flattenSummary.ts): every registry metric's number, in the summary's order, the same on every call. */
import { describe, expect, it } from 'vitest';
import { findMetric, runScenario } from '../../src/engine/index.ts';
import { flattenSummary } from '../../src/sweep/flattenSummary.ts';
import { model } from '../helpers/models.ts';

/** The same flattening without the remembered answers: the registry asked every time. */
function reference(summary: unknown, prefix = '', out: Record<string, number> = {}): Record<string, number> {
  if (typeof summary !== 'object' || summary === null || Array.isArray(summary)) return out;
  for (const [key, value] of Object.entries(summary)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) reference(value, name, out);
    else if ((typeof value === 'number' || typeof value === 'boolean') && findMetric(name)) out[name] = typeof value === 'number' ? value : value ? 1 : 0;
  }
  return out;
}

describe('flattenSummary', () => {
  it('gives the registry metrics of a summary, in its order, on the first call and on every later one', () => {
    const a = runScenario(model('default', { years: 2 }), { seed: 3 }).summary;
    const b = runScenario(model('cumbria', { years: 2 }), { seed: 4 }).summary;
    for (const s of [a, b, a, b]) {
      const flat = flattenSummary(s);
      expect(Object.entries(flat)).toEqual(Object.entries(reference(s)));
      expect(Object.keys(flat).length).toBeGreaterThan(50);
    }
  });

  it('leaves out text, nulls and paths the registry does not define, and turns booleans into 0 or 1', () => {
    expect(flattenSummary({ gpInfluence: 0.25, gpInfluenceOverHalf: true, nope: 3, scenario: 'x', outcomes: null, gpSuccess: false })).toEqual({ gpInfluence: 0.25, gpInfluenceOverHalf: 1, gpSuccess: 0 });
  });
});
