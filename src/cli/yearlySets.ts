/**
 * `--set` and `--vary` of one year of a yearly input (issue 21;
 * src/engine/yearly.ts): `--set costs.payAward.2025=0.06`. A yearly input
 * holds one number or a series keyed by financial year that starts at the
 * scenario's `startYear`, has no gaps, and whose last value holds after. When
 * the input holds one number (or is not in the file, so its default applies),
 * setting one year turns it into a series that starts at `startYear` with that
 * number; years between the last one given and the year set take the value
 * before them, so the series has no gap and means what it meant up to the year
 * set. The engine validates the result like any other scenario.
 */
import { scenarioJsonSchema } from '../engine/index.ts';
import { YEARLY_PATHS } from '../engine/index.ts';
import { getPath, setPath, splitPath } from '../engine/index.ts';

/** Most years after `startYear` a series may be written to (a run has at most 50 years). */
export const MAX_YEARS_AHEAD = 49;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One year of a yearly input named by a path. */
export interface YearPath {
  /** The yearly input's path, e.g. `costs.payAward`. */
  field: string;
  year: number;
}

/**
 * The yearly input and year a path names (`costs.payAward.2025` or
 * `costs.payAward[2025]`), or undefined when the path is not under a yearly input.
 * @throws Error when the path goes under a yearly input but its last part is not a year
 */
export function yearPathOf(path: string): YearPath | undefined {
  let segs: Array<string | number>;
  try {
    segs = splitPath(path);
  } catch {
    return undefined;
  }
  if (segs.length < 2 || segs.slice(0, -1).some((s) => typeof s !== 'string')) return undefined;
  const field = segs.slice(0, -1).join('.');
  if (!YEARLY_PATHS.includes(field)) return undefined;
  const last = segs[segs.length - 1]!;
  if (typeof last !== 'number' || last < 1000 || last > 9999) {
    throw new Error(`${field} takes one number or values by financial year; after "${field}." give a year such as 2025 (e.g. ${field}.2025=0.05), not "${String(last)}"`);
  }
  return { field, year: last };
}

let defaults: Map<string, unknown> | undefined;

/** The schema's default at a dotted path of plain fields (from the JSON Schema). */
function defaultAt(path: string): unknown {
  defaults ??= new Map();
  if (!defaults.has(path)) {
    let node: unknown = scenarioJsonSchema();
    for (const k of path.split('.')) node = isObject(node) && isObject(node.properties) ? node.properties[k] : undefined;
    defaults.set(path, isObject(node) ? node.default : undefined);
  }
  return defaults.get(path);
}

/** The scenario's first financial year: its `startYear`, or the schema's default. */
export function startYearOf(data: unknown): number {
  const s = isObject(data) ? data.startYear : undefined;
  if (typeof s === 'number' && Number.isInteger(s)) return s;
  const d = defaultAt('startYear');
  if (typeof d !== 'number') throw new Error('the scenario schema has no default startYear');
  return d;
}

const describe = (v: unknown) => (typeof v === 'string' ? `the text "${v}"` : JSON.stringify(v));

/**
 * Returns `data` with `field` as a series by financial year that runs at
 * least from `startYear` to `year`: a number becomes a series starting at
 * `startYear`; missing years up to `year` take the value before them.
 * @throws Error saying what is allowed when the field holds something else or the year is out of reach
 */
export function seriesThrough(data: unknown, field: string, year: number): unknown {
  const start = startYearOf(data);
  if (!Number.isInteger(year) || year < start || year > start + MAX_YEARS_AHEAD) {
    throw new Error(`year ${year} is outside the run: a series by year starts at the scenario's startYear ${start}; give a year from ${start} to ${start + MAX_YEARS_AHEAD}`);
  }
  let current = getPath(data, field);
  if (current === undefined) current = defaultAt(field);
  let series: Record<string, unknown>;
  if (typeof current === 'number') series = { [start]: current };
  else if (isObject(current)) series = { ...current };
  else throw new Error(`${field} holds ${describe(current)}; it takes one number or values by financial year, e.g. {"${start}": 0.05, "${start + 1}": 0.06}`);
  const years = Object.keys(series)
    .filter((k) => /^\d{4}$/.test(k))
    .map(Number);
  if (!years.length) throw new Error(`${field} is an empty series; give one number, or values by financial year from ${start}`);
  let last: unknown;
  for (let y = Math.min(...years); y <= year; y++) {
    if (series[y] === undefined) series[y] = last;
    last = series[y];
  }
  return setPath(data, field, series);
}

/**
 * Sets one year of a yearly input (see the module header).
 * @throws Error saying what is allowed
 */
export function setYear(data: unknown, at: YearPath, value: unknown): unknown {
  return setPath(seriesThrough(data, at.field, at.year), `${at.field}.${at.year}`, value);
}

/**
 * Raw data ready for `--vary` of single years (`--vary costs.payAward.2026=0.03,0.07`):
 * each yearly input varied by year becomes a series through the latest year
 * varied, so that setting that year at each design point leaves no gap.
 * Other paths are left to the sweep's own checks.
 * @throws Error naming the path and saying what is allowed
 */
export function seriesForVary(data: unknown, paths: readonly string[]): unknown {
  const through = new Map<string, { path: string; year: number }>();
  for (const path of paths) {
    let at: YearPath | undefined;
    try {
      at = yearPathOf(path);
    } catch (e) {
      throw new Error(`--vary ${path}: ${(e as Error).message}`);
    }
    if (at && !(at.year <= (through.get(at.field)?.year ?? -Infinity))) through.set(at.field, { path, year: at.year });
  }
  let out = data;
  for (const [field, { path, year }] of through) {
    try {
      out = seriesThrough(out, field, year);
    } catch (e) {
      throw new Error(`--vary ${path}: ${(e as Error).message}`);
    }
  }
  return out;
}
