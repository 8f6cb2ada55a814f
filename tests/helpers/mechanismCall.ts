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
 *
 * The order and times come from the engine's `SCHEDULE` (src/engine/schedule.ts),
 * not from a copy: a step that makes one call is run as the engine runs it and
 * named after that call; a step that makes several (the money, the year end)
 * is split into its calls, read from its source (tests/helpers/scheduleCalls.ts),
 * each called through `PARTS` below, so a test can stop between them. A new
 * step is run here without any change; a new call in a split step with no
 * entry in `PARTS` stops every test that imports this file with its name.
 * tests/engine/mechanisms/scheduleAdapter.test.ts checks the split against
 * `Simulation.step()` to the penny.
 */
import { recover } from '../../src/engine/financeRules.ts';
import { changeLeaders } from '../../src/engine/mechanisms/changeLeaders.ts';
import { intervene } from '../../src/engine/mechanisms/intervene.ts';
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
import { setCostProfiles } from '../../src/engine/mechanisms/setCostProfiles.ts';
import type { RunState } from '../../src/engine/runState.ts';
import { isDue, SCHEDULE, type When } from '../../src/engine/schedule.ts';
import { closeYear } from '../../src/engine/yearEnd.ts';
import { calls } from './scheduleCalls.ts';

const yearOf = (month: number): number => Math.floor(month / 12);

/** How to call, on its own with the run's month, each mechanism that a step of several calls makes (the step's own arguments for it). */
const PARTS: Record<string, (st: RunState, m: number) => void> = {
  payMonth: (st, m) => payMonth(st, m),
  payEventCosts: (st, m) => payEventCosts(st, m),
  payExecutive: (st, m) => payExecutive(st, m % 12),
  recover: (st) => recover(st.ledger, st.recoveries),
  closeYear: (st, m) => closeYear(st.scenario, st.world, st.ledger, yearOf(m), st.years),
  intervene: (st, m) => intervene(st, yearOf(m)),
};

/** One scheduled mechanism: its name and when its step runs. */
interface Call {
  name: string;
  when: When;
  run: (st: RunState, m: number) => void;
}

/** The month's scheduled mechanisms in `SCHEDULE`'s order, steps of several calls split into their calls. */
const CALLS: readonly Call[] = SCHEDULE.flatMap((s): Call[] => {
  const names = calls(s.run);
  if (names.length === 1) return [{ name: names[0]!, when: s.when, run: (st, m) => void s.run(st, m) }];
  return names.map((name) => {
    const run = PARTS[name];
    if (!run) throw new Error(`tests/helpers/mechanismCall.ts: the schedule's step ${s.id} calls ${name}, which PARTS cannot call on its own; add it`);
    return { name, when: s.when, run };
  });
});

/** A scheduled mechanism's name (the call a step makes, e.g. `stepFlows`, `payExecutive`). */
export type MechanismName = string;

function find(name: MechanismName): Call {
  const entry = CALLS.find((s) => s.name === name);
  if (!entry) throw new Error(`no mechanism ${name} in the schedule (${CALLS.map((c) => c.name).join(', ')})`);
  return entry;
}

/** Calls one scheduled mechanism on `st` for run month `month` (whether or not its step is due that month). */
export function callMechanism(name: MechanismName, st: RunState, month: number): void {
  find(name).run(st, month);
}

/** Runs the current month's schedule (`st.month`) up to, not including, `name` (skipping steps not due this month). */
export function runMonthUntil(st: RunState, name: MechanismName): void {
  find(name);
  const m = st.month;
  for (const s of CALLS) {
    if (s.name === name) return;
    if (isDue(s.when, st, m)) s.run(st, m);
  }
}

/** Runs the rest of the current month's schedule from `name` on (inclusive), and moves to the next month. */
export function finishMonth(st: RunState, name: MechanismName): void {
  find(name);
  const m = st.month;
  let on = false;
  for (const s of CALLS) {
    if (s.name === name) on = true;
    if (on && isDue(s.when, st, m)) s.run(st, m);
  }
  st.month++;
}

/** Runs whole months until `st.month` is `month` (as `Simulation.step()` does). */
export function advanceTo(st: RunState, month: number): void {
  while (st.month < month) finishMonth(st, CALLS[0]!.name);
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
