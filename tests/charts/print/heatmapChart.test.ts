import { describe, expect, it } from 'vitest';
import { heatmapChart } from '../../../src/charts/print/index.ts';
import { container, FOOTER, text } from './helpers.ts';

describe('heatmapChart (print)', () => {
  it('shades one labelled cell per pair of levels on the cividis scale, with a colour key', async () => {
    const x = [0.1, 0.5, 0.9];
    const y = [2, 6, 12, 24];
    const cells = x.flatMap((a) => y.map((b) => ({ x: a, y: b, value: (a * b) / 10, n: 4 })));
    const svg = heatmapChart({ x, y, cells }, container(), {
      id: 'heat',
      title: 'GP influence by delegated share and CD hours',
      xLabel: 'Delegated share (0\u20131)',
      yLabel: 'CD hours (per month)',
      valueLabel: 'GP influence (0 = others, 1 = GP)',
      footer: FOOTER,
      caption: 'Cells: means of 4 runs.',
    });
    expect(svg.querySelectorAll('g.cell')).toHaveLength(12);
    expect(svg.querySelectorAll('g.cell text')).toHaveLength(12);
    expect(svg.querySelectorAll('g.colour-key rect')).toHaveLength(32);
    // Highest y level at the top.
    const ys = [...svg.querySelectorAll('g.axis-y .tick')].map((t) => [t.textContent, Number(/translate\(0,([\d.]+)\)/.exec(t.getAttribute('transform')!)![1])] as const);
    expect(ys.sort((a, b) => a[1] - b[1])[0]![0]).toBe('24');
    await expect(text(svg)).toMatchFileSnapshot('./__snapshots__/heatmap.svg');
  });
});
