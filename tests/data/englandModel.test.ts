/**
 * models/england-2023-24.json is what `npm run data:england` makes of the
 * published files in data/ (nothing typed in between), with the counts the
 * data give, and every one of its 42 ICBs runs on its own (1 year, seed 1,
 * summary only, through the engine API).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importEngland } from '../../src/data/importEngland.ts';
import { readPracticeRows } from '../../src/data/readPracticeRows.ts';
import { selectSystem } from '../../src/data/selectSystem.ts';
import { parseScenario, runScenario } from '../../src/engine/index.ts';

const root = new URL('../../', import.meta.url);
const read = (file: string) => ({ text: readFileSync(new URL(file, root), 'utf8'), file });
const MODEL = 'models/england-2023-24.json';
const PRACTICES = 'data/nhsx-aif/2023_2024.csv';
const model = read(MODEL);
const scenario = parseScenario(JSON.parse(model.text), MODEL);
const systems = scenario.systems!;

describe('models/england-2023-24.json', () => {
  it('is exactly what the importer makes of data/ (rerun npm run data:england after changing either)', () => {
    const { text } = importEngland({ practices: read(PRACTICES), councils: read('data/upper-tier-councils-2023.csv'), model });
    expect(text).toBe(model.text);
  });

  it('has the 42 ICBs by their published names, 153 councils, and the registered population of the file within 0.1%', () => {
    const rows = readPracticeRows(read(PRACTICES).text, PRACTICES);
    const published = [...new Set(rows.map((r) => r.icbName.replace(/^NHS /, '').replace(/ ICB$/, '')))].sort();
    expect(systems.map((s) => s.name).sort()).toEqual(published);
    expect(systems).toHaveLength(42);
    expect(new Set(systems.map((s) => s.region)).size).toBe(7);
    expect(new Set(systems.flatMap((s) => s.councils.map((c) => c.id))).size).toBe(153);
    expect(systems.reduce((t, s) => t + s.practices.length, 0)).toBe(rows.filter((r) => Math.round(r.registered) >= 100).length);
    const registered = systems.reduce((t, s) => t + s.places.reduce((u, p) => u + p.population, 0), 0);
    const inFile = rows.reduce((t, r) => t + r.registered, 0);
    expect(Math.abs(registered / inFile - 1)).toBeLessThan(0.001);
    expect(systems.every((s) => s.startOffset === 0)).toBe(true);
  });

  it('runs each of the 42 ICBs alone, with its own organisations only', () => {
    for (const s of systems) {
      const one = selectSystem(scenario, s.id, 1);
      const r = runScenario({ ...one, years: 1 }, { seed: 1, summaryOnly: true });
      const orgs = 1 + s.places.length + s.trusts.length + s.councils.length + s.practices.length;
      expect(r.meta.organisations, s.name).toBe(orgs);
      expect(r.summary.ledger.conserved, s.name).toBe(true);
      expect(r.summary.lastYear.trusts, s.name).toBe(s.trusts.length);
      expect(Object.keys(r.summary.lastYear.byRegion ?? {}), s.name).toEqual([s.region]);
    }
  });
});
