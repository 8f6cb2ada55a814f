/**
 * Fuzz cases: schema-valid scenarios built from the nine shipped models in
 * models/ or generated systems of random sizes, with random fields (each
 * within its schema range, edges included), modes, board rules, scripted
 * and random events, variants and horizons up to 50 years; and invalid
 * cases, each a valid one with one mutation whose field is known, so that
 * the rejection can be checked to name it.
 *
 * Most cases run for one or two years, so that 300 of them stay within
 * about a minute in CI; a share run 3-10 years and a few 11-50 (issue 21:
 * the money must not run away over long horizons). The small models and
 * generated systems are drawn most; England's two models (6,200 practices,
 * about a second a year) seldom, and for one year only: a 50-year
 * England run took 89 s on the engine of issue 21, and their long runs are
 * checked by tests/patterns/longRun.test.ts and `npm run bench -- longRun`.
 *
 * Case `i` of a fuzz with seed `s` is drawn by fast-check from seed `s + i`
 * alone, so any case can be drawn again from its index.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { buildWorld } from '../engine/index.ts';
import { eventTargetIds } from '../engine/index.ts';
import { EVENT_TYPES, LINES, parseScenario, setPath } from '../engine/index.ts';
import { schemaLeaves, type Leaf } from './schemaLeaves.ts';

/** A scenario to run, with what to run it with. */
export interface ValidCase {
  kind: 'valid';
  index: number;
  /** What the scenario was built from. */
  base: string;
  raw: Record<string, unknown>;
  /** Variant to run ('base' for none). */
  variant: string;
  runSeed: number;
}

/** A scenario with one mutation that validation must reject, naming `field`. */
export interface InvalidCase {
  kind: 'invalid';
  index: number;
  base: string;
  raw: Record<string, unknown>;
  /** What was done to it. */
  mutation: string;
  /** The field (dotted path) the rejection must name. */
  field: string;
}

export type FuzzCase = ValidCase | InvalidCase;

const MODELS = new URL('../../models/', import.meta.url);
/** Every shipped model (models/*.json but the schema), by name. */
const MODEL_NAMES = readdirSync(MODELS)
  .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
  .map((f) => f.replace(/\.json$/, ''))
  .sort();
const BASES: Record<string, Record<string, unknown>> = Object.fromEntries(
  MODEL_NAMES.map((m) => {
    const raw = JSON.parse(readFileSync(new URL(`${m}.json`, MODELS), 'utf8')) as Record<string, unknown>;
    // The fuzzer sets its own variants and events; the file's are dropped so every case is self-contained.
    const { variants: _v, $schema: _s, ...rest } = raw;
    return [m, rest];
  }),
);
const LEAVES = schemaLeaves();
/** England's models: large, so drawn seldom and run briefly (see the header). */
const isEngland = (base: string) => base.startsWith('england');
/**
 * How often each base is drawn: default.json, cumbria.json and generated
 * systems (the only bases before issue 21) most, the other small models
 * often, England's two seldom (about 8% of cases between them).
 */
const BASE_WEIGHTS: Array<{ base: string; weight: number }> = [
  { base: 'generated', weight: 10 },
  ...MODEL_NAMES.map((m) => ({ base: m, weight: isEngland(m) ? 2 : m === 'default' || m === 'cumbria' ? 10 : 3 })),
];
type Gen = fc.GeneratorValue;

/** A value of a leaf within its range; edges come often (fast-check biases towards them). */
function leafValue(g: Gen, leaf: Leaf): unknown {
  switch (leaf.kind) {
    case 'number':
      return g(() => fc.oneof(fc.constantFrom(leaf.min, leaf.max), fc.double({ min: leaf.min, max: leaf.max, noNaN: true, noDefaultInfinity: true })));
    case 'integer':
      return g(fc.integer, { min: leaf.min, max: leaf.max });
    case 'boolean':
      return g(fc.boolean);
    case 'enum':
      return g(fc.constantFrom, ...leaf.values);
    case 'enumArray':
      return g(() => fc.subarray(leaf.values, { minLength: leaf.minItems }));
  }
}

/** Counts for a generated set of systems that meet the schema's cross-field rules, kept small for speed. */
function generateBlock(g: Gen): Record<string, unknown> {
  const systems = g(fc.integer, { min: 1, max: 3 });
  const places = g(fc.integer, { min: systems, max: systems * 4 });
  const pcns = g(fc.integer, { min: places, max: places * 3 });
  const practices = g(fc.integer, { min: pcns, max: Math.min(120, pcns * 4) });
  const councils = g(fc.integer, { min: systems, max: places });
  const acuteLike = g(fc.integer, { min: systems, max: places });
  const integrated = g(fc.integer, { min: 0, max: acuteLike });
  return {
    systems,
    population: g(fc.integer, { min: Math.max(10_000, (practices + pcns) * 100), max: 3_000_000 }),
    places,
    pcns,
    practices,
    councils,
    trusts: {
      acute: acuteLike - integrated,
      integrated,
      mentalHealth: g(fc.integer, { min: systems, max: places }),
      community: g(fc.integer, { min: 0, max: places }),
    },
    sizeSpread: g(fc.double, { min: 0, max: 1.5, noNaN: true }),
    needSpread: g(fc.double, { min: 0, max: 0.5, noNaN: true }),
  };
}

/** Shares of the lines that sum to 1 (the schema's rule), some of them zero. */
function shares(g: Gen): Record<string, number> {
  const w = LINES.map(() => g(() => fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true }))));
  const total = w.reduce((a, b) => a + b, 0);
  const s = total > 0 ? w.map((v) => v / total) : LINES.map((_, i) => (i === 0 ? 1 : 0));
  // The last share takes the rounding, so the sum is 1 to the last bit the schema checks.
  s[s.length - 1] = Math.max(0, 1 - s.slice(0, -1).reduce((a, b) => a + b, 0));
  return Object.fromEntries(LINES.map((l, i) => [l, s[i]!]));
}

function eventSpec(g: Gen, targets: (type: (typeof EVENT_TYPES)[number]) => string[]): Record<string, unknown> {
  const type = g(fc.constantFrom, ...EVENT_TYPES);
  const ids = targets(type);
  return {
    type,
    month: g(fc.integer, { min: 0, max: 30 }),
    durationMonths: g(() => fc.oneof(fc.integer({ min: 1, max: 24 }), fc.constant(600))),
    target: ids.length && g(fc.boolean) ? g(fc.constantFrom, ...ids) : 'all',
    magnitude: g(() => fc.oneof(fc.constantFrom(-1, 0, 20), fc.double({ min: -1, max: 20, noNaN: true }))),
    cost: g(() => fc.oneof(fc.constant(0), fc.constant(1e11), fc.double({ min: 0, max: 1e8, noNaN: true }))),
  };
}

/**
 * Years to run: one or two for 80% of cases, 3-10 for 15%, 11-50 for 5%
 * (half of those exactly 50, the schema's longest); England's bases one
 * (see the header).
 */
function horizon(g: Gen, base: string): number {
  if (isEngland(base)) return 1;
  return g(() => fc.oneof({ weight: 16, arbitrary: fc.integer({ min: 1, max: 2 }) }, { weight: 3, arbitrary: fc.integer({ min: 3, max: 10 }) }, { weight: 1, arbitrary: fc.oneof(fc.constant(50), fc.integer({ min: 11, max: 49 })) }));
}

/** Builds one valid scenario. */
function buildValid(g: Gen, index: number): ValidCase {
  const base = g(() => fc.oneof(...BASE_WEIGHTS.map((b) => ({ weight: b.weight, arbitrary: fc.constant(b.base) }))));
  let raw: Record<string, unknown> = base === 'generated' ? { name: 'generated', generate: generateBlock(g) } : structuredClone(BASES[base]!);
  raw.years = horizon(g, base);
  raw.seed = g(() => fc.oneof(fc.nat(), fc.string({ minLength: 1, maxLength: 8 })));
  // How much of the schema to move away from its defaults: a few fields, many, or all.
  const density = g(fc.constantFrom, 0.02, 0.1, 0.3, 1);
  const set = (path: string, value: unknown) => {
    raw = setPath(raw, path, value) as Record<string, unknown>;
  };
  for (const leaf of LEAVES) if (g(fc.double, { min: 0, max: 1, noNaN: true }) < density) set(leaf.path, leafValue(g, leaf));
  if (g(fc.boolean)) set('allocation.shares', shares(g));

  // Event targets are drawn from the organisations the scenario really has.
  let world: ReturnType<typeof buildWorld> | undefined;
  const targets = (type: (typeof EVENT_TYPES)[number]) => {
    // Generated organisations depend on the seed, so their events target "all".
    if (raw.generate) return [];
    try {
      world ??= buildWorld(parseScenario({ ...raw, events: [], randomEvents: [] }, 'fuzz'), 1);
      return eventTargetIds(type, world);
    } catch {
      return [];
    }
  };
  const nEvents = g(fc.integer, { min: 0, max: 4 });
  if (nEvents) raw.events = Array.from({ length: nEvents }, () => eventSpec(g, targets));
  const nRandom = g(fc.integer, { min: 0, max: 2 });
  if (nRandom) {
    raw.randomEvents = Array.from({ length: nRandom }, () => {
      const { target: _t, month: _m, ...rest } = eventSpec(g, () => []);
      return { ...rest, ratePerYear: g(() => fc.oneof(fc.constantFrom(0, 12), fc.double({ min: 0, max: 12, noNaN: true }))) };
    });
  }

  // Variants: each a few fields within range.
  const nVariants = g(fc.integer, { min: 0, max: 2 });
  const variants: Record<string, Record<string, unknown>> = {};
  for (let v = 0; v < nVariants; v++) {
    const overrides: Record<string, unknown> = {};
    const n = g(fc.integer, { min: 1, max: 3 });
    for (let k = 0; k < n; k++) {
      const leaf = LEAVES[g(fc.integer, { min: 0, max: LEAVES.length - 1 })]!;
      overrides[leaf.path] = leafValue(g, leaf);
    }
    variants[`v${v}`] = overrides;
  }
  if (nVariants) raw.variants = variants;
  const variant = nVariants && g(fc.boolean) ? `v${g(fc.integer, { min: 0, max: nVariants - 1 })}` : 'base';
  return { kind: 'valid', index, base, raw, variant, runSeed: g(fc.nat) };
}

/** A value just outside a numeric leaf's range. */
function outside(g: Gen, leaf: Extract<Leaf, { min: number }>): number {
  const span = Math.max(1, Math.abs(leaf.max - leaf.min));
  const step = g(fc.constantFrom, span * 1e-6, 1, span * 10);
  return g(fc.boolean) ? leaf.max + step : leaf.min - step;
}

/** Builds one invalid case: a valid scenario with one mutation at a known field. */
function buildInvalid(g: Gen, index: number): InvalidCase {
  const valid = buildValid(g, index);
  const raw = valid.raw;
  const { variants: _drop, ...plain } = raw;
  let data: Record<string, unknown> = plain;
  const set = (path: string, value: unknown) => {
    data = setPath(data, path, value) as Record<string, unknown>;
  };
  const numeric = LEAVES.filter((l): l is Extract<Leaf, { min: number }> => l.kind === 'number' || l.kind === 'integer');
  const kind = g(fc.constantFrom, 'range', 'type', 'unknown', 'enum', 'fraction', 'target', 'generate', 'variant', 'years', 'seed');
  switch (kind) {
    case 'range': {
      const leaf = numeric[g(fc.integer, { min: 0, max: numeric.length - 1 })]!;
      set(leaf.path, outside(g, leaf));
      return { kind: 'invalid', index, base: valid.base, raw: data, mutation: `${leaf.path} outside [${leaf.min}, ${leaf.max}]`, field: leaf.path };
    }
    case 'type': {
      const leaf = LEAVES[g(fc.integer, { min: 0, max: LEAVES.length - 1 })]!;
      set(leaf.path, leaf.kind === 'enum' || leaf.kind === 'enumArray' ? 7 : 'seven');
      return { kind: 'invalid', index, base: valid.base, raw: data, mutation: `${leaf.path} of the wrong type`, field: leaf.path };
    }
    case 'unknown': {
      const parent = g(fc.constantFrom, '', 'allocation', 'governance', 'governance.gp', 'finance.loans', 'acute');
      const path = parent ? `${parent}.colour` : 'colour';
      set(path, 1);
      return { kind: 'invalid', index, base: valid.base, raw: data, mutation: `unknown field ${path}`, field: path };
    }
    case 'enum': {
      const enums = LEAVES.filter((l) => l.kind === 'enum');
      const leaf = enums[g(fc.integer, { min: 0, max: enums.length - 1 })]!;
      set(leaf.path, 'no-such-mode');
      return { kind: 'invalid', index, base: valid.base, raw: data, mutation: `${leaf.path} not one of its values`, field: leaf.path };
    }
    case 'fraction': {
      const ints = numeric.filter((l) => l.kind === 'integer');
      const leaf = ints[g(fc.integer, { min: 0, max: ints.length - 1 })]!;
      set(leaf.path, leaf.min + 0.5);
      return { kind: 'invalid', index, base: valid.base, raw: data, mutation: `${leaf.path} not a whole number`, field: leaf.path };
    }
    case 'target': {
      const events = [...((data.events as unknown[] | undefined) ?? [])];
      const at = events.length;
      events.push({ type: g(fc.constantFrom, ...EVENT_TYPES), target: 'no-such-org' });
      data = { ...data, events };
      return { kind: 'invalid', index, base: valid.base, raw: data, mutation: 'an event aimed at an organisation that does not exist', field: `events[${at}].target` };
    }
    case 'generate': {
      const block = generateBlock(g) as { systems: number };
      const { systems: _s, ...rest } = data;
      data = { ...rest, generate: { ...block, places: Math.max(1, block.systems - 1), systems: Math.max(2, block.systems) } };
      return { kind: 'invalid', index, base: valid.base, raw: data, mutation: 'generate.places fewer than generate.systems', field: 'generate.places' };
    }
    case 'variant': {
      const leaf = numeric[g(fc.integer, { min: 0, max: numeric.length - 1 })]!;
      data = { ...data, variants: { bad: { [leaf.path]: outside(g, leaf) } } };
      return { kind: 'invalid', index, base: valid.base, raw: data, mutation: `variant "bad" sets ${leaf.path} outside its range`, field: leaf.path };
    }
    case 'years': {
      set('years', g(fc.constantFrom, 0, 51, -1));
      return { kind: 'invalid', index, base: valid.base, raw: data, mutation: 'years outside 1-50', field: 'years' };
    }
    default: {
      set('seed', g(fc.constantFrom, '', -1, 1.5));
      return { kind: 'invalid', index, base: valid.base, raw: data, mutation: 'seed empty, negative or fractional', field: 'seed' };
    }
  }
}

/**
 * Draws case `index` of a fuzz run with seed `seed`: valid scenarios, with
 * every `invalidEvery`-th case an invalid one.
 */
export function drawCase(seed: number, index: number, invalidEvery = 4): FuzzCase {
  const arb = fc.gen().map((g) => (index % invalidEvery === invalidEvery - 1 ? buildInvalid(g, index) : buildValid(g, index)));
  return fc.sample(arb, { seed: (seed + index) | 0, numRuns: 1 })[0]!;
}
