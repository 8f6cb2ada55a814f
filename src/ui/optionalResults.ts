/**
 * Reading the parts of a run result that arrive as the governance and
 * finance parts of the model land (GP influence, attendance, cohesion,
 * decisions, loans, breaches). Each reader returns nothing when the field
 * is absent, so the page hides the chart or table instead of failing.
 */
import type { NamedValues } from '../charts/index.ts';
import type { RunResult } from '../engine/index.ts';
import { groupDigits } from './dom.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumArray = (v: unknown): v is Array<number | null> => Array.isArray(v) && v.length > 0 && v.every((x) => x === null || typeof x === 'number');

/** Labelled series found in a result. */
export interface FoundSeries {
  labels: string[];
  series: NamedValues[];
}

/** Financial-year labels of a run (`2024/25`, ...). */
export function fyLabels(result: RunResult): string[] {
  const n = result.meta.years;
  return Array.from({ length: n }, (_, i) => {
    const y = result.meta.startYear + i;
    return `${y}/${String((y + 1) % 100).padStart(2, '0')}`;
  });
}

function labelsFor(result: RunResult, length: number): string[] {
  if (length === result.series.month.length) return result.series.month;
  const fy = fyLabels(result);
  if (length <= fy.length) return fy.slice(0, length);
  return Array.from({ length }, (_, i) => String(i + 1));
}

/** Turns one of several plausible shapes into named series. */
export function toNamedSeries(value: unknown, name: string): { series: NamedValues[]; labels?: string[] } {
  if (isNumArray(value)) return { series: [{ name, values: value }] };
  if (Array.isArray(value) && value.every(isObject)) {
    const rows = value as Array<Record<string, unknown>>;
    // [{place|name|board: 'x', values: [...]}]
    const named = rows.filter((r) => isNumArray(r.values));
    if (named.length) return { series: named.map((r) => ({ name: String(r.name ?? r.place ?? r.board ?? r.org ?? r.id ?? name), values: r.values as number[] })) };
    // [{fy|year, value|overall|...numbers}]
    const labels = rows.map((r, i) => String(r.fy ?? r.year ?? r.month ?? i + 1));
    const keys = [...new Set(rows.flatMap((r) => Object.keys(r).filter((k) => typeof r[k] === 'number' && !['year', 'month'].includes(k))))];
    if (keys.length) return { labels, series: keys.map((k) => ({ name: keys.length === 1 ? name : k, values: rows.map((r) => (typeof r[k] === 'number' ? (r[k] as number) : null)) })) };
  }
  if (isObject(value)) {
    const entries = Object.entries(value).filter(([, v]) => isNumArray(v));
    if (entries.length) return { series: entries.map(([k, v]) => ({ name: k, values: v as number[] })) };
  }
  return { series: [] };
}

/** Looks for a series under `result.series[key]`, `result[key]` and `result.summary[key]`. */
export function findSeries(result: RunResult, keys: readonly string[], names: Record<string, string> = {}): FoundSeries | null {
  const out: NamedValues[] = [];
  let labels: string[] | undefined;
  const roots: unknown[] = [result.series, result, result.summary];
  for (const key of keys) {
    for (const root of roots) {
      if (!isObject(root) || !(key in root)) continue;
      const found = toNamedSeries(root[key], names[key] ?? key);
      if (!found.series.length) continue;
      out.push(...found.series);
      labels ??= found.labels;
      break;
    }
  }
  if (!out.length) return null;
  const longest = Math.max(...out.map((s) => s.values.length));
  return { labels: labels ?? labelsFor(result, longest), series: out };
}

/** GP influence: the overall series (per year) and one series per board from the decision log. */
export function gpInfluence(result: RunResult): FoundSeries | null {
  // The overall series per financial year comes from the summary's yearly table.
  const years = Object.keys(result.summary?.yearly ?? {}).sort();
  const labels = years.length ? years.map((y) => `${y}/${String((Number(y) + 1) % 100).padStart(2, '0')}`) : fyLabels(result);
  const series: NamedValues[] = years.length ? [{ name: 'Overall', values: years.map((y) => result.summary.yearly[y]!.gpInfluence ?? null) }] : [];
  // Per board: the mean influence of its decisions in each financial year.
  const log = decisions(result) ?? [];
  const boards = new Map<string, Map<string, number[]>>();
  for (const d of log) {
    if (typeof d.gpInfluence !== 'number' || typeof d.board !== 'string') continue;
    const fy = typeof d.fy === 'string' ? d.fy : typeof d.month === 'number' ? labels[Math.floor(d.month / 12)] : undefined;
    if (!fy) continue;
    let byFy = boards.get(d.board);
    if (!byFy) boards.set(d.board, (byFy = new Map()));
    byFy.set(fy, [...(byFy.get(fy) ?? []), d.gpInfluence]);
  }
  if (boards.size > 1 || !series.length) {
    for (const [board, byFy] of boards) {
      series.push({ name: board, values: labels.map((l) => { const v = byFy.get(l); return v ? v.reduce((a, b) => a + b, 0) / v.length : null; }) });
    }
  }
  return series.length ? { labels, series } : null;
}

/** GP attendance, cohesion and mandate gap, whichever exist. */
export function participation(result: RunResult): FoundSeries | null {
  return findSeries(result, ['attendance', 'gpAttendance', 'cohesion', 'gpCohesion', 'mandateGap'], {
    attendance: 'Attendance',
    gpAttendance: 'GP attendance',
    cohesion: 'Cohesion',
    gpCohesion: 'GP cohesion',
    mandateGap: 'Mandate gap',
  });
}

/** One entry of the decision log (fields as the engine will write them; all optional here). */
export interface Decision {
  board?: unknown;
  month?: unknown;
  rule?: unknown;
  members?: unknown;
  proposals?: unknown;
  votes?: unknown;
  adopted?: unknown;
  [key: string]: unknown;
}

/** The decision log, or null when the result has none. */
export function decisions(result: RunResult): Decision[] | null {
  const d = (result as unknown as { decisions?: unknown }).decisions;
  return Array.isArray(d) ? (d.filter(isObject) as Decision[]) : null;
}

/** Other tables the result may carry (loans, breaches, interventions), as arrays of rows. */
export function extraTables(result: RunResult): Array<{ name: string; rows: Array<Record<string, unknown>> }> {
  const out: Array<{ name: string; rows: Array<Record<string, unknown>> }> = [];
  for (const name of ['loans', 'breaches', 'interventions', 'transfers']) {
    for (const root of [result as unknown as Record<string, unknown>, result.summary as unknown as Record<string, unknown>]) {
      const v = root[name];
      if (Array.isArray(v) && v.length && v.every(isObject)) {
        out.push({ name, rows: v as Array<Record<string, unknown>> });
        break;
      }
    }
  }
  return out;
}

/** Short text for any value in a table cell. */
export function cellText(v: unknown, max = 160): string {
  if (v === undefined || v === null) return '';
  // Whole numbers below 10,000 (years, counts) stay plain; money gets separators.
  if (typeof v === 'number') {
    if (Number.isInteger(v) && Math.abs(v) < 10_000) return String(v);
    return Math.abs(v) >= 1000 ? groupDigits(Math.round(v)) : String(+v.toPrecision(4));
  }
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v.map((x) => cellText(x)).join(', ');
  if (Array.isArray(v) && v.every(isObject)) {
    const names = v.map((x) => x.name ?? x.id ?? x.org ?? x.member ?? x.board);
    if (names.every((n) => typeof n === 'string')) return names.join(', ');
  }
  if (isObject(v) && Object.values(v).every((x) => typeof x === 'number')) {
    return Object.entries(v)
      .map(([k, x]) => `${k} ${+(x as number).toPrecision(3)}`)
      .join(', ');
  }
  const s = JSON.stringify(v);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** The power indices of each board's voting game, when the result has them. */
export interface PowerRow {
  board: string;
  seats: string[];
  blocs?: string[];
  weights?: number[];
  banzhaf?: number[];
  shapleyShubik?: number[];
}

/** Power indices, or null. */
export function power(result: RunResult): PowerRow[] | null {
  const p = (result as unknown as { power?: unknown }).power;
  if (!Array.isArray(p)) return null;
  const rows = p.filter((x): x is PowerRow => isObject(x) && typeof x.board === 'string' && Array.isArray(x.seats));
  return rows.length ? rows : null;
}
