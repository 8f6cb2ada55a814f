/**
 * `--vary` specifications: `path=v1,v2,...` (a list of values, each JSON or
 * text) or `path=lo:hi[:step]` (a numeric range). A grid takes every value
 * of a list or every step of a range; Latin hypercube and random designs
 * sample a range uniformly (on its steps when a step is given) and a list by
 * its items.
 */
import { parseValue, splitPath } from '../engine/index.ts';
import { SweepError } from './SweepError.ts';

/** One varied parameter. */
export type VarySpec =
  | { path: string; kind: 'list'; values: unknown[] }
  | { path: string; kind: 'range'; lo: number; hi: number; step?: number };

/** Most values one dimension may take on a grid. */
export const MAX_LEVELS = 100_000;

const NUM = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?`;
const RANGE = new RegExp(`^(${NUM}):(${NUM})(?::(${NUM}))?$`);

/** Splits a list at commas outside quotes and brackets. */
function splitList(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim());
}

/**
 * Parses one `--vary` argument.
 * @throws SweepError naming the argument and what is expected
 */
export function parseVary(text: string): VarySpec {
  const eq = text.indexOf('=');
  const fail = (why: string): never => {
    throw new SweepError(`--vary ${text}: ${why}`);
  };
  if (eq <= 0) fail('expected path=v1,v2,... or path=lo:hi:step, e.g. --vary acute.lengthOfStayDays=4:6:0.5');
  const path = text.slice(0, eq).trim();
  const rest = text.slice(eq + 1).trim();
  try {
    splitPath(path);
  } catch (e) {
    fail((e as Error).message);
  }
  if (path === 'seed') fail('the seed is not a parameter to vary: each replication gets its own seed from --seed');
  if (path === 'variants' || path.startsWith('variants.') || path.startsWith('variants[')) fail('variants are chosen with --variant, not varied');
  if (rest === '') fail('no values given');
  // A range is numbers and colons; a list holding JSON (a series by year, {"2024":0.05,...}, has colons too) is a list.
  if (!/["[{]/.test(rest) && rest.includes(':')) {
    const m = RANGE.exec(rest);
    if (!m) fail('malformed range: expected lo:hi or lo:hi:step with numbers, e.g. 4:6:0.5 (quote a text value containing ":" as JSON, e.g. \'"a:b"\')');
    const lo = Number(m![1]);
    const hi = Number(m![2]);
    const step = m![3] === undefined ? undefined : Number(m![3]);
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) fail('range bounds must be finite numbers');
    if (!(lo < hi)) fail(`malformed range: the low end (${lo}) must be less than the high end (${hi})`);
    if (step !== undefined) {
      if (!(step > 0) || !Number.isFinite(step)) fail(`malformed range: the step (${m![3]}) must be a positive number`);
      const n = Math.floor((hi - lo) / step + 1e-9) + 1;
      if (n > MAX_LEVELS) fail(`the range has ${n} steps; at most ${MAX_LEVELS} are allowed`);
    }
    return step === undefined ? { path, kind: 'range', lo, hi } : { path, kind: 'range', lo, hi, step };
  }
  const items = splitList(rest);
  if (items.some((s) => s === '')) fail('empty value in the list (values are separated by commas)');
  const values = items.map(parseValue);
  const seen = new Set<string>();
  for (const v of values) {
    const k = JSON.stringify(v);
    if (seen.has(k)) fail(`value ${k} is listed twice`);
    seen.add(k);
  }
  return { path, kind: 'list', values };
}

/** Rounds away binary noise such as 0.30000000000000004 (to 12 significant digits). */
function tidy(v: number): number {
  return Number(v.toPrecision(12));
}

/**
 * The values a dimension takes on a grid.
 * @throws SweepError for a range without a step
 */
export function levels(spec: VarySpec): unknown[] {
  if (spec.kind === 'list') return spec.values;
  if (spec.step === undefined) {
    throw new SweepError(`--vary ${spec.path}=${spec.lo}:${spec.hi}: a grid needs a step (lo:hi:step), or use --design lhs or random with --samples`);
  }
  const n = Math.floor((spec.hi - spec.lo) / spec.step + 1e-9) + 1;
  return Array.from({ length: n }, (_, i) => tidy(spec.lo + i * spec.step!));
}

/** The value of a dimension at a point `u` in [0, 1) of a sampled design. */
export function valueAt(spec: VarySpec, u: number): unknown {
  if (spec.kind === 'range' && spec.step === undefined) return spec.lo + u * (spec.hi - spec.lo);
  const vs = levels(spec);
  return vs[Math.min(vs.length - 1, Math.floor(u * vs.length))];
}

/** The argument text of a spec (for headers and messages). */
export function formatVary(spec: VarySpec): string {
  if (spec.kind === 'list') return `${spec.path}=${spec.values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(',')}`;
  return `${spec.path}=${spec.lo}:${spec.hi}${spec.step === undefined ? '' : `:${spec.step}`}`;
}
