/**
 * What must hold for every run of a valid scenario, whatever its settings:
 * money is conserved, every number is finite, and the physical bounds hold.
 *
 * The bounds, stated:
 * - no stock or flow is negative (beds, delayed discharges, care packages,
 *   admissions, spending by line);
 * - patients are conserved: beds occupied in any month are at most the beds
 *   occupied in the first month plus every admission since, and delayed
 *   discharges at most the beds occupied;
 * - flows are stable: monthly admissions stay within FLOW_BOUND times their
 *   mean over the first year (demand growth, season, noise and the bounded
 *   community effect together stay far inside it; a runaway loop does not);
 *   money that runs away shows in the next bound;
 * - each organisation's spending in a year is at most SPEND_BOUND times the
 *   largest of its income that year, its income in the first year and its
 *   spending in the first year (a scenario may set unit costs far above
 *   its funding: that gap is the scenario's, not a runaway), times the
 *   growth of activity since the first year (mean beds occupied, care
 *   packages and admissions: a queue that fills because a council's
 *   capacity is cut is physics, and is bounded by the patients' own
 *   conservation above), times the cost multipliers of overspend and
 *   closure events (and with the first year's spending undone by events
 *   that cut costs), plus the one-off costs of the run's events.
 */
import type { RunResult, Scenario } from '../engine/index.ts';

/** Largest ratio of a monthly flow or stock to its first month. */
export const FLOW_BOUND = 100;
/** Largest ratio of an organisation's spending in a year to its income (see the header). */
export const SPEND_BOUND = 10;

/** One broken check. */
export interface Violation {
  check: 'ledger' | 'nonFinite' | 'bound';
  message: string;
}

/** The path of the first number in `value` that is NaN or infinite, or undefined. */
export function firstNonFinite(value: unknown, path = ''): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${path || '(root)'} = ${value}`;
  if (ArrayBuffer.isView(value)) {
    const a = value as unknown as ArrayLike<number>;
    for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i]!)) return `${path}[${i}] = ${a[i]}`;
    return undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = firstNonFinite(value[i], `${path}[${i}]`);
      if (hit) return hit;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const hit = firstNonFinite(v, path ? `${path}.${k}` : k);
      if (hit) return hit;
    }
  }
  return undefined;
}

/** Checks a run's result; returns every violation found (empty when all hold). */
export function checkResult(r: RunResult, s: Scenario): Violation[] {
  const out: Violation[] = [];
  const sum = r.summary;
  if (!sum.ledger.conserved) out.push({ check: 'ledger', message: 'summary.ledger.conserved is false' });
  const gap = sum.systemBalance - (sum.ledger.inflow - sum.ledger.outflow);
  if (!(Math.abs(gap) < 0.01)) out.push({ check: 'ledger', message: `system balance differs from inflow - outflow by £${gap}` });

  const nonFinite = firstNonFinite(r);
  if (nonFinite) out.push({ check: 'nonFinite', message: nonFinite });

  const series = r.series;
  // Overspends, and closures with nowhere for the activity to go, multiply a trust's costs by 1 + magnitude while they last.
  const costEvents = [...s.events, ...s.randomEvents].filter((e) => e.type === 'acuteOverspend' || e.type === 'hospitalClosure');
  const overspend = costEvents.reduce((a, e) => a * (1 + Math.max(0, e.magnitude)), 1);
  const costCut = costEvents.reduce((a, e) => a * (1 + Math.min(0, e.magnitude)), 1);
  const costOf = (type: string) => Math.max(0, ...s.events.filter((e) => e.type === type).map((e) => e.cost), ...s.randomEvents.filter((e) => e.type === type).map((e) => e.cost));
  const eventCosts = r.events.reduce((a, e) => a + costOf(e.type), 0);
  const firstYearMean = (v: number[]) => v.slice(0, 12).reduce((a, b) => a + b, 0) / Math.max(1, Math.min(12, v.length));

  const stocks: Array<[string, number[]]> = [
    ['bedsOccupied', series.bedsOccupied],
    ['delayedDischarges', series.delayedDischarges],
    ['carePackages', series.carePackages],
    ['emergencyAdmissions', series.emergencyAdmissions],
    ...Object.entries(series.spendingByLine).map(([l, v]) => [`spendingByLine.${l}`, v] as [string, number[]]),
    ...series.byPlace.flatMap((p) => [[`byPlace.${p.place}.bedsOccupied`, p.bedsOccupied], [`byPlace.${p.place}.delayedDischarges`, p.delayedDischarges]] as Array<[string, number[]]>),
  ];
  for (const [name, values] of stocks) {
    const neg = values.findIndex((v) => v < -1e-9);
    if (neg >= 0) out.push({ check: 'bound', message: `series.${name}[${neg}] = ${values[neg]} is negative` });
  }
  let admitted = 0;
  series.bedsOccupied.forEach((beds, m) => {
    admitted += series.emergencyAdmissions[m] ?? 0;
    if (beds > (series.bedsOccupied[0]! + admitted) * (1 + 1e-9) + 1e-6) out.push({ check: 'bound', message: `series.bedsOccupied[${m}] = ${beds} exceeds the first month's beds plus every admission since (${series.bedsOccupied[0]! + admitted})` });
    const delayed = series.delayedDischarges[m] ?? 0;
    if (delayed > beds * (1 + 1e-9) + 1e-6) out.push({ check: 'bound', message: `series.delayedDischarges[${m}] = ${delayed} exceeds the beds occupied (${beds})` });
  });
  // Admissions never start at zero (admissionsPerThousand >= 1), so their first year is a fair yardstick.
  const mean = firstYearMean(series.emergencyAdmissions);
  const big = series.emergencyAdmissions.findIndex((v) => v > FLOW_BOUND * mean * (1 + 1e-9) + 1e-6);
  if (big >= 0) out.push({ check: 'bound', message: `series.emergencyAdmissions[${big}] = ${series.emergencyAdmissions[big]} is more than ${FLOW_BOUND} times its first-year mean (${mean}): the flow is not stable` });

  // Spending against income.
  const first = new Map<string, { income: number; spend: number; year: number }>();
  for (const y of r.years) if (!first.has(y.org)) first.set(y.org, { income: y.income, spend: y.spend, year: y.year });
  const yearMean = (v: number[], k: number) => {
    const part = v.slice(12 * k, 12 * k + 12);
    return part.reduce((a, b) => a + b, 0) / Math.max(1, part.length);
  };
  const activity = (k: number) =>
    Math.max(1, ...[series.bedsOccupied, series.carePackages, series.emergencyAdmissions].map((v) => (yearMean(v, 0) > 0 ? yearMean(v, k) / yearMean(v, 0) : 1)));
  for (const y of r.years) {
    const f = first.get(y.org)!;
    const ref = Math.max(y.income, f.income, f.spend / Math.max(costCut, 1e-12));
    if (ref <= 0) continue;
    const limit = SPEND_BOUND * ref * activity(y.year - f.year) * overspend + eventCosts;
    if (y.spend > limit) out.push({ check: 'bound', message: `${y.org} spent £${y.spend.toFixed(0)} in ${y.fy}, more than ${SPEND_BOUND} x (the larger of its income and its first-year income and spending, £${ref.toFixed(0)}) allows` });
  }
  return out;
}
