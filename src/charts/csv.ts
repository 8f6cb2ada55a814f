/** CSV text from rows of plain values (RFC 4180 quoting, via d3-dsv). */
import { csvFormat } from 'd3';

/** Formats rows as CSV; the columns are the union of the rows' keys, in first-seen order. */
export function toCsv(rows: ReadonlyArray<Record<string, unknown>>): string {
  const cols: string[] = [];
  const seen = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) if (!seen.has(k)) (seen.add(k), cols.push(k));
  const flat = rows.map((r) => Object.fromEntries(cols.map((c) => [c, cell(r[c])])));
  return csvFormat(flat, cols) + '\n';
}

function cell(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}
