import { describe, expect, it } from 'vitest';
import { estimateText, forestPlot } from '../../../src/charts/print/index.ts';
import { container, FOOTER, text } from './helpers.ts';

describe('forestPlot (print)', () => {
  const measures = [
    {
      label: 'GP influence (0 = others, 1 = GP)',
      rows: [
        { name: 'practices employ', mean: 0.05, lower: 0.01, upper: 0.09, n: 10, style: 1 },
        { name: 'community trust', mean: -0.01, lower: -0.04, upper: 0.02, n: 10, style: 2 },
      ],
    },
    {
      label: 'System balance at the end (£m)',
      rows: [
        { name: 'practices employ', mean: -1.2, lower: -2, upper: -0.4, n: 10, style: 1 },
        { name: 'community trust', mean: 0.3, lower: Number.NaN, upper: Number.NaN, n: 1, style: 2 },
      ],
    },
  ];

  it('draws one block per measure on its own axis; filled markers where the interval excludes zero', async () => {
    const svg = forestPlot(measures, container(), { id: 'forest', baseline: 'status quo', footer: FOOTER, caption: 'Paired differences with 95% CI.' });
    expect(svg.querySelectorAll('g.measure')).toHaveLength(2);
    expect(svg.querySelectorAll('g.axis-x')).toHaveLength(2);
    expect(svg.querySelectorAll('path.excludes-zero')).toHaveLength(2);
    expect(svg.querySelectorAll('line.ci')).toHaveLength(3);
    expect(svg.querySelector('text.chart-title')!.textContent).toBe('Options compared with status quo');
    await expect(text(svg)).toMatchFileSnapshot('./__snapshots__/forest.svg');
  });

  it('writes estimates with minus signs, and n when there is no interval', () => {
    expect(estimateText({ name: '', mean: -1.2, lower: -2, upper: -0.4, n: 10 })).toBe('\u22121.2 (\u22122 to \u22120.4)');
    expect(estimateText({ name: '', mean: 0.3, lower: Number.NaN, upper: Number.NaN, n: 1 })).toBe('0.3 (n = 1)');
  });
});
