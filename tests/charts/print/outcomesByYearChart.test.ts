import { describe, expect, it } from 'vitest';
import { OUTCOME_COLOURS } from '../../../src/charts/palette.ts';
import { outcomesByYearChart } from '../../../src/charts/print/index.ts';
import { container, FOOTER, text, YEARS } from './helpers.ts';

describe('outcomesByYearChart (print)', () => {
  it('draws stacked bars per panel and year, deficits hatched for greyscale', async () => {
    const panels = ['Acute trusts', 'Practices', 'Councils'].map((label, k) => ({
      label,
      years: YEARS.map((fy, i) => ({ fy, surplus: k + i, breakeven: 1, deficit: (k + i) % 3 })),
    }));
    const svg = outcomesByYearChart(panels, container(), { id: 'out', footer: FOOTER, caption: 'Bars: organisations ending each year in each state.' });
    expect(svg.querySelectorAll('g.panel')).toHaveLength(3);
    expect(svg.querySelector('rect.bar-deficit')!.getAttribute('fill')).toBe(OUTCOME_COLOURS.deficit);
    expect(svg.querySelectorAll('rect.hatch')).toHaveLength(svg.querySelectorAll('rect.bar-deficit').length);
    expect(svg.querySelector('pattern#out-hatch')).not.toBeNull();
    expect(svg.textContent).toContain('Bars: organisations (count)');
    // Whole counts: whole-number ticks only.
    const ticks = [...svg.querySelectorAll('g.axis-y .tick text')].map((t) => Number(t.textContent));
    expect(ticks.every(Number.isInteger)).toBe(true);
    await expect(text(svg)).toMatchFileSnapshot('./__snapshots__/outcomes.svg');
  });

  it('says so when there is no completed year', () => {
    expect(outcomesByYearChart([], container(), {}).textContent).toContain('No completed financial year');
  });
});
