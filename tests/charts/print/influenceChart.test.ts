import { describe, expect, it } from 'vitest';
import { CATEGORICAL, DASHES } from '../../../src/charts/palette.ts';
import { influenceChart } from '../../../src/charts/print/index.ts';
import { container, FOOTER, text, YEARS } from './helpers.ts';

describe('influenceChart (print)', () => {
  it('draws one line and band per option, sized in mm, with title, axis titles, caption and footer', async () => {
    const series = ['status quo', 'practices employ', 'community trust'].map((name, k) => ({
      name,
      values: YEARS.map((_, i) => 0.2 + 0.05 * k + 0.01 * i),
      lower: YEARS.map((_, i) => 0.15 + 0.05 * k + 0.01 * i),
      upper: YEARS.map((_, i) => 0.25 + 0.05 * k + 0.01 * i),
    }));
    const svg = influenceChart({ years: YEARS, series }, container(), { id: 'inf', footer: FOOTER, caption: 'Lines: means of 10 replications; bands: 95% CI.' });
    expect(svg.getAttribute('width')).toBe('160mm');
    expect(svg.getAttribute('height')).toMatch(/^\d+(\.\d+)?mm$/);
    expect(svg.querySelectorAll('path.line')).toHaveLength(3);
    expect(svg.querySelectorAll('path.band')).toHaveLength(3);
    expect(svg.querySelectorAll('g.markers path')).toHaveLength(12);
    // Colour, dash and marker change together, for greyscale print.
    const lines = [...svg.querySelectorAll('path.line')];
    expect(lines.map((l) => l.getAttribute('stroke'))).toEqual(CATEGORICAL.slice(0, 3));
    expect(lines.map((l) => l.getAttribute('stroke-dasharray') ?? '')).toEqual(DASHES.slice(0, 3));
    expect(svg.querySelector('text.chart-title')!.textContent).toBe('GP influence over time');
    expect(svg.textContent).toContain('GP influence (0 = none, 1 = to its');
    expect(svg.textContent).toContain('Financial year');
    expect(svg.querySelector('text.caption')!.textContent).toContain('95% CI');
    expect(svg.querySelector('text.provenance')!.textContent).toContain('drawn 2000-01-01');
    // No text smaller than 7 pt.
    const sizes = [...svg.querySelectorAll('[font-size]')].map((e) => Number(e.getAttribute('font-size')));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(7);
    await expect(text(svg)).toMatchFileSnapshot('./__snapshots__/influence.svg');
  });

  it('a single run draws the line alone, with gaps for years without a decision', () => {
    const svg = influenceChart({ years: YEARS, series: [{ name: 'run', values: [0.3, null, 0.2, 0.25] }] }, container(), { id: 'one' });
    expect(svg.querySelectorAll('path.band')).toHaveLength(0);
    expect(svg.querySelectorAll('g.markers path')).toHaveLength(3);
    expect(svg.querySelector('g.legend')).toBeNull();
  });
});
