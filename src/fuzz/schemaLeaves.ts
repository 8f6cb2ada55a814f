/**
 * The fields of the scenario schema that a fuzzer can set one by one, read
 * from the schema's own JSON Schema (so a new field is fuzzed as soon as it
 * is added): numbers and integers with their ranges, booleans, enums and
 * arrays of enum values.
 */
import { scenarioJsonSchema } from '../engine/index.ts';

/** One settable field of the scenario. */
export type Leaf =
  | { path: string; kind: 'number' | 'integer'; min: number; max: number }
  | { path: string; kind: 'boolean' }
  | { path: string; kind: 'enum'; values: string[] }
  | { path: string; kind: 'enumArray'; values: string[]; minItems: number };

type Node = Record<string, unknown>;

/**
 * Fields handled as a whole by the fuzzer (systems, events, variants, the
 * generation block, the allocation shares that must sum to 1) or not
 * worth fuzzing (names, descriptions).
 */
const SKIP = /^(\$schema|name|description|sources|seed|years|systems|generate|events|randomEvents|variants|allocation\.shares)(\.|$)/;

/** Lists the leaves under `prefix` (all of them by default). */
export function schemaLeaves(prefix = ''): Leaf[] {
  const root = scenarioJsonSchema() as Node;
  const defs = ((root.$defs ?? root.definitions ?? {}) as Record<string, Node>);
  const out: Leaf[] = [];
  const walk = (n: Node | undefined, path: string) => {
    if (!n) return;
    if (typeof n.$ref === 'string') return walk(defs[n.$ref.split('/').pop()!], path);
    if (n.type === 'object' && n.properties) {
      for (const [k, v] of Object.entries(n.properties as Record<string, Node>)) walk(v, path ? `${path}.${k}` : k);
      return;
    }
    if (n.type === 'number' || n.type === 'integer') {
      const min = (n.minimum ?? n.exclusiveMinimum) as number | undefined;
      const max = (n.maximum ?? n.exclusiveMaximum) as number | undefined;
      if (min !== undefined && max !== undefined) out.push({ path, kind: n.type, min, max });
    } else if (n.type === 'boolean') out.push({ path, kind: 'boolean' });
    else if (n.type === 'string' && Array.isArray(n.enum)) out.push({ path, kind: 'enum', values: n.enum as string[] });
    else if (n.type === 'array' && (n.items as Node | undefined)?.enum) {
      out.push({ path, kind: 'enumArray', values: (n.items as Node).enum as string[], minItems: (n.minItems as number | undefined) ?? 0 });
    }
  };
  walk(root, '');
  return out.filter((l) => !SKIP.test(l.path) && l.path.startsWith(prefix));
}
