/**
 * The scenario's JSON schema walked as the docs tests read it (tests/docs/):
 * every leaf a scenario file can set, with its default and bounds, and the
 * default at one dotted path. An input given by year (a number or a series)
 * counts as its one-number form.
 */
import { scenarioJsonSchema } from '../../src/engine/index.ts';

type Node = Record<string, unknown> & { properties?: Record<string, Node>; anyOf?: Node[]; oneOf?: Node[]; items?: Node; $ref?: string; default?: unknown; type?: string; minimum?: number; maximum?: number };
const schema = scenarioJsonSchema() as Node & { $defs?: Record<string, Node> };
const deref = (n: Node | undefined): Node | undefined => (n?.$ref ? deref(schema.$defs?.[n.$ref.split('/').pop()!]) : n);
const isNumber = (n: Node | undefined) => n?.type === 'number' || n?.type === 'integer';

/** One settable leaf: its dotted path, default and bounds. */
export interface SchemaLeaf {
  path: string;
  def: unknown;
  min?: number;
  max?: number;
}

/** Every leaf of the schema; with `arrays`, the fields of arrays of objects too, as `path[].field`. */
export function schemaLeaves(options: { arrays?: boolean } = {}): SchemaLeaf[] {
  const out: SchemaLeaf[] = [];
  const walk = (raw: Node | undefined, path: string): void => {
    const n = deref(raw);
    if (!n) return;
    if (n.properties) {
      for (const [k, v] of Object.entries(n.properties)) walk(v, path ? `${path}.${k}` : k);
      return;
    }
    const alts = (n.anyOf ?? n.oneOf)?.map(deref);
    const single = alts?.find(isNumber);
    const obj = alts?.find((a) => a?.properties);
    if (obj && !single) return walk(obj, path);
    const items = deref(n.items);
    if (options.arrays && n.type === 'array' && items?.properties) return walk(items, `${path}[]`);
    const bounds = single ?? n;
    out.push({ path, def: n.default ?? single?.default, min: bounds.minimum, max: bounds.maximum });
  };
  walk(schema, '');
  return out;
}

/** The schema's default at a dotted path. */
export function schemaDefault(path: string): unknown {
  let n: Node | undefined = schema;
  for (const k of path.split('.')) {
    n = deref(n);
    n = n?.properties?.[k] ?? n?.anyOf?.map(deref).find((a) => a?.properties)?.properties?.[k];
  }
  const leaf = deref(n);
  return leaf?.default ?? leaf?.anyOf?.map(deref).find(isNumber)?.default;
}
