/**
 * Metamorphic relations (issue 25): properties that tie two runs together,
 * checked on fuzzed scenarios where no expected value is known.
 *
 * - `determinism`: the same scenario and seed twice give byte-identical results.
 * - `summaryOnly`: a run that keeps only its summary gives the summary of the full run, byte for byte.
 * - `checkpoint`: a run saved to a checkpoint halfway (through JSON), restored and finished gives the uninterrupted result.
 * - `moneyScale`: every money input (the fields in GBP: allocation per head, cost per bed-day,
 *   council funding per head, care package cost, GP leadership and management costs, event costs)
 *   times 10 gives every organisation's income, spend and result times 10 and the same outcome.
 *   "Times 10" is within £10 (£1 at the first run's scale) or 1e-5 of it: the ledger counts whole
 *   pence, so each transfer of either run is rounded to a penny and an organisation-year of a few
 *   hundred transfers carries some pence of rounding, which scaling the first run by 10 turns into
 *   pounds (measured: the difference stays a few pounds at ×10, ×100 and ×1000, so it does not
 *   grow with the money; a money threshold that were not scaled would). An outcome may differ
 *   only where a result is within that of a classification edge (zero, or the tolerance band's
 *   ± `finance.toleranceBand` × income, which both runs share: an ICB that keeps a reserve equal to
 *   the band sits on the edge, and a penny decides), or an income within it of zero.
 * - `reorder:LIST`: a list that carries no meaning reversed (the systems; within each system its
 *   places, PCNs, practices, trusts or councils; a place's list of PCNs) gives the same outcome
 *   counts and every organisation's income, spend and result within £1 (matched by id).
 *
 * A relation that fails names the first difference.
 */
import { applyVariant, checkpoint, parseScenario, restore, ScaleError, ScenarioError, Simulation, type RunResult, type Scenario } from '../engine/index.ts';
import type { ValidCase } from './fuzzCase.ts';

/** The lists a scenario may hold in any order. */
export const REORDERED_LISTS = ['systems', 'places', 'pcns', 'practices', 'trusts', 'councils', 'placePcns'] as const;
export type ReorderedList = (typeof REORDERED_LISTS)[number];

export const RELATIONS = ['determinism', 'summaryOnly', 'checkpoint', 'moneyScale', ...REORDERED_LISTS.map((l) => `reorder:${l}` as const)] as const;
export type Relation = (typeof RELATIONS)[number];

/** One relation checked on one case. */
export interface RelationReport {
  relation: Relation;
  /** 'na' when the relation does not apply (a generated world has no lists to reorder; a list of one). */
  result: 'holds' | 'broken' | 'na';
  detail: string;
}

/** Money inputs, by where they sit in a parsed scenario (module header). */
const MONEY_FIELDS: ReadonlyArray<readonly [string, string]> = [
  ['allocation', 'perHead'],
  ['acute', 'costPerBedDay'],
  ['council', 'fundingPerHead'],
  ['council', 'packageCostPerMonth'],
];

type Row = { income: number; spend: number; result: number; outcome: string };

/** Each organisation-year's money and outcome, by organisation id and year. */
function rowsById(r: RunResult): Map<string, Row> {
  return new Map(r.years.map((y) => [`${y.org} ${y.fy}`, { income: y.income, spend: y.spend, result: y.result, outcome: y.outcome }]));
}

/**
 * The first difference between two results, or '' when none: every
 * organisation-year's income, spend and result (b against a times `scale`,
 * matched by organisation id, within `tolerance(value)`) and its outcome.
 * An outcome may differ only where the result is within `outcomeSlack` of a
 * classification edge: zero, or ± `band` × income (the tolerance band of
 * yearEnd.ts `classify`), or where the income is within it of zero. The
 * ledger counts pence, so a result a penny above an edge at one scale can
 * be on it at another.
 */
function compareResults(a: RunResult, b: RunResult, scale: number, tolerance: (v: number) => number, outcomeSlack = 0, band = 0): string {
  const ra = rowsById(a);
  const rb = rowsById(b);
  if (ra.size !== rb.size) return `${ra.size} organisation-years vs ${rb.size}`;
  const nearEdge = (result: number, income: number) =>
    Math.abs(income) <= outcomeSlack || Math.min(Math.abs(result), Math.abs(result - band * income), Math.abs(result + band * income)) <= outcomeSlack;
  for (const [k, x] of ra) {
    const y = rb.get(k);
    if (!y) return `${k} is missing`;
    for (const f of ['income', 'spend', 'result'] as const) {
      const want = x[f] * scale;
      if (Math.abs(y[f] - want) > tolerance(want)) return `${k} ${f}: ${want.toFixed(2)} expected, ${y[f].toFixed(2)} (off by £${Math.abs(y[f] - want).toFixed(2)})`;
    }
    if (x.outcome !== y.outcome && !(nearEdge(y.result, y.income) && nearEdge(x.result * scale, x.income * scale))) return `${k}: ${x.outcome} became ${y.outcome} (result ${(x.result * scale).toFixed(2)} vs ${y.result.toFixed(2)})`;
  }
  if (!outcomeSlack) {
    const counts = (r: RunResult) => JSON.stringify(r.summary.outcomes);
    if (counts(a) !== counts(b)) return `outcome counts differ: ${counts(a).slice(0, 160)} vs ${counts(b).slice(0, 160)}`;
  }
  return '';
}

/** A scenario with one list reversed, or undefined when the list is absent or no list has two entries. */
export function reorder(raw: Record<string, unknown>, list: ReorderedList): Record<string, unknown> | undefined {
  const systems = raw.systems as Array<Record<string, unknown>> | undefined;
  if (!Array.isArray(systems)) return undefined;
  const copy = structuredClone(raw);
  const sys = copy.systems as Array<Record<string, unknown>>;
  let changed = false;
  const rev = <T>(xs: T[] | undefined): T[] | undefined => {
    if (Array.isArray(xs) && xs.length > 1) changed = true;
    return Array.isArray(xs) ? [...xs].reverse() : xs;
  };
  if (list === 'systems') copy.systems = rev(sys);
  else if (list === 'placePcns') for (const s of sys) for (const p of (s.places as Array<Record<string, unknown>>) ?? []) p.pcns = rev(p.pcns as string[]);
  else for (const s of sys) s[list] = rev(s[list] as unknown[]);
  return changed ? copy : undefined;
}

/** The scenario with every money input times `k` (see the module header). */
export function scaleMoney(s: Scenario, k: number): Scenario {
  const out = structuredClone(s) as unknown as Record<string, Record<string, unknown>>;
  for (const [a, b] of MONEY_FIELDS) out[a]![b] = (out[a]![b] as number) * k;
  const gov = out.governance as unknown as { gp: { executive?: Record<string, unknown> } };
  const exec = gov.gp.executive as { costPerHour?: number; managementCost?: number } | undefined;
  if (exec && typeof exec.costPerHour === 'number') exec.costPerHour *= k;
  if (exec && typeof exec.managementCost === 'number') exec.managementCost *= k;
  for (const key of ['events', 'randomEvents'] as const) for (const e of out[key] as unknown as Array<{ cost: number }>) e.cost *= k;
  return out as unknown as Scenario;
}

const run = (s: Scenario, seed: number, summaryOnly = false) => new Simulation(s, { seed, summaryOnly }).run();

/** Checks the relations on a valid case (its variant applied). */
export function checkMetamorphic(c: ValidCase, relations: readonly Relation[] = RELATIONS): RelationReport[] {
  const data = (c.variant !== 'base' ? applyVariant(c.raw, c.variant) : c.raw) as Record<string, unknown>;
  let scenario: Scenario;
  try {
    scenario = parseScenario(data, 'fuzz');
  } catch (e) {
    // A case the fuzzer meant as valid but validation refuses is the plain fuzz's concern (rejectedValid).
    if (e instanceof ScenarioError) return relations.map((relation) => ({ relation, result: 'na', detail: 'rejected by validation' }));
    throw e;
  }
  const out: RelationReport[] = [];
  let base: RunResult;
  try {
    base = run(scenario, c.runSeed);
  } catch (e) {
    // A run beyond exact counting stops by design (src/fuzz/runFuzzCase.ts): nothing to relate.
    if (e instanceof ScaleError) return relations.map((relation) => ({ relation, result: 'na', detail: 'money beyond exact counting' }));
    throw e;
  }
  const baseText = JSON.stringify(base);
  const say = (relation: Relation, broken: string) => out.push({ relation, result: broken ? 'broken' : 'holds', detail: broken });
  for (const relation of relations) {
    if (relation === 'determinism') {
      const again = JSON.stringify(run(scenario, c.runSeed));
      say(relation, again === baseText ? '' : `a second run differs from character ${[...again].findIndex((ch, i) => ch !== baseText[i])}`);
    } else if (relation === 'summaryOnly') {
      const s = JSON.stringify(run(scenario, c.runSeed, true).summary);
      say(relation, s === JSON.stringify(base.summary) ? '' : 'the summary-only run gives another summary');
    } else if (relation === 'checkpoint') {
      const sim = new Simulation(scenario, { seed: c.runSeed });
      const half = Math.floor(sim.totalMonths / 2);
      while (sim.month < half) sim.step();
      const resumed = restore(scenario, JSON.parse(JSON.stringify(checkpoint(sim)))).run();
      say(relation, JSON.stringify(resumed) === baseText ? '' : `resumed from month ${half} differs`);
    } else if (relation === 'moneyScale') {
      let scaled: RunResult;
      try {
        scaled = run(scaleMoney(scenario, 10), c.runSeed);
      } catch (e) {
        if (e instanceof ScaleError) {
          out.push({ relation, result: 'na', detail: 'money times 10 is beyond exact counting' });
          continue;
        }
        throw e;
      }
      // £1 at the first run's scale (see the module header), and outcomes within that of an edge of the band.
      say(relation, compareResults(base, scaled, 10, (v) => Math.max(10, Math.abs(v) * 1e-5), 10, scenario.finance.toleranceBand));
    } else {
      const list = relation.slice('reorder:'.length) as ReorderedList;
      const reordered = reorder(data, list);
      if (!reordered) {
        out.push({ relation, result: 'na', detail: 'no such list of two or more' });
        continue;
      }
      const other = run(parseScenario(reordered, 'fuzz'), c.runSeed);
      say(relation, compareResults(base, other, 1, () => 1));
    }
  }
  return out;
}
