/**
 * Inputs by year in sweeps (issue 21): a series as a --vary value or a --set
 * override is written faithfully in rows (a quoted JSON cell in CSV, an
 * object in NDJSON), the sweep header, summaries, figures and provenance,
 * never as "[object Object]" or NaN; `--vary path=a,b` of a number still works.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { provenanceOf } from '../../src/export/provenance.ts';
import { readInput } from '../../src/export/readInput.ts';
import { parseHeaderLine, parseVary, splitCsv, summariseSweep } from '../../src/sweep/index.ts';
import { cli, ROOT, tempDir } from './helpers.ts';

const DEFAULT = join(ROOT, 'models', 'default.json');
const SERIES = '{"2024":0.05,"2025":0.06}';
const FUNDING = 'council.fundingGrowth={"2024":0.02,"2025":0.04}';
// One year: at the time of writing, a CSV sweep of the default model over more years stops when a
// later run reports a decision rule the first did not (column decisionsByRule.majority), which is not
// what this file tests. The series is written the same whatever the years.
const args = ['--years', '1', '--reps', '2', '--workers', '0', '--quiet', '--vary', `costs.payAward=0.03,${SERIES}`, '--set', FUNDING];

describe('--vary values that are series by year', () => {
  it('reads a series as one item of a list, and ranges and plain lists as before', () => {
    expect(parseVary(`costs.payAward=0.03,${SERIES}`)).toEqual({ path: 'costs.payAward', kind: 'list', values: [0.03, { 2024: 0.05, 2025: 0.06 }] });
    expect(parseVary('costs.payAward=0.03,0.07')).toEqual({ path: 'costs.payAward', kind: 'list', values: [0.03, 0.07] });
    expect(parseVary('costs.payAward=0.03:0.07:0.02')).toEqual({ path: 'costs.payAward', kind: 'range', lo: 0.03, hi: 0.07, step: 0.02 });
    expect(() => parseVary('costs.payAward=0.03:x')).toThrow(/malformed range/);
  });
});

describe('a sweep over a series by year', () => {
  let dir: string;
  let csv: string;
  let ndjson: string;
  beforeAll(async () => {
    dir = tempDir();
    csv = join(dir, 'series.csv');
    ndjson = join(dir, 'series.ndjson');
    expect((await cli(['sweep', DEFAULT, ...args, '--out', csv])).code).toBe(0);
    expect((await cli(['sweep', DEFAULT, ...args, '--out', ndjson])).code).toBe(0);
  });

  it('writes the series in CSV rows as one quoted JSON cell', () => {
    const text = readFileSync(csv, 'utf8');
    expect(text).not.toMatch(/object Object|NaN/);
    const lines = text.trim().split('\n');
    const columns = splitCsv(lines[1]!);
    const at = columns.indexOf('costs.payAward');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(2).map((l) => splitCsv(l)[at])).toEqual(['0.03', SERIES, '0.03', SERIES]);
    expect(text).toContain(`,"${SERIES.replace(/"/g, '""')}",`);
  });

  it('writes the series in NDJSON rows as the object, and the --set overrides in the header', () => {
    const lines = readFileSync(ndjson, 'utf8').trim().split('\n');
    const header = parseHeaderLine(lines[0]!, 'ndjson')!;
    expect(header.sets).toEqual([FUNDING, 'years=1']);
    expect(header.vary).toEqual([`costs.payAward=0.03,${SERIES}`]);
    expect(lines.slice(1).map((l) => (JSON.parse(l) as Record<string, unknown>)['costs.payAward'])).toEqual([0.03, { 2024: 0.05, 2025: 0.06 }, 0.03, { 2024: 0.05, 2025: 0.06 }]);
    expect(parseHeaderLine(readFileSync(csv, 'utf8').split('\n')[0]!, 'csv')!.sets).toEqual([FUNDING, 'years=1']);
  });

  it('groups a summary by the series as its JSON text, from either format', async () => {
    for (const file of [csv, ndjson]) {
      const s = summariseSweep(file, { metrics: ['gpInfluence'] });
      expect(s.lines.map((l) => l.group)).toEqual([[0.03], [SERIES]]);
    }
    const r = await cli(['summarise', ndjson, '--metric', 'gpInfluence']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`with --set ${FUNDING}`);
    expect(r.stdout).toContain(SERIES);
    expect(r.stdout).not.toMatch(/object Object|NaN/);
  });

  it('names the overrides in the provenance of a figure, and draws the series as a level of the x axis', async () => {
    const prov = provenanceOf(readInput(ndjson), ['base'], '2026-01-01');
    expect(prov.footer).toMatch(/ · sweep [0-9a-f]{16} · set /);
    expect(prov.footer).toContain(` · set ${FUNDING}; years=1 · variant base · varied costs.payAward=0.03,${SERIES} · `);
    expect(prov.sets).toEqual([FUNDING, 'years=1']);
    const svg = join(dir, 'response.svg');
    const r = await cli(['chart', ndjson, '--type', 'response', '--metric', 'gpInfluence', '--out', svg, '--date', '2026-01-01']);
    expect(r.code).toBe(0);
    const text = readFileSync(svg, 'utf8');
    expect(text).not.toMatch(/object Object|NaN/);
    expect(text).toContain(`>${SERIES}</text>`);
    const data = readFileSync(join(dir, 'response.data.csv'), 'utf8');
    expect(data).toContain(`"${SERIES.replace(/"/g, '""')}"`);
    const manifest = JSON.parse(readFileSync(join(dir, 'response.manifest.json'), 'utf8')) as { provenance: { sets: string[] } };
    expect(manifest.provenance.sets).toEqual([FUNDING, 'years=1']);
  });

  it('still varies a plain number with --vary path=a,b, and writes no sets when none are given', async () => {
    const out = join(dir, 'plain.ndjson');
    expect((await cli(['sweep', DEFAULT, '--reps', '1', '--workers', '0', '--quiet', '--vary', 'costs.payAward=0.03,0.07', '--out', out])).code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(parseHeaderLine(lines[0]!, 'ndjson')!.sets).toBeUndefined();
    expect(lines.slice(1).map((l) => (JSON.parse(l) as Record<string, unknown>)['costs.payAward'])).toEqual([0.03, 0.07]);
  });
});
