/**
 * The month's schedule (docs/ODD.md §3) as data: one row per step, in model
 * order, each with its id, when it runs and what it runs. `Simulation.step()`
 * iterates this table; a step's number is its position (1-based), the only
 * numbering, used by ODD §3's table and docs/ARCHITECTURE.md ("The month"),
 * which tests/engine/schedule.test.ts checks against this table. Every step
 * is called the same way, `run(state, month)`, and calls its mechanisms with
 * what they take (the month, the month of the year or the year).
 */
import { observeMonth, type MonthSnapshot } from './collector.ts';
import { recover } from './financeRules.ts';
import { applyEventEffects } from './mechanisms/applyEventEffects.ts';
import { intervene } from './mechanisms/intervene.ts';
import { lendBetweenPlaces } from './mechanisms/lendBetweenPlaces.ts';
import { meetAndAttend } from './mechanisms/meetAndAttend.ts';
import { payEventCosts } from './mechanisms/payEventCosts.ts';
import { payExecutive } from './mechanisms/payExecutive.ts';
import { payMonth } from './mechanisms/payMonth.ts';
import { planYear } from './mechanisms/planYear.ts';
import { stepFlows } from './mechanisms/stepFlows.ts';
import { yearEndFinance } from './mechanisms/yearEndFinance.ts';
import type { RunState } from './runState.ts';
import { closeYear } from './yearEnd.ts';

/**
 * When a step runs: every month, in April (the first month of a financial
 * year), in March (its last) or in the loans' forecast month
 * (`finance.loans.forecastMonth`, a month of the year).
 */
export type When = 'month' | 'april' | 'march' | 'forecastMonth';

/** One step of the month. */
export interface ScheduledStep {
  /** Stable name of the step (ODD §3's `id` column). */
  id: string;
  when: When;
  /** Runs the step's mechanisms on the state for month `month` of the run (0 = the first April); the observation returns the month's snapshot. */
  run: (st: RunState, month: number) => MonthSnapshot | void;
}

/** The financial year (0 = the first) of a month of the run. */
const yearOf = (month: number) => Math.floor(month / 12);

/** The steps of a month, in model order. */
export const SCHEDULE: readonly ScheduledStep[] = [
  { id: 'openLedger', when: 'month', run: (st, m) => { st.ledger.beginMonth(m); } },
  { id: 'events', when: 'month', run: (st, m) => { applyEventEffects(st, m); } },
  { id: 'gpMeets', when: 'month', run: (st, m) => { meetAndAttend(st, m); } },
  { id: 'planningRound', when: 'april', run: (st, m) => { planYear(st, yearOf(m)); } },
  { id: 'flows', when: 'month', run: (st, m) => { stepFlows(st, m); } },
  {
    id: 'money',
    when: 'month',
    run: (st, m) => {
      payMonth(st, m);
      payEventCosts(st, m);
      payExecutive(st, m % 12);
      recover(st.ledger, st.recoveries);
    },
  },
  { id: 'loans', when: 'forecastMonth', run: (st, m) => { lendBetweenPlaces(st, m); } },
  { id: 'yearEndFinance', when: 'march', run: (st, m) => { yearEndFinance(st, yearOf(m)); } },
  { id: 'audit', when: 'month', run: (st) => { st.ledger.audit(); } },
  { id: 'observation', when: 'month', run: (st, m) => observeMonth(st, m) },
  {
    id: 'yearEnd',
    when: 'march',
    run: (st, m) => {
      closeYear(st.scenario, st.world, st.ledger, yearOf(m), st.years);
      intervene(st, yearOf(m));
    },
  },
];

/** True when a step runs in month `month` of the run. */
export function isDue(when: When, st: RunState, month: number): boolean {
  const mo = month % 12;
  switch (when) {
    case 'month':
      return true;
    case 'april':
      return mo === 0;
    case 'march':
      return mo === 11;
    case 'forecastMonth':
      return mo === st.scenario.finance.loans.forecastMonth;
  }
}
