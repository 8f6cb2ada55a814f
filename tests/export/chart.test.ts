import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { FigureManifest } from '../../src/export/exportChart.ts';
import { summariseSweep } from '../../src/sweep/index.ts';
import { pixelWidth } from '../../src/export/renderPng.ts';
import { files, GRID, icsim, OPTIONS, RUN, scratch } from './helpers.ts';

/** Decodes a PNG; returns its size, resolution and the share of pixels that are not white. */
function inspectPng(path: string) {
  const png = PNG.sync.read(readFileSync(path));
  let ink = 0;
  for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! < 250 || png.data[i + 1]! < 250 || png.data[i + 2]! < 250) ink++;
  return { width: png.width, height: png.height, ink: ink / (png.width * png.height) };
}

const cases: Array<{ name: string; input: string; args: string[]; title: RegExp }> = [
  { name: 'influence', input: OPTIONS, args: ['--type', 'influence'], title: /GP influence over time/ },
  { name: 'outcomes', input: OPTIONS, args: ['--type', 'outcomes'], title: /Year-end outcomes per option/ },
  { name: 'options', input: OPTIONS, args: ['--type', 'options', '--baseline', 'status-quo-plus'], title: /Options compared with status-quo-plus/ },
  { name: 'response', input: GRID, args: ['--type', 'response', '--x', 'governance.devolution.share', '--by', 'governance.gp.mode'], title: /GP influence against share/ },
  { name: 'heatmap', input: GRID, args: ['--type', 'heatmap', '--metric', 'gpInfluence'], title: /GP influence by share and mode/ },
  { name: 'run-influence', input: RUN, args: ['--type', 'influence'], title: /GP influence over time/ },
  { name: 'run-outcomes', input: RUN, args: ['--type', 'outcomes'], title: /by kind of organisation/ },
];

describe('icsim chart', () => {
  for (const c of cases) {
    it(`${c.name}: SVG and PNG, data CSV and manifest; the manifest's command redraws the same bytes`, async () => {
      const dir = scratch();
      const svgPath = join(dir, `${c.name}.svg`);
      const pngPath = join(dir, `${c.name}.png`);
      const r = await icsim('chart', c.input, ...c.args, '--out', svgPath, '--out', pngPath, '--dpi', '150', '--date', '2000-01-01');
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(files(dir)).toEqual([`${c.name}.data.csv`, `${c.name}.manifest.json`, `${c.name}.png`, `${c.name}.svg`]);

      const svg = readFileSync(svgPath, 'utf8');
      expect(svg.startsWith('<?xml')).toBe(true);
      expect(svg).toMatch(/<svg [^>]*width="160mm"/);
      expect(svg).toMatch(c.title);
      expect(svg).toContain('drawn 2000-01-01');
      expect(svg).toContain('icsim 0.1.0');

      const png = inspectPng(pngPath);
      expect(png.width).toBe(pixelWidth(160, 150));
      const manifest = JSON.parse(readFileSync(join(dir, `${c.name}.manifest.json`), 'utf8')) as FigureManifest;
      expect(png.height).toBe(Math.round((manifest.figures[0]!.heightMm / 25.4) * 150));
      expect(png.ink).toBeGreaterThan(0.03);
      expect(png.ink).toBeLessThan(0.8);

      const csv = readFileSync(join(dir, `${c.name}.data.csv`), 'utf8');
      expect(csv.split('\n').length).toBeGreaterThan(2);
      expect(manifest.data.rows).toBe(csv.trim().split('\n').length - 1);
      expect(manifest.command).toEqual(['icsim', 'chart', c.input, ...c.args, '--out', svgPath, '--out', pngPath, '--dpi', '150', '--date', '2000-01-01']);
      expect(manifest.input.sha256).toMatch(/^[0-9a-f]{64}$/);

      const before = [readFileSync(svgPath), readFileSync(pngPath), readFileSync(join(dir, `${c.name}.data.csv`))];
      const again = await icsim(...manifest.reproduce.slice(1));
      expect(again.code).toBe(0);
      expect(readFileSync(svgPath).equals(before[0]!)).toBe(true);
      expect(readFileSync(pngPath).equals(before[1]!)).toBe(true);
      expect(readFileSync(join(dir, `${c.name}.data.csv`)).equals(before[2]!)).toBe(true);
    });
  }

  it('the PNG records its resolution, so it is placed at its size in millimetres', async () => {
    const dir = scratch();
    await icsim('chart', RUN, '--type', 'influence', '--out', join(dir, 'a.png'), '--width-mm', '80', '--dpi', '100', '--date', '2000-01-01');
    const bytes = readFileSync(join(dir, 'a.png'));
    const at = bytes.indexOf('pHYs');
    expect(at).toBe(37);
    expect(bytes.readUInt32BE(at + 4)).toBe(Math.round(100 / 0.0254));
    expect(PNG.sync.read(bytes).width).toBe(pixelWidth(80, 100));
  });

  it('the options figure pairs by replication, with the numbers of icsim summarise', async () => {
    const dir = scratch();
    await icsim('chart', OPTIONS, '--type', 'options', '--baseline', 'status-quo-plus', '--metric', 'gpInfluence', '--out', join(dir, 'o.svg'), '--date', '2000-01-01');
    const rows = csvParse(readFileSync(join(dir, 'o.data.csv'), 'utf8'));
    expect(rows.columns).toEqual(['measure', 'metric', 'option', 'baseline', 'scale', 'n_pairs', 'diff_mean', 'diff_ci95_low', 'diff_ci95_high', 'option_mean', 'baseline_mean']);
    const s = summariseSweep(OPTIONS, { by: [], metrics: ['gpInfluence'], baseline: 'status-quo-plus' });
    const want = s.lines.filter((l) => l.diff).map((l) => [l.variant, String(l.diff!.n), l.diff!.mean, l.diff!.ciLow, l.diff!.ciHigh]);
    expect(rows.map((r) => [r.option, r.n_pairs, Number(r.diff_mean), Number(r.diff_ci95_low), Number(r.diff_ci95_high)])).toEqual(
      want.map(([v, n, m, lo, hi]) => [v, n, Number((m as number).toPrecision(6)), Number((lo as number).toPrecision(6)), Number((hi as number).toPrecision(6))]),
    );
    expect(rows.map((r) => r.option)).toEqual(['practices-employ', 'community-ft']);
    expect(rows.every((r) => r.n_pairs === '4')).toBe(true);
  });
});
