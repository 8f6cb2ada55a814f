/**
 * The metric registry (src/engine/metrics.ts) defines every output of the
 * summary once: each value a run's summary holds is an entry's, within the
 * entry's bounds, and every consumer labels it from there (the page, print
 * and the CLI). Exact runs: models default (2 years) and england-2023-24
 * (regions), seed 1.
 */
import { describe, expect, it } from 'vitest';
import { findMetric, METRICS, metricLabelText, runScenario, type Metric, type Summary } from '../../src/engine/index.ts';
import { MONTHLY } from '../../src/engine/monthlyMetrics.ts';
import { LAID_OUT } from '../../src/cli/formatSummary.ts';
import { metricLabel } from '../../src/export/labels.ts';
import { HEADLINE_METRICS, metricInfo } from '../../src/ui/resultFields.ts';
import { SENSITIVITY_METRICS } from '../../src/ui/sensitivityMetrics.ts';
import { DEFAULT_MEASURES } from '../../src/export/figures/appraise.ts';
import { DEFAULT_METRICS } from '../../src/cli/commands/sensitivity.ts';
import { model } from '../helpers/models.ts';

/** Every leaf of a summary (numbers, flags, text and nulls) under its dotted path. */
function leaves(o: unknown, prefix = '', out: Array<[string, unknown]> = []): Array<[string, unknown]> {
  for (const [k, v] of Object.entries(o as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'object' && v !== null) leaves(v, path, out);
    else out.push([path, v]);
  }
  return out;
}

const runs: Array<[string, Summary]> = [
  ['default', runScenario(model('default', { years: 2 }), { seed: 1 }).summary],
  ['england-2023-24', runScenario(model('england-2023-24'), { seed: 1, summaryOnly: true }).summary],
];

describe('the metric registry', () => {
  it('has one entry per id', () => {
    const ids = (METRICS as readonly Metric[]).map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const [name, summary] of runs) {
    it(`${name}: every value of the summary is a registry metric's, within its bounds`, () => {
      const all = leaves(summary);
      expect(all.length).toBeGreaterThan(100);
      for (const [path, v] of all) {
        const found = findMetric(path);
        expect(found, path).toBeDefined();
        const m = found!.metric;
        if (typeof v === 'number') {
          expect(v, path).toBeGreaterThanOrEqual(m.bounds[0]);
          expect(v, path).toBeLessThanOrEqual(m.bounds[1]);
        } else if (typeof v === 'boolean') expect(m.unit, path).toBe('flag');
        else if (typeof v === 'string') expect(m.unit, path).toBe('text');
        else expect(v, path).toBeNull();
      }
    });
  }

  it('names every metric in plain words everywhere: no raw keys on the page or in print', () => {
    const [, summary] = runs[1]!;
    for (const [path] of leaves(summary)) {
      expect(metricInfo(path).label, path).toBe(metricLabelText(path) + (findMetric(path)!.metric.unit === 'money' ? ' (£)' : ''));
      expect(metricInfo(path).group).not.toBe('Other figures');
      expect(metricLabel(path).label).not.toContain(path);
    }
    expect(metricInfo('gpPowerByScope.icb.gpLuck').label).toBe('GP luck on the ICB board');
    expect(metricInfo('yearly.2023.byKind.acute.deficit').label).toBe('2023/24: Acute trusts: organisation-years in deficit');
    expect(metricLabel('systemBalance')).toEqual({ label: 'System balance at the end (£m)', scale: 1e-6, format: ',.3~r' });
    expect(metricLabel('gpInfluence').label).toBe('GP influence (0 = none, 1 = to its ideal)');
  });

  it("the lists of metrics elsewhere name only registry metrics (the CLI's hand-laid lines, headlines, defaults)", () => {
    for (const id of [...LAID_OUT, ...HEADLINE_METRICS, ...SENSITIVITY_METRICS, ...DEFAULT_MEASURES, ...DEFAULT_METRICS]) expect(findMetric(id), id).toBeDefined();
  });
});

describe("the registry's monthly series", () => {
  it('the collector fills one series per entry, a value a month, within its bounds', () => {
    const r = runScenario(model('default', { years: 2 }), { seed: 1 });
    const scalar = Object.keys(r.series).filter((k) => !['month', 'spendingByLine', 'byPlace', 'balances'].includes(k));
    expect(scalar).toEqual(MONTHLY.map((m) => m.id));
    for (const m of MONTHLY) {
      const v = r.series[m.id];
      expect(v, m.id).toHaveLength(24);
      for (const x of v) {
        expect(x, m.id).toBeGreaterThanOrEqual(m.bounds[0]);
        expect(x, m.id).toBeLessThanOrEqual(m.bounds[1]);
      }
    }
    // The summary's monthly means are the means of the series (as rounded into them).
    const mean = (v: number[]) => Math.round((v.reduce((a, b) => a + b, 0) / v.length) * 1e6) / 1e6;
    expect(r.summary.gpAttendance).toBe(mean(r.series.gpAttendance));
  });
});
