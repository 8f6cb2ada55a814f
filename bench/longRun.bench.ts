/**
 * Long runs (issue 21): every shipped model, seeds 1-5, 50 years, each model
 * in a fresh process (longRunFigures.ts). Prints per model, over its seeds:
 * the worst spending over income of any organisation in any year, the
 * trusts' aggregate result in their worst year (as a share of their
 * income), the largest share of occupied beds held by delayed discharges,
 * how many runs broke a bound of checkLongRun (2x income, ±10%, delayed
 * within beds) or stopped because money outgrew exact counting, and the
 * wall time per simulated year in the first decade against the last, with
 * their ratio (goal: at most 1.5: a year late in a run costs about what an
 * early one does), and beside it the majority (Baron-Ferejohn) solves a year
 * in the same windows, the costliest decisions, which tighter money brings.
 * Figures, not assertions.
 *
 * ICSIM_LONGRUN_MODELS (comma-separated names), ICSIM_LONGRUN_SEEDS (a
 * count) and ICSIM_LONGRUN_YEARS narrow it for a quick look.
 */
import { readdirSync } from 'node:fs';
import { bundleBenchScript, ROOT, runNodeOk } from './childProcess.ts';
import type { SeedFigures } from './longRunFigures.ts';

/** Goal for the last decade's time per simulated year over the first decade's. */
const DECADE_RATIO_GOAL = 1.5;

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function models(): string[] {
  const all = readdirSync(`${ROOT}models`)
    .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
  const only = process.env.ICSIM_LONGRUN_MODELS?.split(',').filter(Boolean);
  return only?.length ? all.filter((m) => only.includes(m)) : all;
}

/** One model's line: the figures of all its seeds. */
function describe(model: string, years: number, runs: SeedFigures[], wallMs: number): string {
  const spend = runs.reduce((a, r) => (r.worstSpendRatio.ratio > a.worstSpendRatio.ratio ? r : a)).worstSpendRatio;
  const trust = runs.reduce((a, r) => (Math.abs(r.worstTrustShare.share) > Math.abs(a.worstTrustShare.share) ? r : a)).worstTrustShare;
  const delayed = Math.max(...runs.map((r) => r.maxDelayedShare));
  const failed = runs.filter((r) => r.stopped || r.violations.spend + r.violations.trusts + r.violations.beds > 0);
  const stopped = runs.filter((r) => r.stopped);
  const sum = (k: keyof SeedFigures['violations']) => runs.reduce((a, r) => a + r.violations[k], 0);
  const without = runs.reduce((a, r) => a + r.spendWithoutIncome, 0);
  // Time per simulated year: years 1-10 against the last ten completed after them (41-50 when a 50-year run finished).
  const first = mean(runs.flatMap((r) => r.yearMs.slice(0, 10)));
  const last = mean(runs.flatMap((r) => r.yearMs.slice(Math.max(10, r.yearMs.length - 10))));
  const lengths = [...new Set(runs.map((r) => r.yearMs.length))].sort((a, b) => a - b);
  const lastYears = lengths.map((n) => `${Math.max(10, n - 10) + 1}-${n}`).join(' or ');
  const ratio = last / first;
  // Majority (Baron-Ferejohn) solves a year in the same two windows: the reason a late year can cost more.
  const solves = (from: (r: SeedFigures) => number, to: (r: SeedFigures) => number) => {
    const ys = runs.flatMap((r) => r.yearDecisions.slice(from(r), to(r)));
    return { majority: mean(ys.map((y) => y.majoritySolves)), decisions: mean(ys.map((y) => y.decisions)) };
  };
  const early = solves(() => 0, () => 10);
  const late = solves((r) => Math.max(10, r.yearMs.length - 10), (r) => r.yearMs.length);
  const lines = [
    `${model.padEnd(20)} ${runs.length} seeds x ${years} years in ${(wallMs / 1000).toFixed(0)} s`,
    `  worst spend/income ${spend.ratio.toFixed(3)}x (${spend.org}, ${spend.fy})${without ? `; ${without} organisation-years spent with no income` : ''}`,
    `  worst trust aggregate result ${pct(trust.share)} of income (${trust.fy})`,
    `  max delayed/occupied beds ${pct(delayed)}`,
    `  checks: ${failed.length ? `FAILED in ${failed.length} of ${runs.length} runs` : `held in all ${runs.length} runs`} (violations: spend ${sum('spend')}, trusts' result ${sum('trusts')}, beds ${sum('beds')})` +
      (stopped.length ? `; ${stopped.length} stopped by money beyond exact counting, at months ${stopped.map((r) => r.months).join(', ')}` : ''),
    `  time per simulated year: years 1-10 ${first.toFixed(0)} ms, years ${lastYears} ${last.toFixed(0)} ms, ratio ${ratio.toFixed(2)} (goal <= ${DECADE_RATIO_GOAL}: ${ratio <= DECADE_RATIO_GOAL ? 'met' : 'NOT met'})`,
    `  majority (Baron-Ferejohn) solves a year, decision and replay: years 1-10 ${early.majority.toFixed(1)} of ${early.decisions.toFixed(1)} decisions, years ${lastYears} ${late.majority.toFixed(1)} of ${late.decisions.toFixed(1)}`,
  ];
  return lines.join('\n');
}

export default async function longRunBench(): Promise<void> {
  const years = Number(process.env.ICSIM_LONGRUN_YEARS ?? 50);
  const seeds = Array.from({ length: Number(process.env.ICSIM_LONGRUN_SEEDS ?? 5) }, (_, i) => i + 1);
  for (const model of models()) {
    // A bundle of longRunFigures.ts, run with plain node (as the compiled CLI runs), not through tsx; made
    // again for each model, as the bench takes many minutes and a build (vitest's set-up) empties dist-node/.
    const script = await bundleBenchScript('longRunFigures');
    const t0 = performance.now();
    const r = await runNodeOk([script, `models/${model}.json`, String(years), ...seeds.map(String)]);
    const runs = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as SeedFigures);
    console.log(describe(model, years, runs, performance.now() - t0));
  }
}
