/**
 * The two file formats of a sweep, line by line.
 *
 * NDJSON: the first line is the header object (`{"icsimSweep":1,...}`), then
 * one JSON object per run.
 * CSV: the first line is `# icsim-sweep ` and the header as JSON (read with
 * `pandas.read_csv(f, skiprows=1)` or R's `read.csv(f, skip = 1)`), the
 * second the column names, then one line per run.
 */
import { csvFormatRows, csvParseRows } from 'd3';
import { SweepError } from './SweepError.ts';
import type { SweepHeader } from './sweepPlan.ts';
import type { SweepRow } from './sweepRow.ts';

export type FileFormat = 'ndjson' | 'csv';

/** The format of a file, from its extension. */
export function formatOf(path: string): FileFormat {
  if (/\.(ndjson|jsonl)$/i.test(path)) return 'ndjson';
  if (/\.csv$/i.test(path)) return 'csv';
  throw new SweepError(`${path}: the file name must end in .ndjson (or .jsonl) or .csv`);
}

const CSV_PREFIX = '# icsim-sweep ';

/** The header line (with its newline). */
export function headerLine(header: SweepHeader, format: FileFormat): string {
  return (format === 'csv' ? CSV_PREFIX : '') + JSON.stringify(header) + '\n';
}

/** Parses a header line, or returns undefined when it is not one. */
export function parseHeaderLine(line: string, format: FileFormat): SweepHeader | undefined {
  let text = line;
  if (format === 'csv') {
    if (!line.startsWith(CSV_PREFIX)) return undefined;
    text = line.slice(CSV_PREFIX.length);
  }
  try {
    const h = JSON.parse(text) as SweepHeader;
    return h && typeof h === 'object' && h.icsimSweep === 1 && typeof h.id === 'string' ? h : undefined;
  } catch {
    return undefined;
  }
}

/** A value as a CSV cell: empty for missing and non-finite numbers, JSON for objects. */
function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = typeof v === 'string' ? v : typeof v === 'boolean' ? String(v) : JSON.stringify(v);
  // Sweep files are read line by line (and appended to on resume), so a record must stay on one line.
  if (/[\r\n]/.test(s)) throw new SweepError(`the value ${JSON.stringify(s)} contains a line break, which a CSV row cannot hold; write .ndjson instead`);
  return s;
}

/** One CSV record (RFC 4180 quoting by d3-dsv) with its newline. */
function csvRecord(cells: readonly unknown[]): string {
  return csvFormatRows([cells.map(csvCell)]) + '\n';
}

/** The CSV line of column names (with its newline). */
export function columnsLine(columns: readonly string[]): string {
  return csvRecord(columns);
}

/** A row as one line (with its newline); CSV rows follow `columns`. */
export function rowLine(row: SweepRow, format: FileFormat, columns?: readonly string[]): string {
  if (format === 'ndjson') return JSON.stringify(row) + '\n';
  const cols = columns ?? Object.keys(row);
  const extra = Object.keys(row).find((k) => !cols.includes(k));
  if (extra) throw new SweepError(`column "${extra}" is not in the file's columns; this file was started by another version of icsim`);
  return csvRecord(cols.map((c) => row[c]));
}

/** Splits one CSV line into raw fields (quotes removed), by d3-dsv. */
export function splitCsv(line: string): string[] {
  return csvParseRows(line)[0] ?? [''];
}

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** Parses a row line. CSV fields that look like numbers become numbers, empty ones null. */
export function parseRowLine(line: string, format: FileFormat, columns?: readonly string[]): SweepRow {
  let row: SweepRow;
  if (format === 'ndjson') {
    row = JSON.parse(line) as SweepRow;
  } else {
    if (!columns) throw new SweepError('a CSV row before the line of column names');
    const fields = splitCsv(line);
    if (fields.length !== columns.length) throw new SweepError(`${fields.length} fields where the file has ${columns.length} columns`);
    const r: Record<string, unknown> = {};
    columns.forEach((c, i) => {
      const f = fields[i]!;
      r[c] = f === '' ? null : NUMBER.test(f) ? Number(f) : f;
    });
    r.seed = fields[columns.indexOf('seed')];
    r.variant = fields[columns.indexOf('variant')];
    row = r as SweepRow;
  }
  if (typeof row !== 'object' || row === null || !Number.isSafeInteger(row.run) || row.run < 0) throw new SweepError('not a row of a sweep (no run id)');
  return row;
}
