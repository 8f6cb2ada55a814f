/**
 * Observation (docs/ODD.md §3 step 10 and §5.3), after Mesa's DataCollector: at the
 * end of each month {@link observeMonth} reads the run state (the month's
 * flows, the ledger's balances, general practice's attendance and voice) and
 * appends one value to each series of the registry's monthly table
 * (monthlyMetrics.ts). Mechanisms never record observations themselves: a
 * new scalar monthly series is an entry of that table (reading the
 * `MonthFrame` computed here), and a new summary figure an entry of metrics.ts.
 */
import { LINE_COUNT, LINES } from './lines.ts';
import { MONTHLY, type MonthFrame, type MonthlyId } from './monthlyMetrics.ts';
import { KIND_DESCRIPTORS, type OrgKind } from './orgKinds.ts';
import type { Series } from './runRecords.ts';
import type { ObservationState, RunState } from './runState.ts';
import type { World } from './world.ts';

/** What one month looked like, for streaming to a page. */
export interface MonthSnapshot {
  month: number;
  label: string;
  bedsOccupied: number;
  delayedDischarges: number;
  carePackages: number;
  emergencyAdmissions: number;
  /** Spending per line this month (GBP), in line order. */
  spendingByLine: number[];
  /** Balance per tracked organisation (GBP), in `Series.balances` order. */
  balances: number[];
}

/** An empty collection for a world. */
export function createObservation(world: World): ObservationState {
  const spending = {} as Series['spendingByLine'];
  for (const l of LINES) spending[l] = [];
  // Kinds reported in aggregate (practices) are summed into one series.
  const tracked = world.orgs.filter((o) => !KIND_DESCRIPTORS[o.kind].aggregated).map((o) => o.index);
  const practiceOrgs = world.orgs.filter((o) => KIND_DESCRIPTORS[o.kind].aggregated).map((o) => o.index);
  return {
    series: {
      month: [],
      ...(Object.fromEntries(MONTHLY.map((m) => [m.id, [] as number[]])) as Record<MonthlyId, number[]>),
      spendingByLine: spending,
      byPlace: world.places.map((p) => ({ place: p.id, bedsOccupied: [], delayedDischarges: [] })),
      balances: [
        ...tracked.map((i) => ({ org: world.orgs[i]!.id, kind: world.orgs[i]!.kind as OrgKind | 'practices', values: [] as number[] })),
        ...(practiceOrgs.length ? [{ org: 'all practices', kind: 'practices' as const, values: [] as number[] }] : []),
      ],
    },
    tracked,
    practiceOrgs,
    attendanceSum: 0,
    cohesionSum: 0,
    mandateGapSum: 0,
    delayedShareSum: 0,
    delayedSum: 0,
    months: 0,
  };
}

/**
 * Records month `month` from the state (after the month's mechanisms have run)
 * and returns its snapshot. A summary-only run keeps the running sums the
 * summary needs and no series.
 */
export function observeMonth(st: RunState, month: number): MonthSnapshot {
  const o = st.observation;
  const keep = !st.summaryOnly;
  const s = o.series;
  const w = st.world;
  const f = st.flows;
  const L = st.ledger;

  // General practice's attendance and voice.
  let att = 0;
  for (let c = 0; c < w.pcns.length; c++) att += st.cdAttendanceRate[c]!;
  let coh = 0;
  let gap = 0;
  let contra = 0;
  const vs = st.voice.stats;
  for (let p = 0; p < w.places.length; p++) {
    coh += vs.cohesion[p]!;
    gap += vs.mandateGap[p]!;
    contra += vs.contradiction[p]!;
  }
  const np = Math.max(1, w.places.length);
  const attendance = round4(att / Math.max(1, w.pcns.length));
  const cohesion = round4(coh / np);
  const mandateGap = round4(gap / np);
  o.attendanceSum += attendance;
  o.cohesionSum += cohesion;
  o.mandateGapSum += mandateGap;

  // Flows, summed over places in order.
  let beds = 0;
  let delayed = 0;
  let packages = 0;
  let admissions = 0;
  for (let p = 0; p < w.places.length; p++) {
    const b = f.bedDays[p]! / f.days;
    const d = f.delayedBedDays[p]! / f.days;
    beds += b;
    delayed += d;
    packages += f.packages[p]!;
    admissions += f.admissions[p]!;
    if (keep) {
      const bp = s.byPlace[p]!;
      bp.bedsOccupied.push(round1(b));
      bp.delayedDischarges.push(round1(d));
    }
  }
  const year = st.scenario.startYear + Math.floor((month + 3) / 12);
  const label = `${year}-${String(((month + 3) % 12) + 1).padStart(2, '0')}`;
  // The snapshot's own arrays (it is handed to the caller), filled by index.
  const spending = new Array<number>(LINE_COUNT);
  for (let i = 0; i < LINE_COUNT; i++) spending[i] = Math.round(f.spendByLine[i]!) / 100;
  const tracked = o.tracked;
  const practiceOrgs = o.practiceOrgs;
  const balances = new Array<number>(tracked.length + (practiceOrgs.length ? 1 : 0));
  for (let k = 0; k < tracked.length; k++) balances[k] = Math.round(L.balances[tracked[k]!]!) / 100;
  if (practiceOrgs.length) {
    let sum = 0;
    for (let k = 0; k < practiceOrgs.length; k++) sum += L.balances[practiceOrgs[k]!]!;
    balances[tracked.length] = Math.round(sum) / 100;
  }
  if (keep) {
    const frame: MonthFrame = { beds, delayed, packages, admissions, attendance, cohesion, mandateGap, contradiction: contra / np };
    s.month.push(label);
    for (const m of MONTHLY) s[m.id].push(m.observe(frame));
    for (let i = 0; i < LINE_COUNT; i++) s.spendingByLine[LINES[i]!].push(spending[i]!);
    for (let k = 0; k < balances.length; k++) s.balances[k]!.values.push(balances[k]!);
  }
  if (beds > 0) o.delayedShareSum += delayed / beds;
  o.delayedSum += delayed;
  o.months++;
  return {
    month,
    label,
    bedsOccupied: round1(beds),
    delayedDischarges: round1(delayed),
    carePackages: round1(packages),
    emergencyAdmissions: Math.round(admissions),
    spendingByLine: spending,
    balances,
  };
}

/** Clears the month's flow totals before the mechanisms add to them. */
export function beginMonthFlows(st: RunState, days: number): void {
  const f = st.flows;
  f.bedDays.fill(0);
  f.delayedBedDays.fill(0);
  f.packages.fill(0);
  f.admissions.fill(0);
  f.cancelled.fill(0);
  f.spendByLine.fill(0);
  f.days = days;
}

/** Mean share of occupied beds that were delayed discharges. */
export function meanDelayedShare(o: ObservationState): number {
  return o.months ? o.delayedShareSum / o.months : 0;
}

/** Mean delayed discharges (beds). */
export function meanDelayed(o: ObservationState): number {
  return o.months ? o.delayedSum / o.months : 0;
}

function round4(v: number): number {
  return Math.round(v * 1e4) / 1e4;
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}
