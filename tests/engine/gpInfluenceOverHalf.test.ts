/**
 * The worked example of docs/ARCHITECTURE.md ("Adding a metric"): the share
 * of decisions in which GP influence exceeded 0.5, added as one registry
 * entry (src/engine/metrics.ts). It is counted from the decision log, and
 * appears with no other change in the summary, a sweep's columns, the
 * page's summary table, the print labels and the CLI summary.
 * Exact run: models/cumbria, 3 years, seed 1.
 */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/index.ts';
import { formatSummary } from '../../src/cli/formatSummary.ts';
import { metricLabel } from '../../src/export/labels.ts';
import { flattenSummary } from '../../src/sweep/flattenSummary.ts';
import { metricInfo } from '../../src/ui/resultFields.ts';
import { model } from '../helpers/models.ts';

describe('metric gpInfluenceOverHalf', () => {
  const r = runScenario(model('cumbria', { years: 3 }), { seed: 1 });

  it('is the share of the logged decisions whose GP influence exceeded 0.5', () => {
    const above = r.decisions.filter((d) => d.gpInfluence > 0.5).length;
    expect(r.decisions.length).toBe(15);
    expect(above).toBe(5);
    expect(r.summary.gpInfluenceOverHalf).toBe(0.333333);
    // The same in a summary-only run (a sweep's), which keeps no decision log.
    expect(runScenario(model('cumbria', { years: 3 }), { seed: 1, summaryOnly: true }).summary.gpInfluenceOverHalf).toBe(r.summary.gpInfluenceOverHalf);
  });

  it('appears in a sweep column, the page, print and the CLI summary', () => {
    expect(flattenSummary(r.summary).gpInfluenceOverHalf).toBe(r.summary.gpInfluenceOverHalf);
    expect(metricInfo('gpInfluenceOverHalf')).toEqual({ label: 'Share of decisions in which GP influence exceeded 0.5', group: 'General practice', kind: 'share', bounds: [0, 1] });
    expect(metricLabel('gpInfluenceOverHalf').label).toBe('Share of decisions in which GP influence exceeded 0.5 (0\u20131)');
    expect(formatSummary(r)).toContain(`  Share of decisions in which GP influence exceeded 0.5: ${r.summary.gpInfluenceOverHalf!.toFixed(3)}\n`);
  });

  it('is null when no decision was measured', () => {
    const none = runScenario(model('cumbria', { years: 1 }), { seed: 1, influence: false });
    expect(none.decisions.length).toBeGreaterThan(0);
    expect(none.summary.gpInfluenceOverHalf).toBeNull();
  });
});
