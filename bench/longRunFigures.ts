/**
 * One model's long runs in a fresh process (spawned by longRun.bench.ts):
 * for each seed, a run of the model over the given years through
 * runLongRun, checked by checkLongRun, and the figures of issue 21 read
 * from it. Prints one JSON line per seed.
 *
 * Usage: node longRunFigures.mjs MODEL.json YEARS SEED...
 */
import { readFileSync } from 'node:fs';
import { parseScenario, TRUST_KINDS, type RunResult } from '../src/engine/index.ts';
import { checkLongRun } from '../src/fuzz/checkLongRun.ts';
import { runLongRun } from '../src/fuzz/runLongRun.ts';

/** What one seed's run gave. */
export interface SeedFigures {
  seed: number;
  /** Months completed, and the ScaleError when money outgrew exact counting before the end. */
  months: number;
  stopped: string | undefined;
  /** Largest spending over income of any organisation in any year (organisations with income), with who and when. */
  worstSpendRatio: { ratio: number; org: string; fy: string };
  /** Organisation-years that spent with no income. */
  spendWithoutIncome: number;
  /** The trusts' aggregate result as a share of their income in the year where it was furthest from zero. */
  worstTrustShare: { share: number; fy: string };
  /** Largest share of occupied beds held by delayed discharges in any month, system or place. */
  maxDelayedShare: number;
  /** checkLongRun's violations, by bound. */
  violations: { spend: number; trusts: number; beds: number };
  /** Wall time of each simulated year (ms). */
  yearMs: number[];
  /**
   * Each simulated year's decisions and how many of them were solved as majority bargaining
   * (the adopted rule or its replay without general practice): a Baron-Ferejohn solve costs several
   * times a consensus one, so a run whose boards move from consensus to votes as money tightens
   * (a stylised fact of docs/MODEL.md §8) costs more a year late in the run.
   */
  yearDecisions: Array<{ decisions: number; majoritySolves: number }>;
}

const TRUSTS: ReadonlySet<string> = new Set(TRUST_KINDS);

function worstSpend(r: RunResult): { worst: SeedFigures['worstSpendRatio']; without: number } {
  let worst = { ratio: 0, org: '', fy: '' };
  let without = 0;
  for (const y of r.years) {
    if (y.income > 0) {
      if (y.spend / y.income > worst.ratio) worst = { ratio: y.spend / y.income, org: y.org, fy: y.fy };
    } else if (y.spend > 0) without++;
  }
  return { worst, without };
}

function worstTrust(r: RunResult): SeedFigures['worstTrustShare'] {
  const byYear = new Map<string, { income: number; result: number }>();
  for (const y of r.years) {
    if (!TRUSTS.has(y.kind)) continue;
    const t = byYear.get(y.fy) ?? { income: 0, result: 0 };
    t.income += y.income;
    t.result += y.result;
    byYear.set(y.fy, t);
  }
  let worst = { share: 0, fy: '' };
  for (const [fy, t] of byYear) {
    const share = t.income > 0 ? t.result / t.income : 0;
    if (Math.abs(share) > Math.abs(worst.share)) worst = { share, fy };
  }
  return worst;
}

function maxDelayed(r: RunResult): number {
  const s = r.series;
  let max = 0;
  for (const [occupied, delayed] of [[s.bedsOccupied, s.delayedDischarges], ...s.byPlace.map((p) => [p.bedsOccupied, p.delayedDischarges])] as Array<[number[], number[]]>) {
    delayed.forEach((d, m) => {
      const b = occupied[m] ?? 0;
      if (b > 0) max = Math.max(max, d / b);
    });
  }
  return max;
}

function decisionsByYear(r: RunResult, years: number): SeedFigures['yearDecisions'] {
  const out = Array.from({ length: years }, () => ({ decisions: 0, majoritySolves: 0 }));
  // Simulated years in order by their financial year ("2023/24" sorts as it runs).
  const index = new Map([...new Set(r.decisions.map((d) => d.fy))].sort().map((fy, i) => [fy, i]));
  for (const d of r.decisions) {
    const y = out[index.get(d.fy)!];
    if (!y) continue;
    y.decisions++;
    y.majoritySolves += (d.rule === 'majority' ? 1 : 0) + (d.counterfactualRule === 'majority' ? 1 : 0);
  }
  return out;
}

const [file, years, ...seeds] = process.argv.slice(2);
const scenario = parseScenario(JSON.parse(readFileSync(file!, 'utf8')), file);
for (const seed of seeds.map(Number)) {
  const run = runLongRun(scenario, { seed, years: Number(years) });
  const v = checkLongRun(run.result, scenario);
  const count = (k: string) => v.filter((x) => x.message.includes(k)).length;
  const spend = worstSpend(run.result);
  const figures: SeedFigures = {
    seed,
    months: run.months,
    stopped: run.stopped,
    worstSpendRatio: spend.worst,
    spendWithoutIncome: spend.without,
    worstTrustShare: worstTrust(run.result),
    maxDelayedShare: maxDelayed(run.result),
    violations: { spend: count(' spent £'), trusts: count("trusts' aggregate result"), beds: count(' delayed discharges ') },
    yearMs: run.yearMs,
    yearDecisions: decisionsByYear(run.result, run.yearMs.length),
  };
  console.log(JSON.stringify(figures));
}
