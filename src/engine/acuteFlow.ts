/**
 * The acute stock-flow of one place (docs/ODD.md §7.2), integrated on a
 * sub-daily step with the exponential integrator. Admissions enter beds; after their stay a share of
 * patients needs a council care package and waits in a bed (a delayed
 * discharge) until the council accepts them, which it does at a rate set by
 * its acceptance time and only while it has package capacity; packages end
 * after their mean duration. Community spending lowers admissions through a
 * third-order delay measured in years.
 *
 * At steady state Little's law holds for each stock: beds in treatment =
 * admissions x stay, delayed = package starts x acceptance time, packages =
 * package starts x duration (when capacity is ample).
 */
import type { AcuteStocks } from './world.ts';

/** Parameters of one month's integration. */
export interface FlowParams {
  /** Admissions per day (after demand, season, noise and community effect). */
  admissionsPerDay: number;
  lengthOfStayDays: number;
  carePackageShare: number;
  /** Mean days for the council to accept a medically fit patient. */
  acceptanceDays: number;
  /** Mean package duration in days. */
  packageDays: number;
  /** Maximum packages the council can run. */
  packageCapacity: number;
  /** Most beds the place's patients can occupy (treating and delayed together); admissions beyond it are cancelled. */
  bedCeiling: number;
  days: number;
  subStepsPerDay: number;
}

/** What happened over the month. */
export interface FlowTotals {
  admissions: number;
  bedDays: number;
  delayedBedDays: number;
  packageStarts: number;
  packageDays: number;
  /** Admissions cancelled because the beds were full. */
  cancelled: number;
}

/**
 * Exact update of a stock drained at rate 1/tau and fed at a constant rate
 * over a step of length h (the exponential integrator): unconditionally
 * stable, and exact at steady state whatever the step, so results do not
 * depend on the sub-step size.
 */
function drain(stock: number, inflowRate: number, tau: number, h: number, decay: number): number {
  void h;
  return stock * decay + inflowRate * tau * (1 - decay);
}

/**
 * One sub-step at admission rate `rate` from stocks (treating, delayed, packages): writes the new
 * treating and delayed stocks and the acceptances to out[0..2]. A plain function writing to a buffer
 * (not a closure over the month's stocks), so that the month's loop allocates nothing.
 */
function subStep(out: Float64Array, treating: number, delayed: number, packages: number, rate: number, p: FlowParams, h: number, decayStay: number, decayAccept: number): void {
  const t1 = drain(treating, rate, p.lengthOfStayDays, h, decayStay);
  const completed = treating + rate * h - t1;
  const needPackage = completed * p.carePackageShare;
  let d1 = drain(delayed, needPackage / h, p.acceptanceDays, h, decayAccept);
  let accepted = delayed + needPackage - d1;
  // The council accepts only while it has package capacity.
  const room = Math.max(0, p.packageCapacity - packages);
  if (accepted > room) {
    accepted = room;
    d1 = delayed + needPackage - accepted;
  }
  out[0] = t1;
  out[1] = d1;
  out[2] = accepted;
}

/** The three results of a sub-step (treating, delayed, accepted), reused by every call: a run steps each place every month. */
const subStepOut = new Float64Array(3);

/**
 * Advances the stocks by one month; returns the month's totals, in `totals`
 * if given (so a caller stepping many places can reuse one record). Mutates `s`.
 */
export function stepAcuteFlow(s: AcuteStocks, p: FlowParams, totals?: FlowTotals): FlowTotals {
  const h = 1 / p.subStepsPerDay;
  const n = p.days * p.subStepsPerDay;
  let { treating, delayed, packages } = s;
  let bedDays = 0;
  let delayedBedDays = 0;
  let starts = 0;
  let pkgDays = 0;
  let cancelled = 0;
  const decayStay = Math.exp(-h / p.lengthOfStayDays);
  const decayAccept = Math.exp(-h / p.acceptanceDays);
  const decayPackage = Math.exp(-h / p.packageDays);
  const out = subStepOut;
  for (let i = 0; i < n; i++) {
    subStep(out, treating, delayed, packages, p.admissionsPerDay, p, h, decayStay, decayAccept);
    let t1 = out[0]!;
    let d1 = out[1]!;
    let accepted = out[2]!;
    // Beds are finite: admissions that would take occupancy above the ceiling are cancelled. Only
    // admissions add to treating + delayed, so admitting fewer keeps both (and the delayed alone)
    // within the beds. Occupancy is linear in the admission rate (piecewise, where package capacity
    // starts to bind), so the rate that just fills the beds is found by interpolation between none
    // and all; a remainder from the piecewise part is taken off the admissions still in treatment.
    if (t1 + d1 > p.bedCeiling) {
      const full = t1 + d1;
      subStep(out, treating, delayed, packages, 0, p, h, decayStay, decayAccept);
      t1 = out[0]!;
      d1 = out[1]!;
      accepted = out[2]!;
      const none = t1 + d1;
      const f = none >= p.bedCeiling ? 0 : (p.bedCeiling - none) / (full - none);
      if (f > 0) {
        subStep(out, treating, delayed, packages, p.admissionsPerDay * f, p, h, decayStay, decayAccept);
        t1 = out[0]!;
        d1 = out[1]!;
        accepted = out[2]!;
      }
      let admitted = p.admissionsPerDay * f * h;
      const over = t1 + d1 - p.bedCeiling;
      if (over > 0) {
        const cut = Math.min(over, t1, admitted);
        t1 -= cut;
        admitted -= cut;
      }
      cancelled += p.admissionsPerDay * h - admitted;
    }
    const p1 = drain(packages, accepted / h, p.packageDays, h, decayPackage);
    bedDays += ((treating + t1) / 2 + (delayed + d1) / 2) * h;
    delayedBedDays += ((delayed + d1) / 2) * h;
    pkgDays += ((packages + p1) / 2) * h;
    starts += accepted;
    treating = t1;
    delayed = d1;
    packages = p1;
  }
  s.treating = treating;
  s.delayed = delayed;
  s.packages = packages;
  const admissions = p.admissionsPerDay * p.days - cancelled;
  if (!totals) return { admissions, bedDays, delayedBedDays, packageStarts: starts, packageDays: pkgDays, cancelled };
  totals.admissions = admissions;
  totals.bedDays = bedDays;
  totals.delayedBedDays = delayedBedDays;
  totals.packageStarts = starts;
  totals.packageDays = pkgDays;
  totals.cancelled = cancelled;
  return totals;
}

/** Steady-state stocks for constant admissions (Little's law). */
export function steadyState(p: Omit<FlowParams, 'days' | 'subStepsPerDay' | 'bedCeiling'>): { treating: number; delayed: number; packages: number } {
  const treating = p.admissionsPerDay * p.lengthOfStayDays;
  const starts = p.admissionsPerDay * p.carePackageShare;
  return { treating, delayed: starts * p.acceptanceDays, packages: Math.min(p.packageCapacity, starts * p.packageDays) };
}

/** Advances a third-order material delay by `dtYears` towards `input` (SD: Sterman 2000, ch. 11). */
export function stepDelay3(stages: [number, number, number], input: number, lagYears: number, dtYears: number): number {
  const k = Math.min(1, (3 * dtYears) / lagYears);
  stages[0] += (input - stages[0]) * k;
  stages[1] += (stages[0] - stages[1]) * k;
  stages[2] += (stages[1] - stages[2]) * k;
  return stages[2];
}

/**
 * The range of the community spending index (delayed, relative to year 0)
 * over which its constant elasticity is applied. The elasticity is a local
 * assumption (docs/SOURCES.md: "evidence on size is weak"), and the power
 * law Λ^(−ε) has no bound as Λ → 0: a board free to cut the community line
 * to nothing (governance.maxChange = 1) with a short lag used to multiply
 * admissions by up to 3 × 10^8, so that acute spending passed 2^53 pence and
 * the ledger lost pence. Outside a halving or doubling of real community
 * spending the effect is held at its value at the edge.
 */
export const COMMUNITY_INDEX_RANGE = { min: 0.5, max: 2 } as const;

/** Multiplier of emergency admissions for a delayed community index `lag` (ODD §7.2: Λ^(−ε)). */
export function communityEffect(lag: number, elasticity: number): number {
  const index = Math.min(COMMUNITY_INDEX_RANGE.max, Math.max(COMMUNITY_INDEX_RANGE.min, lag));
  return Math.pow(index, -elasticity);
}
