import { describe, expect, it } from 'vitest';
import { sobolChart } from '../../../src/charts/print/index.ts';
import { container, FOOTER, text } from './helpers.ts';

describe('sobolChart (print)', () => {
  const bars = [
    { name: 'governance.maxChange', S1: 0.12, S1Conf: 0.05, ST: 0.2, STConf: 0.04 },
    { name: 'governance.recognition.gp', S1: 0.55, S1Conf: 0.08, ST: 0.62, STConf: 0.06 },
    { name: 'governance.gp.cdHours', S1: -0.01, S1Conf: 0.02, ST: 0.01, STConf: 0 },
  ];

  it('draws S1 and ST bars with intervals, largest ST first', async () => {
    const svg = sobolChart(bars, container(), { id: 'sobol', footer: FOOTER, caption: "Sobol' indices, n = 256." });
    expect([...svg.querySelectorAll('g.parameter')].map((g) => g.getAttribute('data-parameter'))).toEqual(['governance.recognition.gp', 'governance.maxChange', 'governance.gp.cdHours']);
    expect(svg.querySelectorAll('rect.bar.S1')).toHaveLength(3);
    expect(svg.querySelectorAll('rect.bar.ST')).toHaveLength(3);
    // No whisker where the half-width is 0.
    expect(svg.querySelectorAll('line.ci')).toHaveLength(5);
    await expect(text(svg)).toMatchFileSnapshot('./__snapshots__/sobol.svg');
  });

  it('draws at most `limit` parameters', () => {
    const svg = sobolChart(bars, container(), { limit: 2 });
    expect(svg.querySelectorAll('g.parameter')).toHaveLength(2);
  });
});
