/**
 * The chart types are one table (CHARTS in src/export/buildFigure.ts): the
 * command's help, its refusal of an unknown type and buildFigure all read it,
 * so a type cannot be drawable yet missing from the help (as `devolution` once was).
 */
import { describe, expect, it } from 'vitest';
import { CHARTS, CHART_TYPE_LIST, chartType } from '../../src/export/buildFigure.ts';
import { CHART_TYPES } from '../../src/export/figures/Figure.ts';
import { chartCommand } from '../../src/cli/commands/chart.ts';

describe('chart types', () => {
  it('each has an entry in the table, in the order of CHART_TYPES', () => {
    expect(Object.keys(CHARTS)).toEqual([...CHART_TYPES]);
  });

  it('icsim chart --help describes every type, devolution included', () => {
    const types = chartCommand.help.slice(chartCommand.help.indexOf('Types:'), chartCommand.help.indexOf('Options:'));
    const named = [...types.matchAll(/^ {2}(\w+) {2,}/gm)].map((m) => m[1]);
    expect(named).toEqual([...CHART_TYPES]);
    expect(types).toMatch(/^ {2}devolution {2}share of the ICB envelope delegated to places/m);
  });

  it('the list of names says each once', () => {
    expect(CHART_TYPE_LIST).toBe('influence, outcomes, devolution, options, response, heatmap, morris, sobol, tradeoff, box or regret');
    expect(() => chartType('pie')).toThrow(/--type pie: not a chart type \(types: influence, outcomes, devolution, options, response, heatmap, morris, sobol, tradeoff, box, regret\)/);
    expect(chartType('devolution')).toBe('devolution');
  });

  it('influence, outcomes and devolution draw from one run; tradeoff and box from discover, regret from robust; the rest need a sweep', () => {
    expect(CHART_TYPES.filter((t) => 'fromRun' in CHARTS[t])).toEqual(['influence', 'outcomes', 'devolution']);
    expect(CHART_TYPES.filter((t) => 'fromDiscovery' in CHARTS[t])).toEqual(['tradeoff', 'box']);
    expect(CHART_TYPES.filter((t) => 'fromRobust' in CHARTS[t])).toEqual(['regret']);
  });
});
