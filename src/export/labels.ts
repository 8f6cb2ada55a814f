/**
 * Readable names, with units, of sweep metrics (summary fields by dotted
 * path) and of commonly swept scenario fields, for axis titles and tables.
 * Unknown names fall back to the path itself, which is always correct if
 * less friendly.
 */
import { KIND_LABELS } from '../charts/outcomesChart.ts';

/** How to show a metric: its label with unit, a display scale and a number format. */
export interface MetricLabel {
  label: string;
  /** Multiplies values for display (1e-6 for £ million). */
  scale: number;
  /** d3-format specifier. */
  format: string;
}

const OUTCOME = { surplus: 'surplus', breakeven: 'break-even', deficit: 'deficit' } as Record<string, string>;

const FIXED: Record<string, Omit<MetricLabel, 'format'> & { format?: string }> = {
  gpInfluence: { label: 'GP influence (0 = none, 1 = to its ideal)', scale: 1, format: ',.3~f' },
  gpSuccess: { label: 'GP success (0 = its worst, 1 = its ideal)', scale: 1, format: ',.3~f' },
  gpLuck: { label: 'GP luck (success had it been absent)', scale: 1, format: ',.3~f' },
  delegatedShare: { label: 'Delegated share of the envelope (0–1)', scale: 1, format: ',.3~f' },
  'outcomes.surplus': { label: 'Organisation-years in surplus (count)', scale: 1 },
  'outcomes.breakeven': { label: 'Organisation-years at break-even (count)', scale: 1 },
  'outcomes.deficit': { label: 'Organisation-years in deficit (count)', scale: 1 },
  systemBalance: { label: 'System balance at the end (£m)', scale: 1e-6 },
  'ledger.inflow': { label: 'Money in from outside (£m)', scale: 1e-6 },
  'ledger.outflow': { label: 'Money out to suppliers (£m)', scale: 1e-6 },
  'ledger.transfers': { label: 'Ledger transfers (count)', scale: 1 },
  delayedDischarges: { label: 'Delayed discharges (beds, mean)', scale: 1 },
  delayedDischargeShare: { label: 'Delayed discharges (share of occupied beds)', scale: 1, format: ',.3~f' },
  'lastYear.trustsInDeficit': { label: 'Trusts in deficit in the last year (count)', scale: 1 },
  'lastYear.trusts': { label: 'Trusts in the last year (count)', scale: 1 },
  'lastYear.trustResultShareOfIncome': { label: 'Trusts\u2019 result in the last year (share of income)', scale: 1, format: ',.3~f' },
  'lastYear.acuteShareOfTrustDeficits': { label: 'Acute share of trust deficits in the last year (0\u20131)', scale: 1, format: ',.3~f' },
  'loans.made': { label: 'Loans made between places (count)', scale: 1 },
  'loans.repaid': { label: 'Loans repaid (count)', scale: 1 },
  'loans.defaulted': { label: 'Loans defaulted (count)', scale: 1 },
  'loans.open': { label: 'Loans open at the end (count)', scale: 1 },
  'loans.refused': { label: 'Loans refused (count)', scale: 1 },
  'loans.principal': { label: 'Loan principal lent (£m)', scale: 1e-6 },
  'loans.outstanding': { label: 'Loans outstanding at the end (£m)', scale: 1e-6 },
  accountabilityBreaches: { label: 'Loans made without needed approval (count)', scale: 1 },
  interventions: { label: 'Interventions after deficits (count)', scale: 1 },
  events: { label: 'Events started (count)', scale: 1 },
  gpAttendance: { label: 'GP attendance at place boards (share)', scale: 1, format: ',.3~f' },
  gpCohesion: { label: 'GP cohesion (0\u20131)', scale: 1, format: ',.3~f' },
  mandateGap: { label: 'GP mandate gap (0\u20131)', scale: 1, format: ',.3~f' },
};

/** `2024` → `2024/25`. */
export function fyOf(year: string | number): string {
  const y = Number(year);
  return `${y}/${String((y + 1) % 100).padStart(2, '0')}`;
}

/** The label, scale and format of a metric. */
export function metricLabel(metric: string): MetricLabel {
  const fixed = FIXED[metric];
  if (fixed) return { format: ',.3~r', ...fixed };
  let m = /^outcomes\.byKind\.(\w+)\.(surplus|breakeven|deficit)$/.exec(metric);
  if (m) return { label: `${KIND_LABELS[m[1]!] ?? m[1]}: organisation-years in ${OUTCOME[m[2]!]} (count)`, scale: 1, format: ',.3~r' };
  m = /^yearly\.(\d{4})\.gpInfluence$/.exec(metric);
  if (m) return { label: `GP influence in ${fyOf(m[1]!)} (0 = none, 1 = to its ideal)`, scale: 1, format: ',.3~f' };
  m = /^yearly\.(\d{4})\.(surplus|breakeven|deficit)$/.exec(metric);
  if (m) return { label: `Organisations in ${OUTCOME[m[2]!]} in ${fyOf(m[1]!)} (count)`, scale: 1, format: ',.3~r' };
  m = /^blocShares\.(\w+)$/.exec(metric);
  if (m) return { label: `Share of utility gained by the ${m[1]} bloc (0\u20131)`, scale: 1, format: ',.3~f' };
  m = /^decisionsByRule\.(\w+)$/.exec(metric);
  if (m) return { label: `Decisions by ${m[1]} (count)`, scale: 1, format: ',.3~r' };
  return { label: metric, scale: 1, format: ',.4~r' };
}

const PARAMS: Record<string, string> = {
  years: 'Years simulated',
  'governance.devolution.share': 'Share of the envelope delegated to places (0\u20131)',
  'governance.devolution.mode': 'Devolution mode',
  'governance.gp.mode': 'How general practice organises its voice',
  'governance.gp.level': 'Level at which GP speaks',
  'governance.gp.attend': 'GP attends place boards',
  'governance.gp.cdHours': 'PCN clinical director meeting hours (per month)',
  'governance.gp.relationships': 'GP relationships (multiplier)',
  'allocation.growthRate': 'Real allocation growth (per year)',
  'costs.inflation': 'Pay and price inflation (per year)',
  'finance.toleranceBand': 'Break-even tolerance (share of income)',
  'finance.rule': 'Finance rule',
  'council.acceptanceDays': 'Council acceptance of discharges (days)',
  'acute.communityElasticity': 'Acute demand elasticity to community capacity',
};

/** The label of a swept scenario field (its path when unknown). */
export function parameterLabel(path: string): string {
  return PARAMS[path] ?? path;
}
