/**
 * Full ids after composition must be unique (issue 25). The world names each
 * organisation, place and PCN `SYSTEM:LOCAL` (buildWorld.ts): the ICB is
 * `SYSTEM:icb`, and a PCN listed without practices gets generated ones named
 * `PCN-gp1`, `PCN-gp2`, ... Ids may not contain the separator `:` (the schema
 * refuses it), so systems cannot collide with each other's members; what is
 * left is a local id equal to `icb` or to a generated practice's, which would
 * give two organisations one id and let an event aimed at it hit both.
 */
import type { ScenarioIssue } from './ScenarioError.ts';
import type { SystemSpec } from './scenarioSchema.ts';

/** The separator between a system's id and the ids inside it. */
export const ID_SEPARATOR = ':';

/** Issues for every full id claimed twice, each naming both paths. */
export function idCollisionIssues(systems: readonly SystemSpec[]): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  const owner = new Map<string, string>();
  const claim = (full: string, path: string, what: string) => {
    const prev = owner.get(full);
    if (prev !== undefined) out.push({ path, message: `${what} has the full id "${full}", which ${prev} already has; every organisation, place and PCN needs its own` });
    else owner.set(full, `${path} (${what})`);
  };
  const seen = new Set<string>();
  systems.forEach((sys, si) => {
    // A second system with the same id is reported once, as a duplicate system id (parseScenario.ts), not once per member.
    if (seen.has(sys.id)) return;
    seen.add(sys.id);
    const at = `systems[${si}]`;
    const full = (local: string) => `${sys.id}${ID_SEPARATOR}${local}`;
    claim(full('icb'), at, `the ICB of system "${sys.id}"`);
    sys.trusts.forEach((t, i) => claim(full(t.id), `${at}.trusts[${i}].id`, `trust "${t.id}"`));
    sys.councils.forEach((c, i) => claim(full(c.id), `${at}.councils[${i}].id`, `council "${c.id}"`));
    sys.places.forEach((p, i) => claim(full(p.id), `${at}.places[${i}].id`, `place "${p.id}"`));
    sys.practices.forEach((p, i) => claim(full(p.id), `${at}.practices[${i}].id`, `practice "${p.id}"`));
    const listed = new Set(sys.practices.map((p) => p.pcn));
    sys.pcns.forEach((p, i) => {
      claim(full(p.id), `${at}.pcns[${i}].id`, `PCN "${p.id}"`);
      if (listed.has(p.id)) return;
      for (let j = 1; j <= p.practiceCount; j++) claim(full(`${p.id}-gp${j}`), `${at}.pcns[${i}].practiceCount`, `practice "${p.id}-gp${j}" generated for PCN "${p.id}"`);
    });
  });
  return out;
}
