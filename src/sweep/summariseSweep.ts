/**
 * Statistics of a sweep file: for each group (by default the design point)
 * and variant, the n, mean, standard deviation and t-based 95% confidence
 * interval of each metric; with a baseline variant, the same for the
 * differences from the baseline paired by design point and replication
 * (common random numbers make the pairs share their noise, so the paired
 * interval is the one to read in an options appraisal).
 */
import { pairedDifferences } from '../stats/pairedDifferences.ts';
import { describe, type Description } from './describe.ts';
import { scanSweepFile } from './sweepFile.ts';
import { formatOf } from './rowFormat.ts';
import { SweepError } from './SweepError.ts';
import type { SweepHeader } from './sweepPlan.ts';
import { shardSize } from './shard.ts';
import { ERROR_COLUMN, FIXED_COLUMNS, isFailedRow, type SweepRow } from './sweepRow.ts';

/** Options of a summary. */
export interface SummariseOptions {
  /** Columns to group by (default: the varied paths). */
  by?: readonly string[];
  /** Metrics, by exact name or a dotted prefix (default: every metric that is not constant). */
  metrics?: readonly string[];
  /** Variant to compare the others with. */
  baseline?: string;
}

/** One line of the summary table. */
export interface SummaryLine {
  /** Values of the `by` columns. */
  group: unknown[];
  variant: string;
  metric: string;
  level: Description;
  /** Differences from the baseline variant, paired by point and replication (absent for the baseline itself or without one). */
  diff?: Description;
}

/** A sweep's summary. */
export interface SweepSummary {
  header: SweepHeader;
  by: string[];
  metrics: string[];
  baseline: string | undefined;
  lines: SummaryLine[];
  /** Metrics left out by default because they never change. */
  constant: string[];
  /** Rows in the file, failed runs included. */
  rows: number;
  /** Runs the file should hold (its shard's share of the sweep). */
  expected: number;
  /** Failed runs (rows with an error), which the statistics leave out. */
  failed: number;
  /** The first few failed runs, for the report. */
  failures: FailedRun[];
  /** Runs neither finished nor failed: expected minus rows. */
  missing: number;
}

/** A run that failed, as its row records it. */
export interface FailedRun {
  run: number;
  point: number;
  variant: string;
  rep: number;
  seed: string;
  error: string;
}

const fixed = new Set<string>([...FIXED_COLUMNS, ERROR_COLUMN]);

/**
 * A design value as a group key: a series by year (an object in NDJSON) as its
 * compact JSON text, as a CSV file holds it, so tables, CSV and figures show
 * `{"2024":0.05,"2025":0.06}` and never "[object Object]".
 */
function groupValue(v: unknown): unknown {
  return v !== null && typeof v === 'object' ? JSON.stringify(v) : (v ?? null);
}

function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  // Numbers before text (a list may mix one number with series by year).
  if (typeof a === 'number' || typeof b === 'number') return typeof a === 'number' ? -1 : 1;
  return String(a).localeCompare(String(b));
}

/**
 * Reads a sweep file and summarises it.
 * @throws SweepError for an unknown column, metric or baseline
 */
export function summariseSweep(path: string, o: SummariseOptions = {}): SweepSummary {
  const format = formatOf(path);
  // First pass: the header, the columns and which metrics vary.
  let header: SweepHeader | undefined;
  let columns: string[] | undefined;
  const firstValue = new Map<string, unknown>();
  const varies = new Set<string>();
  const failures: FailedRun[] = [];
  let failed = 0;
  const scan = scanSweepFile(path, format, (_run, row) => {
    if (isFailedRow(row)) {
      if (failed++ < 10) failures.push({ run: row.run, point: row.point, variant: row.variant, rep: row.rep, seed: String(row.seed), error: String(row[ERROR_COLUMN]) });
      return;
    }
    if (!columns) columns = Object.keys(row);
    for (const c of columns) {
      if (!firstValue.has(c)) firstValue.set(c, row[c]);
      else if (!varies.has(c) && row[c] !== firstValue.get(c)) varies.add(c);
    }
  }, (h) => {
    header = h;
  });
  if (!header) throw new SweepError(`${path}: empty, or not a sweep file`);
  // Without a finished row there are no columns to group or summarise by (a file cut inside its column line would otherwise blame --by).
  if (!scan.rows) throw new SweepError(`${path}: the sweep file has no finished runs yet${scan.tornBytes ? ' (its last line is incomplete)' : ''}`);
  const h = header;
  const cols = columns ?? scan.columns ?? [];
  const paths = new Set(h.paths);
  const metricCols = cols.filter((c) => !fixed.has(c) && !paths.has(c));

  const by = [...(o.by ?? h.paths)];
  for (const b of by) {
    if (b === 'variant') throw new SweepError('--by variant: results are always given per variant');
    if (!cols.includes(b)) throw new SweepError(`--by ${b}: no such column (design columns: ${[...h.paths, 'point', 'rep'].join(', ')})`);
  }
  let metrics: string[];
  if (o.metrics && o.metrics.length) {
    metrics = [];
    for (const m of o.metrics) {
      const hit = metricCols.filter((c) => c === m || c.startsWith(`${m}.`));
      if (!hit.length) {
        const near = metricCols.filter((c) => c.toLowerCase().includes(m.toLowerCase().split('.').pop()!)).slice(0, 8);
        throw new SweepError(`--metric ${m}: no such metric${near.length ? ` (did you mean ${near.join(', ')}?)` : ` (metrics: ${metricCols.slice(0, 12).join(', ')}, ...)`}`);
      }
      for (const c of hit) if (!metrics.includes(c)) metrics.push(c);
    }
  } else metrics = metricCols.filter((c) => varies.has(c));
  const constant = o.metrics?.length ? [] : metricCols.filter((c) => !varies.has(c));
  if (o.baseline !== undefined && !h.variants.includes(o.baseline)) {
    throw new SweepError(`--baseline ${o.baseline}: the sweep has no such variant (variants: ${h.variants.join(', ')})`);
  }

  // Second pass: the values.
  interface Cell {
    values: number[][];
    /** Per "point|rep": the row's metric values, for pairing. */
    byPair: Map<string, number[]>;
  }
  const groups = new Map<string, { group: unknown[]; cells: Map<string, Cell> }>();
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : Number.NaN);
  scanSweepFile(path, format, (_run, row: SweepRow) => {
    if (isFailedRow(row)) return;
    const group = by.map((b) => groupValue(row[b]));
    const key = JSON.stringify(group);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { group, cells: new Map() }));
    let cell = g.cells.get(row.variant);
    if (!cell) g.cells.set(row.variant, (cell = { values: metrics.map(() => []), byPair: new Map() }));
    const vals = metrics.map((m) => num(row[m]));
    vals.forEach((v, i) => {
      if (!Number.isNaN(v)) cell.values[i]!.push(v);
    });
    if (o.baseline !== undefined) cell.byPair.set(`${row.point}|${row.rep}`, vals);
  });

  const lines: SummaryLine[] = [];
  const order = [...groups.values()].sort((a, b) => {
    for (let i = 0; i < by.length; i++) {
      const c = compareValues(a.group[i], b.group[i]);
      if (c) return c;
    }
    return 0;
  });
  for (const g of order) {
    const base = o.baseline !== undefined ? g.cells.get(o.baseline) : undefined;
    for (const variant of h.variants) {
      const cell = g.cells.get(variant);
      if (!cell) continue;
      metrics.forEach((metric, i) => {
        const line: SummaryLine = { group: g.group, variant, metric, level: describe(cell.values[i]!) };
        if (o.baseline !== undefined && variant !== o.baseline) {
          const pairs = base ? [...cell.byPair].map(([pair, vals]) => [pair, vals[i]!] as const) : [];
          line.diff = pairedDifferences(pairs, (pair) => base?.byPair.get(pair)?.[i]);
        }
        lines.push(line);
      });
    }
  }
  const expected = shardSize(h.runs, h.shard);
  return { header: h, by, metrics, baseline: o.baseline, lines, constant, rows: scan.rows, expected, failed, failures, missing: Math.max(0, expected - scan.rows) };
}
