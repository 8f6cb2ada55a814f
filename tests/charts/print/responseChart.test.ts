import { describe, expect, it } from 'vitest';
import { responseChart } from '../../../src/charts/print/index.ts';
import { container, FOOTER, text } from './helpers.ts';

describe('responseChart (print)', () => {
  it('draws a metric against a numeric parameter, one banded line per value of a second parameter', async () => {
    const x = [0.1, 0.3, 0.5, 0.7, 0.9];
    const series = ['pcn', 'unified'].map((name, k) => ({
      name: `mode = ${name}`,
      values: x.map((v) => v * (k + 1) * 0.3),
      lower: x.map((v) => v * (k + 1) * 0.3 - 0.03),
      upper: x.map((v) => v * (k + 1) * 0.3 + 0.03),
    }));
    const svg = responseChart({ x, series }, container(), {
      id: 'resp',
      title: 'GP influence against delegated share',
      xLabel: 'Share of the envelope delegated to places (0\u20131)',
      yLabel: 'GP influence (0 = others, 1 = GP)',
      footer: FOOTER,
      caption: 'Lines: means of 6 runs at each level; bands: 95% CI.',
    });
    // The swept levels are the x ticks.
    expect([...svg.querySelectorAll('g.axis-x .tick text')].map((t) => t.textContent)).toEqual(['0.1', '0.3', '0.5', '0.7', '0.9']);
    expect(svg.querySelectorAll('g.legend-item')).toHaveLength(2);
    await expect(text(svg)).toMatchFileSnapshot('./__snapshots__/response.svg');
  });

  it('takes named levels on a categorical axis', () => {
    const svg = responseChart({ x: ['pcn', 'unified', 'unified+executive'], series: [{ name: 'a', values: [0.1, 0.2, 0.3] }] }, container(), { xLabel: 'GP mode', yLabel: 'y' });
    expect([...svg.querySelectorAll('g.axis-x .tick text')].map((t) => t.textContent)).toEqual(['pcn', 'unified', 'unified+executive']);
  });
});
