/**
 * The plausible parameter space of a scenario: every numeric field of the
 * schema with a plausible range, for sensitivity analysis and robustness
 * checks. A range comes from `PLAUSIBLE_RANGES` when the field has a
 * documented one (with the reason), and otherwise from the convention of
 * ±50% around the scenario's value, clipped to the schema's bounds. The
 * schema's own bounds say what is valid, not what is plausible (a
 * recognition weight may be 0 to 10), so they are never used as they are.
 */
import { getPath, parseScenario } from '../engine/index.ts';
import { scenarioJsonSchema } from '../engine/index.ts';
import { SweepError } from './SweepError.ts';

/** One numeric field of the schema. */
export interface NumericField {
  path: string;
  integer: boolean;
  /** The schema's bounds (what validates). */
  min: number;
  max: number;
  description: string;
}

/** A parameter with the range it is varied over. */
export interface RangedParameter {
  path: string;
  lo: number;
  hi: number;
  integer: boolean;
  /** Where the range comes from. */
  source: string;
}

/** A documented plausible range. */
export interface PlausibleRange {
  lo: number;
  hi: number;
  why: string;
}

/**
 * Ranges chosen from the model's sources and the patterns at stake (docs/ODD.md
 * §1.2, issue 13); the rest follow the ±50% convention.
 */
export const PLAUSIBLE_RANGES: Readonly<Record<string, PlausibleRange>> = {
  'allocation.growthRate': { lo: 0.01, hi: 0.05, why: 'cash growth of ICB allocations, 2019/20-2025/26 (docs/SOURCES.md)' },
  'costs.inflation': { lo: 0.015, hi: 0.05, why: 'pay and price inflation of recent years' },
  'demand.growth.acute': { lo: 0.01, hi: 0.045, why: 'growth of emergency admissions, before and after 2020' },
  'council.acceptanceDays': { lo: 5, hi: 20, why: 'days to start a care package, across councils' },
  'finance.toleranceBand': { lo: 0.0025, hi: 0.01, why: 'break-even bands used in NHS accounts' },
  'governance.devolution.share': { lo: 0.2, hi: 0.8, why: 'delegated shares seen in place-based partnerships' },
  'governance.gp.practiceSpread': { lo: 0.1, hi: 0.7, why: 'spread of practice priorities; no measurement, a wide band' },
  'governance.gp.placeSpread': { lo: 0, hi: 0.6, why: 'includes 0, where pattern 3 vanishes (issue 13)' },
  'governance.gp.stubbornness': { lo: 0.05, hi: 0.4, why: 'Friedkin-Johnsen anchoring in small-group experiments' },
  'governance.gp.convergence': { lo: 0.1, hi: 0.6, why: 'share of a gap closed at one meeting; no measurement, a wide band' },
  'governance.gp.cdHours': { lo: 2, hi: 12, why: 'PCN clinical director time for meetings (pattern 4 compares 2 and 12)' },
  'governance.gp.lmcHours': { lo: 4, hi: 20, why: 'LMC officer time for meetings' },
  'governance.recognition.gp': { lo: 0.5, hi: 1.5, why: 'up to 1.5, where pattern 9 flips (issue 13)' },
  'governance.recognition.trust': { lo: 1, hi: 2, why: 'single-leadership trusts weigh at least as much as a GP seat' },
  'governance.recognition.council': { lo: 0.8, hi: 1.8, why: 'around the trusts\u2019 weight' },
  'governance.recognition.icb': { lo: 1, hi: 2, why: 'the ICB chairs and holds the budget' },
  'governance.recognition.nonExecutive': { lo: 0.4, hi: 1.2, why: 'non-executives weigh less than executives' },
  'governance.icbBoard.discount': { lo: 0.8, hi: 0.99, why: 'patience between bargaining rounds' },
  'governance.placeBoard.discount': { lo: 0.8, hi: 0.99, why: 'patience between bargaining rounds' },
  'governance.maxChange': { lo: 0.02, hi: 0.1, why: 'yearly change of a line that boards accept' },
  'governance.attendance.elasticity': { lo: 0.5, hi: 3, why: 'how steeply attendance falls with load; no measurement, a wide band' },
};

/**
 * Fields never varied by default: structural or run settings, and
 * allocation shares, which must sum to one (vary them with --param only
 * together with a matching change).
 */
const EXCLUDED = [/^years$/, /^startYear$/, /^subStepsPerDay$/, /^generate\./, /^allocation\.shares\./, /^seed$/];

type JsonNode = { $ref?: string; type?: string | string[]; properties?: Record<string, JsonNode>; minimum?: number; maximum?: number; exclusiveMinimum?: number; exclusiveMaximum?: number; description?: string; anyOf?: JsonNode[] };

let cached: NumericField[] | undefined;

/** Every numeric field of the scenario schema (object fields only, not array items). */
export function numericFields(): NumericField[] {
  if (cached) return cached;
  const root = scenarioJsonSchema() as JsonNode & { $defs?: Record<string, JsonNode>; definitions?: Record<string, JsonNode> };
  const defs = root.$defs ?? root.definitions ?? {};
  const out: NumericField[] = [];
  const walk = (node: JsonNode, path: string[], depth: number) => {
    if (depth > 20) return;
    let n = node;
    if (n.$ref) n = defs[n.$ref.split('/').pop()!] ?? n;
    if (n.properties) {
      for (const [k, v] of Object.entries(n.properties)) walk(v, [...path, k], depth + 1);
      return;
    }
    // An input by year is one number or a series by financial year: it is varied as one number.
    const single = n.anyOf?.find((b) => b.type === 'number' || b.type === 'integer');
    if (single) n = { ...single, description: n.description ?? single.description };
    if (n.type === 'number' || n.type === 'integer') {
      const min = n.minimum ?? n.exclusiveMinimum;
      const max = n.maximum ?? n.exclusiveMaximum;
      if (min === undefined || max === undefined) return;
      out.push({ path: path.join('.'), integer: n.type === 'integer', min, max, description: n.description ?? '' });
    }
  };
  walk(root, [], 0);
  cached = out;
  return out;
}

/**
 * The plausible range of a field at a scenario's value `centre`, or
 * undefined when it has none (excluded, or no documented range and a centre
 * of zero, around which a relative band is empty).
 */
export function plausibleRange(field: NumericField, centre: number): RangedParameter | undefined {
  const documented = PLAUSIBLE_RANGES[field.path];
  if (documented) return { path: field.path, lo: documented.lo, hi: documented.hi, integer: field.integer, source: documented.why };
  if (EXCLUDED.some((r) => r.test(field.path))) return undefined;
  if (!Number.isFinite(centre) || centre === 0) return undefined;
  let lo = Math.max(field.min, Math.min(centre * 0.5, centre * 1.5));
  let hi = Math.min(field.max, Math.max(centre * 0.5, centre * 1.5));
  if (field.integer) {
    lo = Math.ceil(lo);
    hi = Math.floor(hi);
  }
  if (!(hi > lo)) return undefined;
  return { path: field.path, lo: tidy(lo), hi: tidy(hi), integer: field.integer, source: '\u00b150% of the model\u2019s value (no documented range)' };
}

const tidy = (v: number) => Number(v.toPrecision(12));

/**
 * The plausible range of a field at the scenario's value there. A series by
 * year has no one centre: only a documented range varies it, as one number
 * for every year in place of the series (the source says so).
 */
export function rangeAt(field: NumericField, value: unknown): RangedParameter | undefined {
  const series = value !== null && typeof value === 'object';
  const r = plausibleRange(field, series ? Number.NaN : Number(value));
  return r && series ? { ...r, source: `${r.source}; one number for every year in place of the model\u2019s series by year` } : r;
}

/**
 * The parameters under any of the dotted `prefixes` ("governance",
 * "governance.gp"; "all" for every field) that have a plausible range at
 * the values of the scenario `raw`.
 * @throws SweepError when the scenario does not validate or a prefix matches nothing
 */
export function parameterGroup(raw: unknown, prefixes: readonly string[], source: string): RangedParameter[] {
  const scenario = parseScenario(raw, source);
  const fields = numericFields();
  const out: RangedParameter[] = [];
  for (const prefix of prefixes) {
    const matching = fields.filter((f) => prefix === 'all' || f.path === prefix || f.path.startsWith(prefix + '.'));
    if (!matching.length) throw new SweepError(`--group ${prefix}: no numeric scenario field has this prefix (e.g. governance, governance.gp, costs, all)`);
    for (const f of matching) {
      if (out.some((p) => p.path === f.path)) continue;
      const r = rangeAt(f, getPath(scenario, f.path));
      if (r) out.push(r);
    }
  }
  return out;
}

/** The value of a parameter at `u` in [0, 1]: uniform on its range (on its whole numbers for an integer field). */
export function valueOf(p: RangedParameter, u: number): number {
  if (p.integer) return Math.min(p.hi, Math.floor(p.lo + u * (p.hi - p.lo + 1)));
  return tidy(p.lo + u * (p.hi - p.lo));
}

/**
 * Parses `path=lo:hi`, checking the path is a numeric field of the schema
 * and the range lies within its bounds.
 * @throws SweepError naming the argument and what is allowed
 */
export function parseParam(text: string): RangedParameter {
  const m = /^([^=]+)=\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*:\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*$/.exec(text);
  if (!m) throw new SweepError(`--param ${text}: expected path=lo:hi with numbers, e.g. --param governance.recognition.gp=0.5:1.5`);
  const path = m[1]!.trim();
  const lo = Number(m[2]);
  const hi = Number(m[3]);
  const field = numericFields().find((f) => f.path === path);
  if (!field) throw new SweepError(`--param ${text}: ${path} is not a numeric field of the scenario schema`);
  if (!(lo < hi)) throw new SweepError(`--param ${text}: the low end (${lo}) must be less than the high end (${hi})`);
  if (lo < field.min || hi > field.max) throw new SweepError(`--param ${text}: ${path} must lie within ${field.min} to ${field.max}`);
  if (field.integer && (!Number.isInteger(lo) || !Number.isInteger(hi))) throw new SweepError(`--param ${text}: ${path} takes whole numbers`);
  return { path, lo, hi, integer: field.integer, source: 'given with --param' };
}
