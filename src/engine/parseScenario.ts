/**
 * Validation of scenarios: the zod schema for fields, types and ranges, then
 * cross-references between organisations (a place naming a PCN that does
 * not exist, a trust of the wrong kind, and so on). Every problem is
 * reported with the path of the field and what is allowed.
 */
import { z } from 'zod';
import { applyVariant } from './applyVariant.ts';
import { buildWorld } from './buildWorld.ts';
import { eventTargetIssues } from './events.ts';
import { idCollisionIssues } from './idCollisions.ts';
import { KIND_DESCRIPTORS, PLACE_NAMED_LINES, PLACE_PROVIDER_KINDS } from './orgKinds.ts';
import { eventDescriptor } from './eventTypes.ts';
import { scenarioSchema, YEARLY_PATHS, type Scenario } from './scenarioSchema.ts';
import { yearlyIssues, type Yearly } from './yearly.ts';

import { ScenarioError, type ScenarioIssue } from './ScenarioError.ts';

export { ScenarioError, type ScenarioIssue };

/** Formats a zod path as `a.b[2].c`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

/** Finds the object schema reached by a path, to list allowed keys. */
function shapeAt(path: ReadonlyArray<PropertyKey>): string[] | undefined {
  let s: z.core.$ZodType | undefined = scenarioSchema;
  const unwrap = (t: z.core.$ZodType): z.core.$ZodType => {
    let cur = t;
    for (let i = 0; i < 10; i++) {
      const def = (cur as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
      if (def.innerType) cur = def.innerType as z.core.$ZodType;
      else if (def.type === 'pipe' && def.in) cur = def.in as z.core.$ZodType;
      else break;
    }
    return cur;
  };
  for (const p of path) {
    if (!s) return undefined;
    const t = unwrap(s);
    const def = (t as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (typeof p === 'number' && def.type === 'array') s = def.element as z.core.$ZodType;
    else if (def.type === 'object') s = (def.shape as Record<string, z.core.$ZodType>)[String(p)];
    else return undefined;
  }
  if (!s) return undefined;
  const def = (unwrap(s) as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  return def.type === 'object' ? Object.keys(def.shape as object) : undefined;
}

function zodIssues(error: z.ZodError): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const allowed = shapeAt(issue.path) ?? [];
      for (const key of issue.keys) {
        out.push({
          path: formatPath([...issue.path, key]),
          message: `unknown field "${key}"${allowed.length ? ` (allowed here: ${allowed.join(', ')})` : ''}`,
        });
      }
    } else if (issue.code === 'invalid_union' && issue.path.length === 1 && issue.path[0] === 'seed') {
      out.push({ path: 'seed', message: 'must be a non-negative integer or a non-empty string' });
    } else {
      out.push({ path: formatPath(issue.path), message: issue.message });
    }
  }
  return out;
}

/** Cross-reference checks on explicitly listed systems. */
function referenceIssues(s: Scenario): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];

  const seenSystem = new Set<string>();
  (s.systems ?? []).forEach((sys, si) => {
    const at = `systems[${si}]`;
    if (seenSystem.has(sys.id)) out.push({ path: `${at}.id`, message: `duplicate system id "${sys.id}"` });
    seenSystem.add(sys.id);

    const pcnIds = new Set(sys.pcns.map((p) => p.id));
    const trustKind = new Map(sys.trusts.map((t) => [t.id, t.kind] as const));
    const councilIds = new Set(sys.councils.map((c) => c.id));
    const pcnOwner = new Map<string, number>();
    const list = (xs: Iterable<string>) => [...xs].join(', ') || '(none)';
    sys.places.forEach((p, pi) => {
      const pat = `${at}.places[${pi}]`;
      p.pcns.forEach((pcn, k) => {
        if (!pcnIds.has(pcn)) {
          out.push({ path: `${pat}.pcns[${k}]`, message: `PCN "${pcn}" does not exist in system "${sys.id}" (known PCNs: ${list(pcnIds)})` });
        } else if (pcnOwner.has(pcn)) {
          out.push({ path: `${pat}.pcns[${k}]`, message: `PCN "${pcn}" already belongs to places[${pcnOwner.get(pcn)}]; a PCN sits in one place` });
        } else pcnOwner.set(pcn, pi);
      });
      if (!councilIds.has(p.council)) {
        out.push({ path: `${pat}.council`, message: `council "${p.council}" does not exist in system "${sys.id}" (known councils: ${list(councilIds)})` });
      }
      // A place names one provider for each of these lines, of a kind paid for the line.
      for (const field of PLACE_NAMED_LINES) {
        const kinds = PLACE_PROVIDER_KINDS.filter((k) => KIND_DESCRIPTORS[k].lines.includes(field));
        const tid = p[field];
        const kind = trustKind.get(tid);
        if (kind === undefined) {
          out.push({ path: `${pat}.${field}`, message: `trust "${tid}" does not exist in system "${sys.id}" (known trusts: ${list(trustKind.keys())})` });
        } else if (!kinds.includes(kind)) {
          out.push({ path: `${pat}.${field}`, message: `trust "${tid}" is of kind "${kind}"; allowed kinds here: ${kinds.join(', ')}` });
        }
      }
    });
    const serving = new Set(sys.places.flatMap((p) => [p.acute, p.community, p.mentalHealth, p.council]));
    sys.trusts.forEach((t, i) => {
      if (!serving.has(t.id)) out.push({ path: `${at}.trusts[${i}].id`, message: `trust "${t.id}" serves no place; every trust must be named by a place (acute, community or mentalHealth)` });
    });
    sys.councils.forEach((c, i) => {
      if (!serving.has(c.id)) out.push({ path: `${at}.councils[${i}].id`, message: `council "${c.id}" serves no place; every council must be named by a place` });
    });
    sys.pcns.forEach((pcn, i) => {
      if (!pcnOwner.has(pcn.id)) out.push({ path: `${at}.pcns[${i}].id`, message: `PCN "${pcn.id}" is not listed by any place` });
    });
    sys.practices.forEach((pr, i) => {
      if (!pcnIds.has(pr.pcn)) {
        out.push({ path: `${at}.practices[${i}].pcn`, message: `PCN "${pr.pcn}" does not exist in system "${sys.id}" (known PCNs: ${list(pcnIds)})` });
      }
    });
  });
  // Ids unique after composition (SYSTEM:LOCAL, the ICB, generated practices), each clash naming both paths.
  out.push(...idCollisionIssues(s.systems ?? []));
  const g = s.generate;
  if (g) {
    if (g.places < g.systems) out.push({ path: 'generate.places', message: `must be at least generate.systems (${g.systems})` });
    if (g.pcns < g.places) out.push({ path: 'generate.pcns', message: `must be at least generate.places (${g.places})` });
    if (g.practices < g.pcns) out.push({ path: 'generate.practices', message: `must be at least generate.pcns (${g.pcns})` });
    if (g.councils < g.systems || g.councils > g.places) {
      out.push({ path: 'generate.councils', message: `must be between generate.systems (${g.systems}) and generate.places (${g.places})` });
    }
    if (g.trusts.acute + g.trusts.integrated < g.systems) {
      out.push({ path: 'generate.trusts.acute', message: `acute plus integrated trusts must be at least generate.systems (${g.systems})` });
    }
    if (g.trusts.mentalHealth < g.systems) {
      out.push({ path: 'generate.trusts.mentalHealth', message: `must be at least generate.systems (${g.systems})` });
    }
    // Every trust serves at least one place, so no kind can outnumber the places.
    if (g.trusts.acute + g.trusts.integrated > g.places) {
      out.push({ path: 'generate.trusts.acute', message: `acute plus integrated trusts (${g.trusts.acute + g.trusts.integrated}) must not exceed generate.places (${g.places})` });
    }
    for (const kind of ['mentalHealth', 'community'] as const) {
      if (g.trusts[kind] > g.places) out.push({ path: `generate.trusts.${kind}`, message: `must not exceed generate.places (${g.places})` });
    }
    if (g.regions.length) {
      const n = g.regions.reduce((a, r) => a + r.systems, 0);
      if (n !== g.systems) out.push({ path: 'generate.regions', message: `the regions' systems add up to ${n}; they must add up to generate.systems (${g.systems})` });
      const names = new Set<string>();
      g.regions.forEach((r, i) => {
        if (names.has(r.name)) out.push({ path: `generate.regions[${i}].name`, message: `duplicate region "${r.name}"` });
        names.add(r.name);
      });
    }
    // Each practice needs 100 people, and splitting people into whole PCNs can strand up to 100 per PCN.
    if (g.population < (g.practices + g.pcns) * 100) {
      out.push({ path: 'generate.population', message: `too small for ${g.practices} practices in ${g.pcns} PCNs (at least 100 people a practice, plus 100 a PCN for rounding: ${(g.practices + g.pcns) * 100})` });
    }
  }
  return out;
}

/**
 * Validates raw scenario data (parsed JSON) and fills in defaults.
 * @param input the parsed JSON
 * @param source a label for messages, usually the file name
 * @throws ScenarioError naming every bad field
 */
export function parseScenario(input: unknown, source = 'scenario'): Scenario {
  const r = scenarioSchema.safeParse(input);
  if (!r.success) throw new ScenarioError(source, zodIssues(r.error));
  const refs = referenceIssues(r.data);
  if (refs.length) throw new ScenarioError(source, refs);
  // Event targets name organisations of the built world (generated ids too): check them the way a run resolves them.
  if (r.data.generate) {
    // Generated organisations (how many trusts a system has, and so their ids) depend on the run's seed.
    const named = r.data.events.map((e, i) => ({ e, i })).filter(({ e }) => e.target !== 'all');
    if (named.length) {
      throw new ScenarioError(
        source,
        named.map(({ e, i }) => ({ path: `events[${i}].target`, message: `"${e.target}": events of generated systems must target "all" (the organisations generated, and their ids, depend on the seed)` })),
      );
    }
  } else if (r.data.events.some((e) => e.target !== 'all')) {
    const targets = eventTargetIssues(r.data, buildWorld(r.data, r.data.seed));
    if (targets.length) throw new ScenarioError(source, targets);
  }
  // Every variant must give a valid scenario too.
  const variantIssues: ScenarioIssue[] = [];
  for (const name of Object.keys(r.data.variants)) {
    let applied: unknown;
    try {
      applied = applyVariant(input, name);
    } catch (e) {
      variantIssues.push({ path: `variants.${name}`, message: (e as Error).message });
      continue;
    }
    try {
      parseScenario({ ...(applied as object), variants: {} }, source);
    } catch (e) {
      if (!(e instanceof ScenarioError)) throw e;
      for (const i of e.issues) variantIssues.push({ path: `variants.${name} -> ${i.path}`, message: i.message });
    }
  }
  if (variantIssues.length) throw new ScenarioError(source, variantIssues);
  const late = lateIssues(r.data);
  if (late.length) throw new ScenarioError(source, late);
  return r.data;
}

/**
 * Checks of values against the rest of the scenario that no other stage needs, made last so that a
 * scenario with several problems is told first about its shape, references, targets and variants:
 * inputs by year against `startYear` (yearly.ts), and the floors of an allocation shock and of a
 * trust's activity change.
 */
function lateIssues(s: Scenario): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  for (const path of YEARLY_PATHS) {
    let v: unknown = s;
    for (const k of path.split('.')) v = (v as Record<string, unknown>)[k];
    for (const message of yearlyIssues(v as Yearly, s.startYear)) out.push({ path, message });
  }
  // A year with (almost) no NHS money is outside the model: an envelope can fall by at most 90% in a year.
  for (const key of ['events', 'randomEvents'] as const) {
    s[key].forEach((e, i) => {
      const min = eventDescriptor(e.type).minMagnitude;
      if (min && e.magnitude < min.value) out.push({ path: `${key}[${i}].magnitude`, message: `an ${e.type}'s magnitude must be at least ${min.value} (${min.why}); it is ${e.magnitude}` });
    });
  }
  return out;
}

/**
 * Parses scenario text (JSON) with a clear error for malformed JSON.
 * @throws ScenarioError
 */
export function parseScenarioText(text: string, source = 'scenario'): Scenario {
  let data: unknown;
  try {
    // A byte-order mark (some Windows editors write one) is not part of the JSON.
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new ScenarioError(source, [{ path: '', message: `not valid JSON: ${(e as Error).message}` }]);
  }
  return parseScenario(data, source);
}
