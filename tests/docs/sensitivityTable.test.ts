/**
 * docs/SENSITIVITY.md checked against the code (issue 23: documentation
 * checked from the code): the table of plausible ranges is
 * `PLAUSIBLE_RANGES` (src/sweep/parameterSpace.ts) row for row, every row
 * names a numeric field of the scenario schema whose bounds hold the range
 * and whose default lies inside it, and the counts the text quotes (the
 * documented ranges, the governance parameters of models/default.json, the
 * parameters, points and runs of the measured Morris screen and Sobol'
 * analyses) are the code's. The measured indices themselves need the runs
 * (about half an hour), so they are not recomputed here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { numericFields, parameterGroup, PLAUSIBLE_RANGES } from '../../src/sweep/parameterSpace.ts';
import { schemaDefault } from '../helpers/schemaWalk.ts';


const text = readFileSync(new URL('../../docs/SENSITIVITY.md', import.meta.url), 'utf8');
const defaultModel: unknown = JSON.parse(readFileSync(new URL('../../models/default.json', import.meta.url), 'utf8'));

/** Rows of the plausible-range table: `| \`path\` | lo to hi | why |`. */
function tableRows(): Array<{ path: string; lo: number; hi: number; why: string }> {
  return [...text.matchAll(/^\| `([^`]+)` \| (-?[\d.]+) to (-?[\d.]+) \| (.+) \|$/gm)].map((m) => ({
    path: m[1]!,
    lo: Number(m[2]),
    hi: Number(m[3]),
    why: m[4]!.trim(),
  }));
}

describe('docs/SENSITIVITY.md against the code', () => {
  const rows = tableRows();
  const fields = numericFields();

  it('lists every documented plausible range of the code, with its bounds and reason, and no other', () => {
    expect(rows.length).toBeGreaterThan(0);
    const documented = Object.entries(PLAUSIBLE_RANGES).map(([path, r]) => ({ path, lo: r.lo, hi: r.hi, why: r.why }));
    expect(rows).toEqual(documented);
  });

  it('names in each row a numeric field of the schema whose bounds hold the range and whose default lies in it', () => {
    const wrong: string[] = [];
    for (const r of rows) {
      const f = fields.find((x) => x.path === r.path);
      if (!f) {
        wrong.push(`${r.path}: not a numeric field of the schema`);
        continue;
      }
      if (r.lo < f.min || r.hi > f.max || !(r.lo < r.hi)) wrong.push(`${r.path}: ${r.lo} to ${r.hi} outside the schema's ${f.min} to ${f.max}`);
      const def = Number(schemaDefault(r.path));
      if (!(def >= r.lo && def <= r.hi)) wrong.push(`${r.path}: default ${def} outside ${r.lo} to ${r.hi}`);
    }
    expect(wrong).toEqual([]);
  });

  it('quotes ranges given by hand (--param, the Sobol\u2019 box) within the schema\u2019s bounds', () => {
    const quoted = [
      ...[...text.matchAll(/--param ([a-z][\w.]+)=(-?[\d.]+):(-?[\d.]+)/g)].map((m) => [m[1]!, m[2]!, m[3]!]),
      ...[...text.matchAll(/`([a-z][\w.]+)` (-?[\d.]+)-(-?[\d.]+)/g)].map((m) => [m[1]!, m[2]!, m[3]!]),
    ];
    expect(quoted.length).toBeGreaterThanOrEqual(7);
    const wrong = quoted.filter(([path, lo, hi]) => {
      const f = fields.find((x) => x.path === path);
      return !f || Number(lo) < f.min || Number(hi) > f.max || !(Number(lo) < Number(hi));
    });
    expect(wrong).toEqual([]);
  });

  it('quotes the number of documented ranges and of governance parameters in models/default.json as the code gives them', () => {
    const documentedCount = Number(text.match(/by default the (\d+) with a documented range/)![1]);
    expect(documentedCount).toBe(Object.keys(PLAUSIBLE_RANGES).length);
    const governance = parameterGroup(defaultModel, ['governance'], 'models/default.json').length;
    const stated = [...text.matchAll(/(\d+) in models\/default\.json|in (\d+) dimensions/g)].map((m) => Number(m[1] ?? m[2]));
    expect(stated.length).toBe(2);
    expect(stated).toEqual(stated.map(() => governance));
  });

  describe('the measured runs ("What drives the default model")', () => {
    const section = text.slice(text.indexOf('## What drives the default model')).split(/\n## /)[0]!.replace(/\s+/g, ' ');
    const num = (s: string): number => Number(s.replace(/,/g, ''));
    const WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
    const years = (defaultModel as { years: number }).years;

    it('quotes the Morris screen of every parameter with the parameters, points and runs the code gives', () => {
      const m = section.match(/--group all --trajectories (\d+) --reps (\d+)[^`]*`: ([\d,]+) parameters, ([\d,]+) points, ([\d,]+) (\w+)-year runs/);
      expect(m, 'the sentence quoting the Morris screen').not.toBeNull();
      const [t, reps, k, points, runs] = [m![1]!, m![2]!, m![3]!, m![4]!, m![5]!].map(num) as [number, number, number, number, number];
      expect(k).toBe(parameterGroup(defaultModel, ['all'], 'models/default.json').length);
      expect(points).toBe(t * (k + 1));
      expect(runs).toBe(points * reps);
      expect(m![6]).toBe(WORDS[years]);
    });

    it("quotes each Sobol' analysis's runs as n × (parameters + 2) × replications", () => {
      const runs = [...section.matchAll(/n = (\d+), (\d+) replications[^)]*?: ([\d,]+) runs; ranges ([^)]*)\)/g)];
      expect(runs.length, "the three Sobol\u2019 analyses quoted").toBe(3);
      for (const r of runs) {
        const k = [...r[4]!.matchAll(/`[a-z][\w.]+` -?[\d.]+-[\d.]+/g)].length;
        expect(k, r[0]).toBeGreaterThan(0);
        expect(num(r[3]!), r[0]).toBe(num(r[1]!) * (k + 2) * num(r[2]!));
      }
    });
  });
});
