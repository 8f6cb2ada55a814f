import { describe, expect, it } from 'vitest';
import { morrisChart } from '../../../src/charts/print/index.ts';
import { container, FOOTER, text } from './helpers.ts';

describe('morrisChart (print)', () => {
  const points = [
    { name: 'governance.recognition.gp', muStar: 0.31, sigma: 0.12, muStarConf: 0.05 },
    { name: 'governance.maxChange', muStar: 0.2, sigma: 0.26, muStarConf: 0.08 },
    { name: 'governance.gp.placeSpread', muStar: 0.19, sigma: 0.25, muStarConf: 0.04 },
    { name: 'governance.gp.cdHours', muStar: 0.05, sigma: 0.02, muStarConf: 0.01 },
    { name: 'governance.icbBoard.discount', muStar: 0.01, sigma: 0.004, muStarConf: 0.003 },
  ];

  it('plots mu* against sigma with intervals, labelling the largest mu* only', async () => {
    const svg = morrisChart(points, container(), { id: 'morris', footer: FOOTER, caption: 'Morris screen, 10 trajectories.', labels: 3, xLabel: 'mu* (GP influence)' });
    expect(svg.querySelectorAll('g.parameter')).toHaveLength(5);
    expect(svg.querySelectorAll('g.parameter.labelled')).toHaveLength(3);
    expect([...svg.querySelectorAll('text.label')].map((t) => t.textContent)).toEqual(['governance.maxChange', 'governance.gp.placeSpread', 'governance.recognition.gp']);
    expect(svg.querySelectorAll('line.ci')).toHaveLength(5);
    // Two points close together: their labels are kept a line apart (7 pt type, 1.15 line spacing).
    const ys = [...svg.querySelectorAll('text.label')].slice(0, 2).map((t) => Number(t.getAttribute('y')));
    expect(Math.abs(ys[1]! - ys[0]!)).toBeGreaterThanOrEqual(7 * 1.15 - 0.01);
    expect(svg.querySelector('text.chart-title')!.textContent).toBe('Which parameters matter: Morris screen');
    await expect(text(svg)).toMatchFileSnapshot('./__snapshots__/morris.svg');
  });

  it('draws an empty screen without failing', () => {
    const svg = morrisChart([], container(), {});
    expect(svg.querySelectorAll('g.parameter')).toHaveLength(0);
  });
});
