/**
 * Checkpoints of a run in progress: its state (runState.ts), as JSON-ready
 * data, and back. A run checkpointed at any month and restored in a fresh
 * process (Node or the browser) continues to a byte-identical result.
 *
 * The state is plain data (random streams included), saved as a graph:
 * shared objects are saved once and referred to by id, so that records the
 * state reaches by two paths are still one record after a restore. Typed
 * arrays and Maps keep their kind; numbers that JSON cannot hold (NaN,
 * infinities, -0) are tagged. The ledger, the one object with methods, is
 * restored with its prototype, taken from a freshly built simulation of the
 * same scenario, so the format needs no registry of classes. The scenario
 * itself is not saved: the caller passes it back, and its hash is checked.
 */
import { hashString } from './hash.ts';
import type { Scenario } from './scenarioSchema.ts';
import { Simulation } from './simulation.ts';

/** A checkpoint: plain data (JSON.stringify it to store it). */
export interface SimulationCheckpoint {
  format: 'icsim-checkpoint-2';
  scenarioHash: string;
  seed: string | number;
  years: number;
  month: number;
  /** The run state as a graph of tagged nodes (the scenario left out). */
  nodes: unknown[];
  root: unknown;
}

type Tagged =
  | { $ref: number }
  | { $num: 'NaN' | 'Infinity' | '-Infinity' | '-0' };

const TYPED = {
  Float64Array,
  Float32Array,
  Int32Array,
  Uint32Array,
  Int16Array,
  Uint16Array,
  Int8Array,
  Uint8Array,
} as const;
type TypedName = keyof typeof TYPED;

/** Saves a simulation's state (see the module header). */
export function checkpoint(sim: Simulation): SimulationCheckpoint {
  const ids = new Map<object, number>();
  const nodes: unknown[] = [];
  const save = (v: unknown, path: string): unknown => {
    if (typeof v === 'number') {
      if (Number.isNaN(v)) return { $num: 'NaN' };
      if (v === Infinity) return { $num: 'Infinity' };
      if (v === -Infinity) return { $num: '-Infinity' };
      if (Object.is(v, -0)) return { $num: '-0' };
      return v;
    }
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    if (v === undefined) return { $undefined: true };
    if (typeof v !== 'object') throw new TypeError(`checkpoint: ${path} holds a ${typeof v}, which cannot be saved (the run state must be plain data)`);
    const known = ids.get(v as object);
    if (known !== undefined) return { $ref: known } satisfies Tagged;
    const id = nodes.length;
    ids.set(v as object, id);
    nodes.push(null);
    let node: unknown;
    if (ArrayBuffer.isView(v)) {
      const name = v.constructor.name as TypedName;
      if (!(name in TYPED)) throw new TypeError(`checkpoint: ${path} is a ${name}`);
      node = { $typed: name, data: Array.from(v as unknown as ArrayLike<number>, (x, i) => save(x, `${path}[${i}]`)) };
    } else if (Array.isArray(v)) {
      node = { $array: v.map((x, i) => save(x, `${path}[${i}]`)) };
    } else if (v instanceof Map) {
      node = { $map: [...v.entries()].map(([k, x], i) => [save(k, `${path}.key${i}`), save(x, `${path}.get(${String(k)})`)]) };
    } else if (v instanceof Set) {
      node = { $set: [...v].map((x, i) => save(x, `${path}.item${i}`)) };
    } else {
      const proto = Object.getPrototypeOf(v);
      const cls = proto === Object.prototype || proto === null ? null : (proto.constructor?.name as string);
      const fields: Record<string, unknown> = {};
      for (const k of Object.keys(v as object)) {
        if (path === '' && k === 'scenario') continue;
        fields[k] = save((v as Record<string, unknown>)[k], path ? `${path}.${k}` : k);
      }
      node = { $object: cls, fields };
    }
    nodes[id] = node;
    return { $ref: id } satisfies Tagged;
  };
  const root = save(sim.state, '');
  return { format: 'icsim-checkpoint-2', scenarioHash: hashString(JSON.stringify(sim.scenario)), seed: sim.seed, years: sim.totalMonths / 12, month: sim.month, nodes, root };
}

/** Collects the prototypes of every class instance reachable from a value, by class name. */
function prototypes(v: unknown, out: Map<string, object>, seen: Set<object>): void {
  if (v === null || typeof v !== 'object' || seen.has(v)) return;
  seen.add(v);
  if (ArrayBuffer.isView(v)) return;
  if (Array.isArray(v)) {
    for (const x of v) prototypes(x, out, seen);
    return;
  }
  if (v instanceof Map) {
    for (const [k, x] of v) (prototypes(k, out, seen), prototypes(x, out, seen));
    return;
  }
  if (v instanceof Set) {
    for (const x of v) prototypes(x, out, seen);
    return;
  }
  const proto = Object.getPrototypeOf(v);
  if (proto && proto !== Object.prototype && proto.constructor?.name) out.set(proto.constructor.name, proto);
  for (const x of Object.values(v)) prototypes(x, out, seen);
}

/**
 * Restores a simulation from a checkpoint of the same scenario.
 * @throws Error when the checkpoint is not one, or was taken from another scenario
 */
export function restore(scenario: Scenario, cp: SimulationCheckpoint): Simulation {
  if (!cp || cp.format !== 'icsim-checkpoint-2') throw new Error('restore: not an icsim checkpoint (format icsim-checkpoint-2)');
  const hash = hashString(JSON.stringify(scenario));
  if (hash !== cp.scenarioHash) throw new Error(`restore: the checkpoint was taken from another scenario (hash ${cp.scenarioHash}, this one ${hash})`);
  const fresh = new Simulation(scenario, { seed: cp.seed, years: cp.years });
  const protos = new Map<string, object>();
  prototypes(fresh.state, protos, new Set());
  const built = new Array<unknown>(cp.nodes.length);
  const load = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    const t = v as Record<string, unknown>;
    if ('$num' in t) return t.$num === 'NaN' ? NaN : t.$num === 'Infinity' ? Infinity : t.$num === '-Infinity' ? -Infinity : -0;
    if ('$undefined' in t) return undefined;
    if ('$ref' in t) return node(t.$ref as number);
    throw new Error('restore: malformed checkpoint value');
  };
  const node = (id: number): unknown => {
    if (built[id] !== undefined) return built[id];
    const n = cp.nodes[id] as Record<string, unknown>;
    if ('$typed' in n) {
      const Ctor = TYPED[n.$typed as TypedName];
      if (!Ctor) throw new Error(`restore: unknown typed array ${String(n.$typed)}`);
      const data = n.data as unknown[];
      const arr = new Ctor(data.length);
      built[id] = arr;
      data.forEach((x, i) => (arr[i] = load(x) as number));
      return arr;
    }
    if ('$array' in n) {
      const arr: unknown[] = [];
      built[id] = arr;
      for (const x of n.$array as unknown[]) arr.push(load(x));
      return arr;
    }
    if ('$map' in n) {
      const m = new Map();
      built[id] = m;
      for (const [k, x] of n.$map as Array<[unknown, unknown]>) m.set(load(k), load(x));
      return m;
    }
    if ('$set' in n) {
      const st = new Set();
      built[id] = st;
      for (const x of n.$set as unknown[]) st.add(load(x));
      return st;
    }
    const cls = n.$object as string | null;
    // The root is the fresh simulation's state, so its scenario (not saved) stays in place.
    const obj: Record<string, unknown> = id === (cp.root as { $ref: number }).$ref ? (fresh.state as unknown as Record<string, unknown>) : Object.create(cls ? (protos.get(cls) ?? fail(cls)) : Object.prototype);
    built[id] = obj;
    for (const [k, x] of Object.entries(n.fields as Record<string, unknown>)) obj[k] = load(x);
    return obj;
  };
  const fail = (cls: string): never => {
    throw new Error(`restore: the checkpoint holds a ${cls}, which this version of icsim does not build`);
  };
  load(cp.root);
  return fresh;
}
