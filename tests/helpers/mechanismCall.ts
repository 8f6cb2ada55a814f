/**
 * The one place the mechanisms' unit tests (tests/engine/mechanisms/) call
 * the month's mechanisms. Each scheduled mechanism is called as
 * `callMechanism(name, st, month)` with the run's month (0 = the first
 * April); this adapter turns that into each mechanism's own arguments (a
 * financial year, a month of the year). When the schedule's calling
 * convention changes, only this file changes.
 *
 * `runMonthUntil` runs a month's schedule up to (not including) one
 * mechanism, in `Simulation.step()`'s order, so a test can call that
 * mechanism on the state it would see.
 */
import { observeMonth } from '../../src/engine/collector.ts';
import { recover } from '../../src/engine/financeRules.ts';
import { applyEventEffects } from '../../src/engine/mechanisms/applyEventEffects.ts';
import { changeLeaders } from '../../src/engine/mechanisms/changeLeaders.ts';
import { intervene } from '../../src/engine/mechanisms/intervene.ts';
import { lendBetweenPlaces } from '../../src/engine/mechanisms/lendBetweenPlaces.ts';
import { meetAndAttend } from '../../src/engine/mechanisms/meetAndAttend.ts';
import { payActivity } from '../../src/engine/mechanisms/payActivity.ts';
import { payEventCosts } from '../../src/engine/mechanisms/payEventCosts.ts';
import { payExecutive } from '../../src/engine/mechanisms/payExecutive.ts';
import { payMonth } from '../../src/engine/mechanisms/payMonth.ts';
import { planBudgets } from '../../src/engine/mechanisms/planBudgets.ts';
import { planContracts } from '../../src/engine/mechanisms/planContracts.ts';
import { planCosts } from '../../src/engine/mechanisms/planCosts.ts';
import { planExecutiveFunding } from '../../src/engine/mechanisms/planExecutiveFunding.ts';
import { planPayers } from '../../src/engine/mechanisms/planPayers.ts';
import { planSocialCareCapacity } from '../../src/engine/mechanisms/planSocialCareCapacity.ts';
import { planYear } from '../../src/engine/mechanisms/planYear.ts';
import { setCostProfiles } from '../../src/engine/mechanisms/setCostProfiles.ts';
import { stepFlows } from '../../src/engine/mechanisms/stepFlows.ts';
import { yearEndFinance } from '../../src/engine/mechanisms/yearEndFinance.ts';
import type { RunState } from '../../src/engine/runState.ts';
import { closeYear } from '../../src/engine/yearEnd.ts';

const yearOf = (month: number): number => Math.floor(month / 12);

/** The month's scheduled mechanisms, each as (state, run month), in `Simulation.step()`'s order, with when each runs. */
const SCHEDULE = [
  { id: 'beginMonth', when: 'month', run: (st: RunState, m: number) => st.ledger.beginMonth(m) },
  { id: 'applyEventEffects', when: 'month', run: (st: RunState, m: number) => applyEventEffects(st, m) },
  { id: 'meetAndAttend', when: 'month', run: (st: RunState, m: number) => meetAndAttend(st, m) },
  { id: 'planYear', when: 'april', run: (st: RunState, m: number) => planYear(st, yearOf(m)) },
  { id: 'stepFlows', when: 'month', run: (st: RunState, m: number) => stepFlows(st, m) },
  { id: 'payMonth', when: 'month', run: (st: RunState, m: number) => payMonth(st, m) },
  { id: 'payEventCosts', when: 'month', run: (st: RunState, m: number) => payEventCosts(st, m) },
  { id: 'payExecutive', when: 'month', run: (st: RunState, m: number) => payExecutive(st, m % 12) },
  { id: 'recover', when: 'month', run: (st: RunState) => recover(st.ledger, st.recoveries) },
  { id: 'lendBetweenPlaces', when: 'month', run: (st: RunState, m: number) => lendBetweenPlaces(st, m) },
  { id: 'yearEndFinance', when: 'march', run: (st: RunState, m: number) => yearEndFinance(st, yearOf(m)) },
  { id: 'audit', when: 'month', run: (st: RunState) => st.ledger.audit() },
  { id: 'observeMonth', when: 'month', run: (st: RunState, m: number) => void observeMonth(st, m) },
  { id: 'closeYear', when: 'march', run: (st: RunState, m: number) => closeYear(st.scenario, st.world, st.ledger, yearOf(m), st.years) },
  { id: 'intervene', when: 'march', run: (st: RunState, m: number) => intervene(st, yearOf(m)) },
] as const;

/** A scheduled mechanism's name. */
export type MechanismName = (typeof SCHEDULE)[number]['id'];

const runs = (when: 'month' | 'april' | 'march', m: number): boolean => when === 'month' || (when === 'april' ? m % 12 === 0 : m % 12 === 11);

/** Calls one scheduled mechanism on `st` for run month `month`. */
export function callMechanism(name: MechanismName, st: RunState, month: number): void {
  const entry = SCHEDULE.find((s) => s.id === name);
  if (!entry) throw new Error(`no mechanism ${name}`);
  entry.run(st, month);
}

/** Runs the current month's schedule (`st.month`) up to, not including, `name` (skipping steps not due this month). */
export function runMonthUntil(st: RunState, name: MechanismName): void {
  const m = st.month;
  for (const s of SCHEDULE) {
    if (s.id === name) return;
    if (runs(s.when, m)) s.run(st, m);
  }
  throw new Error(`no mechanism ${name}`);
}

/** Runs the rest of the current month's schedule from `name` on (inclusive), and moves to the next month. */
export function finishMonth(st: RunState, name: MechanismName): void {
  const m = st.month;
  let on = false;
  for (const s of SCHEDULE) {
    if (s.id === name) on = true;
    if (on && runs(s.when, m)) s.run(st, m);
  }
  st.month++;
}

/** Runs whole months until `st.month` is `month` (as `Simulation.step()` does). */
export function advanceTo(st: RunState, month: number): void {
  while (st.month < month) {
    runMonthUntil(st, 'beginMonth');
    finishMonth(st, 'beginMonth');
  }
}

/**
 * The planning round's parts (called by planYear, not by the schedule), with
 * their own arguments; `planYearUntil` runs planYear's preamble so they see
 * the state they would.
 */
export const planParts = { changeLeaders, planBudgets, planContracts, planExecutiveFunding, planPayers, planSocialCareCapacity, planCosts, setCostProfiles };

/**
 * The year's budgets as planYear passes them to its later parts: planBudgets
 * run again on a state whose planning round has run (deterministic under
 * `allocation.rule: rollForward`), and each place's central plus delegated
 * budget by line.
 */
export function planInputs(st: RunState, year: number): { yb: ReturnType<typeof planBudgets>; budgets: Float64Array[] } {
  const yb = planBudgets(st, year);
  const budgets = st.world.places.map((p) => Float64Array.from(yb.central[p.index]!, (v, l) => v + yb.delegated[p.index]![l]!));
  return { yb, budgets };
}

/** The payment parts called from payMonth, with their own arguments. */
export const payParts = { payActivity };
