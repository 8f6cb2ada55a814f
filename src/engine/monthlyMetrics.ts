/**
 * The metric registry's monthly series (docs/ODD.md §5.3): one entry per
 * scalar series of `RunResult.series`, with its id, plain label, unit,
 * bounds and format, and how its month's value is read from what the
 * collector computed that month (`MonthFrame`). The collector
 * (collector.ts: `createObservation`, `observeMonth`) creates and fills
 * one series per entry, the `Series` type (runRecords.ts) has one field per
 * entry, and the page labels its lines from here. The series by line, by
 * place and of balances are structured and stay in the collector.
 * No imports: runRecords.ts reads its ids.
 */
import { UNIT_DEFAULTS, type MetricUnit } from './metricUnits.ts';

/** What the collector computed for one month, over all places, before it is rounded into the series. */
export interface MonthFrame {
  /** Acute beds occupied and of them delayed discharges (monthly means). */
  beds: number;
  delayed: number;
  /** Care packages started and emergency admissions in the month. */
  packages: number;
  admissions: number;
  /** Mean running attendance rate of PCN clinical directors at place boards (rounded to 4 places, as the summary's mean adds it). */
  attendance: number;
  /** Mean cohesion of what general practice says at place boards (rounded to 4 places). */
  cohesion: number;
  /** Mean mandate gap (rounded to 4 places). */
  mandateGap: number;
  /** Share of places where the LMC contradicts the PCNs. */
  contradiction: number;
}

/** One monthly series. */
export interface MonthlyMetric<I extends string = string> {
  /** Its field in `RunResult.series`. */
  id: I;
  label: string;
  unit: MetricUnit;
  bounds: readonly [number, number];
  format: string;
  scope: 'month';
  /** The month's value. */
  observe: (f: MonthFrame) => number;
}

const round = (v: number, dp: number) => {
  const f = 10 ** dp;
  return Math.round(v * f) / f;
};

/** An entry, its bounds and format defaulting to its unit's. */
function monthly<const I extends string>(m: Omit<MonthlyMetric<I>, 'bounds' | 'format' | 'scope'> & Partial<Pick<MonthlyMetric<I>, 'bounds' | 'format'>>): MonthlyMetric<I> {
  return { ...UNIT_DEFAULTS[m.unit], scope: 'month', ...m };
}

/** Every scalar monthly series, in the order of `RunResult.series`. */
export const MONTHLY = [
  monthly({ id: 'bedsOccupied', label: 'Acute beds occupied', unit: 'beds', observe: (f) => round(f.beds, 1) }),
  monthly({ id: 'delayedDischarges', label: 'Delayed discharges', unit: 'beds', observe: (f) => round(f.delayed, 1) }),
  monthly({ id: 'carePackages', label: 'Care packages started', unit: 'count', observe: (f) => round(f.packages, 1) }),
  monthly({ id: 'emergencyAdmissions', label: 'Emergency admissions', unit: 'count', observe: (f) => Math.round(f.admissions) }),
  monthly({ id: 'gpAttendance', label: 'GP attendance', unit: 'share', observe: (f) => f.attendance }),
  monthly({ id: 'gpCohesion', label: 'GP cohesion', unit: 'share', observe: (f) => f.cohesion }),
  monthly({ id: 'mandateGap', label: 'Mandate gap', unit: 'share', observe: (f) => f.mandateGap }),
  monthly({ id: 'contradiction', label: 'Places where the LMC contradicts the PCNs (share)', unit: 'share', observe: (f) => round(f.contradiction, 4) }),
] as const;

/** The id of a monthly series. */
export type MonthlyId = (typeof MONTHLY)[number]['id'];

/** The plain label of a monthly series. */
export function monthlyLabel(id: MonthlyId): string {
  return MONTHLY.find((m) => m.id === id)!.label;
}
