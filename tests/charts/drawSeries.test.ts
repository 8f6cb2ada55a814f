/**
 * The one gap rule of every chart: a missing value breaks lines and bands,
 * on screen and in print alike; a band is never bridged across a gap.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { bandPath, comparisonChart, linePath, pointIndices, PRINT_STYLE, SCREEN_STYLE, type ChartStyle, type Position } from '../../src/charts/index.ts';
import { bandChart } from '../../src/charts/print/index.ts';

function container(): Element {
  const { document } = parseHTML('<!doctype html><html><body><div id="c"></div></body></html>');
  return document.getElementById('c') as unknown as Element;
}

/** The pieces of a path: one per move-to command. */
const pieces = (d: string | null | undefined) => (d ?? '').split('M').filter(Boolean);

const mean = [1, 2, 3, 4, 5];
const lower = [0.5, 1.5, NaN, 3.5, 4.5];
const upper = [1.5, 2.5, NaN, 4.5, 5.5];
const pos: Position = { x: (i) => i * 10, y: (v) => 100 - v * 10, n: 5 };
const styles: Array<[string, ChartStyle]> = [
  ['screen', SCREEN_STYLE],
  ['print', PRINT_STYLE],
];

describe('the gap rule (drawSeries)', () => {
  for (const [name, style] of styles) {
    it(`${name}: a band with a missing bound at one position is drawn as two pieces that leave that position out`, () => {
      const d = bandPath(lower, upper, pos, style);
      expect(pieces(d)).toHaveLength(2);
      // Position 2 (x = 20) is not in the band: the first piece covers x 0-10, the second x 30-40.
      const xs = [...d.matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1]));
      expect(xs).not.toContain(20);
      expect(new Set(xs)).toEqual(new Set([0, 10, 30, 40]));
    });

    it(`${name}: a line with a null value breaks there, and a value past the end is missing too`, () => {
      expect(pieces(linePath([1, 2, null, 4, 5], pos, style))).toHaveLength(2);
      expect(pieces(linePath([1, 2], pos, style))).toHaveLength(1);
      expect(pieces(linePath([1, NaN, 3, null, 5], pos, style))).toHaveLength(3);
    });
  }

  it('the style decides which values get a point mark: every one in print, only lone ones on screen', () => {
    const v = [1, null, 3, 4, null];
    expect(pointIndices(v, pos, PRINT_STYLE)).toEqual([0, 2, 3]);
    expect(pointIndices(v, pos, SCREEN_STYLE)).toEqual([0]);
  });

  it('a browser chart and a print chart both break a band at a missing interval', () => {
    const labels = ['2024/25', '2025/26', '2026/27', '2027/28', '2028/29'];
    const screen = comparisonChart(
      { labels, replications: 5, arms: [{ name: 'A', mean, lower: lower.map((v) => (Number.isNaN(v) ? null : v)), upper: upper.map((v) => (Number.isNaN(v) ? null : v)) }] },
      container(),
      { yLabel: 'Beds', id: 'cmp' },
    );
    const print = bandChart({ x: labels, series: [{ name: 'A', values: mean, lower, upper }] }, container(), { xLabel: 'Financial year', yLabel: 'Beds', id: 'band' });
    for (const svg of [screen, print]) {
      expect(svg.querySelectorAll('path.band')).toHaveLength(1);
      expect(pieces(svg.querySelector('path.band')!.getAttribute('d'))).toHaveLength(2);
      expect(pieces(svg.querySelector('path.line')!.getAttribute('d'))).toHaveLength(1);
    }
  });
});
