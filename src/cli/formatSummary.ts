/**
 * A readable text summary of a run for the terminal: the headline figures
 * laid out by hand, then every other figure of the engine's metric registry
 * with its plain label, so a new metric appears here with no change to this file.
 */
import { findMetric, fyLabel, METRICS, metricLabelText, type Metric, type RunResult } from '../engine/index.ts';

/** Registry metrics the lines above "Other figures" show (a test checks each is in the registry). */
export const LAID_OUT = new Set([
  'outcomes.surplus', 'outcomes.breakeven', 'outcomes.deficit', 'gpInfluence', 'gpSuccess', 'gpLuck', 'gpAttendance', 'gpCohesion', 'mandateGap',
  'loans.made', 'loans.principal', 'loans.repaid', 'loans.defaulted', 'loans.refused', 'loans.notMadeForBreachRisk', 'loans.notMadeAmount',
  'accountabilityBreaches', 'breachConsequences.investigated', 'breachConsequences.officersRemoved', 'breachConsequences.delegationsSuspended', 'breachConsequences.penalties',
  'interventions', 'events', 'delayedDischarges', 'delayedDischargeShare', 'lastYear.fy', 'lastYear.trusts', 'lastYear.trustsInDeficit', 'lastYear.trustResultShareOfIncome',
  'lastYear.trustUnderlyingShareOfIncome', 'lastYear.acuteResultShareOfIncome', 'leaderChanges', 'systemBalance', 'ledger.transfers', 'ledger.inflow', 'ledger.outflow', 'ledger.conserved',
]);

const gbp = (v: number) => {
  const abs = Math.abs(v);
  const s = abs >= 1e9 ? `£${(abs / 1e9).toFixed(2)}bn` : abs >= 1e6 ? `£${(abs / 1e6).toFixed(1)}m` : `£${abs.toFixed(0)}`;
  return v < 0 ? `-${s}` : s;
};

/** Formats the headline figures of a run. */
export function formatSummary(r: RunResult): string {
  const s = r.summary;
  const lines: string[] = [];
  lines.push(`icsim ${r.meta.icsim}: ${r.meta.scenario}, seed ${r.meta.seed}, ${r.meta.years} ${r.meta.years === 1 ? 'year' : 'years'} from ${r.meta.startYear}, ${r.meta.organisations} organisations`);
  lines.push('');
  lines.push('Outcomes (organisation-years):  surplus  break-even  deficit');
  const row = (label: string, c: { surplus: number; breakeven: number; deficit: number }) =>
    `  ${label.padEnd(28)} ${String(c.surplus).padStart(7)} ${String(c.breakeven).padStart(11)} ${String(c.deficit).padStart(8)}`;
  lines.push(row('all', s.outcomes));
  for (const [kind, c] of Object.entries(s.outcomes.byKind)) if (c.surplus + c.breakeven + c.deficit > 0) lines.push(row(kind, c));
  lines.push('');
  lines.push('By year:');
  for (const [year, y] of Object.entries(s.yearly)) lines.push(row(fyLabel(Number(year)), y));
  lines.push('');
  if (s.gpInfluence !== null) {
    const f = (v: number | null | undefined) => (v === null || v === undefined ? 'n/a' : v.toFixed(2));
    const years = Object.entries(s.yearly).sort(([a], [b]) => a.localeCompare(b));
    lines.push(`GP influence (what its presence changed: 0 none, 1 all the way to its ideal): ${f(s.gpInfluence)} overall; by year ${years.map(([y, v]) => `${y} ${f(v.gpInfluence)}`).join(', ')}`);
    lines.push(`GP success (how good decisions were for it: 0 worst, 1 ideal) ${f(s.gpSuccess)}; luck (success had it been absent) ${f(s.gpLuck)}`);
    lines.push(`Decisions by rule per year: ${years.map(([y, v]) => `${y} ${Object.entries(v.decisionsByRule).map(([r, x]) => `${r} ${(x * 100).toFixed(0)}%`).join('/')}`).join(', ')}`);
    lines.push(`Share of gains by bloc: ${Object.entries(s.blocShares).map(([b, v]) => `${b} ${(v * 100).toFixed(1)}%`).join(', ')}`);
    lines.push(`GP attendance ${(s.gpAttendance * 100).toFixed(0)}%, cohesion ${s.gpCohesion.toFixed(2)}, mandate gap ${s.mandateGap.toFixed(3)}; decisions by rule: ${Object.entries(s.decisionsByRule).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
  lines.push(`Loans between places: ${s.loans.made} made (${gbp(s.loans.principal)}), ${s.loans.repaid} repaid, ${s.loans.defaulted} defaulted, ${s.loans.refused} refused, ${s.loans.notMadeForBreachRisk} not made for fear of a breach (${gbp(s.loans.notMadeAmount)}); accountability breaches: ${s.accountabilityBreaches} (${s.breachConsequences.investigated} investigated, ${s.breachConsequences.officersRemoved} officers removed, ${s.breachConsequences.delegationsSuspended} delegations suspended, penalties ${gbp(s.breachConsequences.penalties)}); interventions: ${s.interventions}; events: ${s.events}`);
  lines.push(`Delayed discharges: ${s.delayedDischarges.toFixed(1)} beds on average, ${(s.delayedDischargeShare * 100).toFixed(1)}% of occupied acute beds`);
  lines.push(
    `Trusts in deficit in ${s.lastYear.fy}: ${s.lastYear.trusts ? `${s.lastYear.trustsInDeficit} of ${s.lastYear.trusts}` : 'none (no trusts)'}; aggregate trust result ${(s.lastYear.trustResultShareOfIncome * 100).toFixed(2)}% of income ` +
      `(underlying, without one-off money and non-recurrent savings: ${(s.lastYear.trustUnderlyingShareOfIncome * 100).toFixed(2)}%); acute trusts ${(s.lastYear.acuteResultShareOfIncome * 100).toFixed(2)}%`,
  );
  if (s.lastYear.byRegion) {
    const regions = Object.entries(s.lastYear.byRegion).sort((a, b) => a[1].trustResultShareOfIncome - b[1].trustResultShareOfIncome);
    lines.push(`By region, deepest first: ${regions.map(([k, v]) => `${k} ${(v.trustResultShareOfIncome * 100).toFixed(2)}% (${v.trustsInDeficit} of ${v.trusts} in deficit)`).join('; ')}`);
  }
  if (s.leaderChanges) lines.push(`Place leaders changed: ${s.leaderChanges} times`);
  lines.push(`System balance at the end: ${gbp(s.systemBalance)}`);
  lines.push(`Ledger: ${s.ledger.transfers} transfers, ${gbp(s.ledger.inflow)} in, ${gbp(s.ledger.outflow)} out, conserved: ${s.ledger.conserved ? 'yes' : 'NO'}`);
  const others = (METRICS as readonly Metric[]).filter((m) => !m.id.includes('*') && m.unit !== 'text' && !LAID_OUT.has(m.id));
  if (others.length) {
    lines.push('Other figures:');
    for (const m of others) lines.push(`  ${metricLabelText(m.id)}: ${formatValue(m.id, valueAt(s, m.id))}`);
  }
  return lines.join('\n') + '\n';
}

/** The value at a dotted path of the summary. */
function valueAt(summary: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (typeof o === 'object' && o !== null ? (o as Record<string, unknown>)[k] : undefined), summary);
}

/** A registry metric's value for the terminal, by its unit. */
function formatValue(id: string, v: unknown): string {
  if (v === null || v === undefined) return 'n/a';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v !== 'number') return String(v);
  switch (findMetric(id)?.metric.unit) {
    case 'money':
      return gbp(v);
    case 'share':
    case 'signedShare':
    case 'ratio':
      return v.toFixed(3);
    case 'beds':
      return v.toFixed(1);
    default:
      return String(v);
  }
}
