/** The summary of a sweep as a text table and as CSV. */
import { csvFormatRows } from 'd3';
import type { SweepSummary } from './summariseSweep.ts';

const fmt = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 6, useGrouping: false });

/** A number for the table: 6 significant digits, blank when undefined. */
export function formatNumber(v: number): string {
  return Number.isFinite(v) ? fmt.format(v) : '';
}

const text = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));
const ci = (lo: number, hi: number) => (Number.isFinite(lo) ? `[${formatNumber(lo)}, ${formatNumber(hi)}]` : '');

/** The summary as an aligned text table. */
export function formatSummaryTable(s: SweepSummary): string {
  const head = [...s.by, 'variant', 'metric', 'n', 'mean', 'sd', '95% CI'];
  if (s.baseline !== undefined) head.push(`diff vs ${s.baseline}`, '95% CI', 'pairs');
  const body = s.lines.map((l) => {
    const cells = [...l.group.map(text), l.variant, l.metric, String(l.level.n), formatNumber(l.level.mean), formatNumber(l.level.sd), ci(l.level.ciLow, l.level.ciHigh)];
    if (s.baseline !== undefined) {
      cells.push(l.diff ? formatNumber(l.diff.mean) : '', l.diff ? ci(l.diff.ciLow, l.diff.ciHigh) : '', l.diff ? String(l.diff.n) : '');
    }
    return cells;
  });
  const numeric = new Set(head.map((h, i) => (['n', 'mean', 'sd', 'pairs'].includes(h) || h.startsWith('diff') ? i : -1)));
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const out = [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)];
  return out.join('\n') + '\n';
}

/** A cell as text: empty for non-finite numbers (quoting is d3-dsv's). */
const csvCell = (v: unknown): string => (typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : text(v));

/** The summary as CSV, one line per group, variant and metric. */
export function formatSummaryCsv(s: SweepSummary): string {
  const head = [...s.by, 'variant', 'metric', 'n', 'mean', 'sd', 'ci95_low', 'ci95_high'];
  if (s.baseline !== undefined) head.push('baseline', 'diff_n', 'diff_mean', 'diff_sd', 'diff_ci95_low', 'diff_ci95_high');
  const rows = s.lines.map((l) => {
    const cells: unknown[] = [...l.group, l.variant, l.metric, l.level.n, l.level.mean, l.level.sd, l.level.ciLow, l.level.ciHigh];
    if (s.baseline !== undefined) {
      const d = l.diff;
      cells.push(s.baseline, d ? d.n : '', d ? d.mean : '', d ? d.sd : '', d ? d.ciLow : '', d ? d.ciHigh : '');
    }
    return cells.map(csvCell);
  });
  return csvFormatRows([head, ...rows]) + '\n';
}

/**
 * What a sweep file lacks, in plain words: failed runs (with the first few
 * errors) and missing runs. Empty when every run finished.
 */
export function formatCompleteness(s: Pick<SweepSummary, 'failed' | 'failures' | 'missing' | 'expected' | 'rows'>, path: string): string {
  const lines: string[] = [];
  if (s.failed) {
    lines.push(`${path}: ${s.failed} of ${s.expected} runs failed and are left out of the statistics:`);
    for (const f of s.failures) lines.push(`  run ${f.run} (point ${f.point}, variant ${f.variant}, rep ${f.rep}, seed ${f.seed}): ${f.error}`);
    if (s.failed > s.failures.length) lines.push(`  ... and ${s.failed - s.failures.length} more (the "error" column of the file)`);
  }
  if (s.missing) {
    lines.push(`${path}: ${s.missing} of ${s.expected} runs are missing (the sweep was interrupted or is still running; finish it with icsim sweep ... --resume, or merge all shards)`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
