/** The runs whose summaries the behaviour fixtures record (scripts/record-behaviour.ts), as the registry's stable metrics. */
import { findMetric, parseScenario, runScenario, type Summary } from '../../src/engine/index.ts';

/** Seeds of the recorded runs. */
export const BEHAVIOUR_SEEDS = [1, 2, 3, 4, 5] as const;

/**
 * The summary of a model's base scenario for each seed, as plain JSON, holding
 * only the registry's stable metrics (what the fixtures hold): a metric added
 * since the fixtures were recorded is not compared, and does not re-record them.
 */
export function behaviourSummaries(raw: unknown, name: string): Summary[] {
  const s = parseScenario(raw, `models/${name}.json`);
  return BEHAVIOUR_SEEDS.map((seed) => stableMetrics(JSON.parse(JSON.stringify(runScenario(s, { seed, summaryOnly: true }).summary))) as Summary);
}

/**
 * A summary (as plain JSON) with only the values of stable metrics (`stable: true` in
 * src/engine/metrics.ts); the objects that hold them stay, empty or not.
 */
export function stableMetrics(summary: unknown, prefix = ''): unknown {
  if (typeof summary !== 'object' || summary === null || Array.isArray(summary)) return summary;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(summary)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) out[k] = stableMetrics(v, path);
    else if (findMetric(path)?.metric.stable) out[k] = v;
  }
  return out;
}
