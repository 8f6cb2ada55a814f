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
 *   mean over the first year, times the acute demand trend the scenario
 *   sets when it grows (season, noise and the bounded community effect
 *   together stay far inside it; a runaway loop does not). The trend is an
 *   input: at the schema's largest growth, 30% a year, it alone passes 100
 *   in 18 years, so over the fuzzer's horizons of up to 50 years the bound
 *   follows it; money that runs away shows in the next bound;
 * - each organisation's spending in a year is at most SPEND_BOUND times the
 *   larger of its income that year and the year before (an organisation
 *   cannot shed its costs within the year its income collapses), or
 *   SPEND_INCOME_FLOOR when that is larger, times what events state, plus
 *   the one-off costs of the events whose costs fall in that year. This is
 *   issue 21's plain bound: it no longer scales with activity growth or the
 *   first year's spending (only with what events state: see
 *   statedMultiplierByYear). Those are the very quantities that run away: a bound that grows
 *   with a queue without a ceiling lets costs grow without one. The scaled
 *   bound passed 50-year runs of default.json, cumbria.json and
 *   three-point-plan.json (seed 1, before issue 21's fix) in which acute
 *   trusts spent 390-670 times their income; this one fails them.
 *   The one-off costs stay, and only they, because they are the one thing
 *   a scenario states in pounds that can be the whole of an organisation's
 *   spending in a year with no dynamics at all: an event's `cost` goes up
 *   to £100bn (scenarioSchema.ts), and a reorganisation of a trust with an
 *   income of £1m, or a closure paid by a small ICB, spends it in one
 *   month. Flagging that would flag the input, not the engine. The
 *   allowance cannot hide a runaway: it is a fixed sum, counted only in the
 *   years an event pays it (the start month of a reorganisation or closure,
 *   the months of an investment), and it does not grow. The result does
 *   not say which organisation paid, so each organisation's bound that
 *   year gets it: loose only in the years of scenarios with one-off costs.
 */
import { EVENT_TYPES, eventDescriptor, growthIndex, type EventType, type RunResult, type Scenario } from '../engine/index.ts';

/** Largest ratio of a monthly flow or stock to its first month. */
export const FLOW_BOUND = 100;
/**
 * Largest ratio of an organisation's spending in a year to its income (see
 * the header). Source: issue 21 ("no organisation spends more than 10x its
 * income, no scaling by activity").
 */
export const SPEND_BOUND = 10;
/** Smallest income (GBP) the spending bound is taken of, so that an organisation with no income may spend a little without dividing by zero. */
export const SPEND_INCOME_FLOOR = 1;
/** Event types with a one-off cost that the engine pays (their `cost` in eventTypes.ts, paid by payEventCosts.ts); the cost of the others is never charged. */
const ONE_OFF_COST_TYPES: ReadonlySet<string> = new Set(EVENT_TYPES.filter((t) => eventDescriptor(t).cost));
/** Of those, the ones paid evenly over their months (an investment); the rest are paid in their first month. */
const SPREAD_COST_TYPES: ReadonlySet<string> = new Set(EVENT_TYPES.filter((t) => eventDescriptor(t).cost?.when === 'spread'));

/** One broken check. */
export interface Violation {
  check: 'ledger' | 'nonFinite' | 'bound';
  message: string;
}

/** Whether a violation is of the spending bound (an organisation's spending in a year against its income). */
export function isSpendingViolation(v: Violation): boolean {
  return v.check === 'bound' && / spent £-?\d+ in /.test(v.message);
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
  // A penny, or the rounding of doubles at the scale of the flows when that is larger (a run stopped
  // near the largest exact amount, about £90 trillion, is checked too: runFuzzCase.ts).
  const tolerance = Math.max(0.01, 8 * Number.EPSILON * (sum.ledger.inflow + sum.ledger.outflow));
  if (!(Math.abs(gap) < tolerance)) out.push({ check: 'ledger', message: `system balance differs from inflow - outflow by £${gap}` });

  const nonFinite = firstNonFinite(r);
  if (nonFinite) out.push({ check: 'nonFinite', message: nonFinite });

  const series = r.series;
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
  // Admissions follow the acute line's demand trend (demand.ts), which the bound follows when it grows, so
  // their first year is a fair yardstick; the series counts whole admissions, and a tiny system's first year
  // can round to none (fuzz seed 1, case 870: 0, then 1 a month), so the yardstick is at least one a month.
  const mean = Math.max(1, firstYearMean(series.emergencyAdmissions));
  const trend = (m: number) => Math.max(1, growthIndex(s.demand.growth.acute, s.startYear, (m + 0.5) / 12));
  const big = series.emergencyAdmissions.findIndex((v, m) => v > FLOW_BOUND * mean * trend(m) * (1 + 1e-9) + 1e-6);
  if (big >= 0) out.push({ check: 'bound', message: `series.emergencyAdmissions[${big}] = ${series.emergencyAdmissions[big]} is more than ${FLOW_BOUND} times its first-year mean (${mean}) times the acute demand trend (${trend(big).toFixed(2)}): the flow is not stable` });

  // Spending against income: the plain bound, plus the one-off costs paid that year (see the header).
  const oneOff = oneOffCostsByYear(r, s);
  const stated = statedMultiplierByYear(r, s);
  // An organisation cannot shed its costs within the year its income collapses (a commissioner's cut, beds
  // blocked so that no admission is paid): its plan for the year was made on the income it expected. The
  // yardstick is the larger of this year's income and last year's; a runaway, which outgrows income year
  // after year, still breaks it.
  const lastIncome = new Map<string, number>();
  for (const y of r.years) {
    const before = lastIncome.get(y.org) ?? 0;
    lastIncome.set(y.org, y.income);
    const allowance = oneOff[y.year - r.meta.startYear] ?? 0;
    const limit = SPEND_BOUND * Math.max(y.income, before, SPEND_INCOME_FLOOR) * (stated[y.year - r.meta.startYear] ?? 1) + allowance;
    if (!(y.spend <= limit)) {
      const ratio = y.income > 0 ? `${(y.spend / y.income).toFixed(1)} times its income` : 'with no income';
      out.push({ check: 'bound', message: `${y.org} spent £${y.spend.toFixed(0)} in ${y.fy}, ${ratio} (£${y.income.toFixed(0)}); at most ${SPEND_BOUND} x its income${allowance ? ` plus the year's one-off event costs (£${allowance.toFixed(0)})` : ''}` });
    }
  }
  return out;
}

/**
 * The spending multiplier a scenario states through its events, by year index: an overspend (or a
 * closure with nowhere to move its activity) multiplies a trust's costs by 1 + magnitude, and an
 * over-performance multiplies its activity (billed to commissioners at up to the marginal rate) by
 * 1 + magnitude, for the months they run. These are inputs in the same sense as a one-off cost (a
 * magnitude of 20 says "spend 21 times as much"), not dynamics, so the plain bound is multiplied by
 * the product over the events active in a year, at the largest magnitude the scenario gives their
 * type. Activity growth, queues and the first year's spending still do not loosen it.
 */
function statedMultiplierByYear(r: RunResult, s: Scenario): number[] {
  const largest = (type: string) => Math.max(0, ...[...s.events, ...s.randomEvents].filter((e) => e.type === type).map((e) => e.magnitude));
  const out = new Array<number>(r.meta.years).fill(1);
  for (const e of r.events) {
    const multiplies = EVENT_TYPES.includes(e.type as EventType) ? eventDescriptor(e.type as EventType).multiplies : undefined;
    const m = multiplies === 'cost' ? 1 + largest(e.type) : multiplies === 'activity' ? (1 + largest(e.type)) * Math.max(1, s.income.marginalRate) : 1;
    if (m === 1) continue;
    const years = new Set<number>();
    for (let month = e.start; month < Math.max(e.end, e.start + 1) && month < 12 * out.length; month++) years.add(Math.floor(month / 12));
    for (const y of years) out[y]! *= m;
  }
  return out;
}

/**
 * The one-off event costs (GBP) paid in each year of the run, by year index:
 * a reorganisation's or a closure's in its start month, an investment's
 * spread evenly over its months (as payEventCosts.ts pays it). The result
 * does not carry an event's cost, so each takes the largest cost the
 * scenario gives an event of its type.
 */
function oneOffCostsByYear(r: RunResult, s: Scenario): number[] {
  const costOf = (type: string) => Math.max(0, ...[...s.events, ...s.randomEvents].filter((e) => e.type === type).map((e) => e.cost));
  const out = new Array<number>(r.meta.years).fill(0);
  for (const e of r.events) {
    if (!ONE_OFF_COST_TYPES.has(e.type)) continue;
    const cost = costOf(e.type);
    if (!SPREAD_COST_TYPES.has(e.type)) {
      if (e.start < 12 * out.length) out[Math.floor(e.start / 12)]! += cost;
      continue;
    }
    const months = Math.max(1, e.end - e.start);
    for (let m = e.start; m < e.end && m < 12 * out.length; m++) out[Math.floor(m / 12)]! += cost / months;
  }
  return out;
}
