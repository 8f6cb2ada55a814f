/**
 * Figure export: time to build, draw and serialise each chart type (SVG),
 * and to render it to PNG at 300 dpi, from the small fixture sweeps and run
 * in tests/export/fixtures. Median of 5 after one warm-up.
 */
import { fileURLToPath } from 'node:url';
import { buildFigure } from '../src/export/buildFigure.ts';
import { figureSvg } from '../src/export/exportChart.ts';
import type { FigureRequest } from '../src/export/figures/Figure.ts';
import { readInput } from '../src/export/readInput.ts';
import { renderPng } from '../src/export/renderPng.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../tests/export/fixtures/${name}`, import.meta.url));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void, n = 5): number {
  fn();
  const ts: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

export default async function bench(): Promise<void> {
  const cases: Array<[string, FigureRequest]> = [
    ['options.ndjson', { type: 'influence' }],
    ['options.ndjson', { type: 'outcomes' }],
    ['options.ndjson', { type: 'options' }],
    ['grid.csv', { type: 'response', by: 'governance.gp.mode' }],
    ['grid.csv', { type: 'heatmap' }],
    ['run.json', { type: 'outcomes' }],
  ];
  for (const [file, req] of cases) {
    let svg = '';
    const svgMs = time(() => {
      svg = figureSvg(buildFigure(readInput(fixture(file)), req), 'footer');
    });
    const pngMs = time(() => void renderPng(svg, 160, 300));
    console.log(`${req.type.padEnd(9)} ${file.padEnd(15)} read+build+SVG ${svgMs.toFixed(1).padStart(6)} ms   PNG 300 dpi ${pngMs.toFixed(1).padStart(6)} ms   (${(svg.length / 1024).toFixed(0)} kB SVG)`);
  }
}
