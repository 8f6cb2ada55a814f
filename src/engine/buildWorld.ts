/**
 * Builds the organisations of a run from a validated scenario and a seed:
 * systems listed explicitly are used as written; a `generate` block is first
 * expanded by generateSystems. Practices missing from a PCN are generated
 * from its population and practice count.
 */
import { apportion } from './apportion.ts';
import { generateSystems } from './generateSystems.ts';
import { isProviderKind, KIND_DESCRIPTORS, type OrgKind } from './orgKinds.ts';
import { lognormal, normal, openStream, stream, type Rng } from './rng.ts';
import type { Scenario, SystemSpec } from './scenarioSchema.ts';
import type { Org, Pcn, Place, Practice, System, World } from './world.ts';

/** Expands the scenario into explicit systems (generating them if asked). */
export function systemSpecs(scenario: Scenario, seed: string | number): SystemSpec[] {
  if (scenario.systems) return scenario.systems;
  if (!scenario.generate) throw new Error('scenario has neither systems nor generate');
  return generateSystems(scenario.generate, seed, scenario.practice.patientsPerGpFte, scenario.practice.listSpread);
}

/**
 * An organisation's underlying position at the start (share of income): its
 * own figure when the scenario gives one, else its kind's from published
 * accounts plus a normal draw across organisations (sd `costs.spread`).
 * Commissioners (ICB, place) start balanced.
 */
function startPosition(scenario: Scenario, kind: OrgKind, own: number, rng: () => Rng, sigma: number): number {
  if (!Number.isNaN(own)) return own;
  if (!isProviderKind(kind)) return 0;
  return scenario.finance.start[kind] + sigma * normal(rng());
}

/** Builds the world of one run. */
export function buildWorld(scenario: Scenario, seed: string | number): World {
  const specs = systemSpecs(scenario, seed);
  const orgs: Org[] = [];
  const systems: System[] = [];
  const places: Place[] = [];
  const pcns: Pcn[] = [];
  const practices: Practice[] = [];
  const costSigma = scenario.costs.spread;

  // Each organisation draws its cost efficiency from a stream of its own, keyed by its full id, so that
  // the order organisations are listed in changes no draw (issue 25).
  const addOrg = (id: string, name: string, kind: OrgKind, system: number, place: number, start = Number.NaN): number => {
    const index = orgs.length;
    orgs.push({
      index,
      id,
      name,
      kind,
      system,
      place,
      startPosition: 0,
      underlyingShare: 0,
      morale: 1,
      operating: 0,
      estate: 0,
      costIndex: 1,
      explicitScale: 1,
      plannedCost: 0,
      plannedIncome: 0,
      savingsPlan: 0,
      savingsRecurrent: 0,
      savingsNonRecurrent: 0,
      debt: 0,
      deficitYears: 0,
      leadershipReset: 0,
      officer: `${KIND_DESCRIPTORS[kind].officer}, ${name}`,
    });
    orgs[index]!.startPosition = orgs[index]!.underlyingShare = startPosition(scenario, kind, start, () => stream(seed, 'costs', id), costSigma);
    return index;
  };

  specs.forEach((spec, s) => {
    const sysName = spec.name ?? spec.id;
    const icb = addOrg(`${spec.id}:icb`, `${sysName} ICB`, 'icb', s, -1);
    const local = new Map<string, number>();
    // A trust without a position of its own starts at its kind's national position plus its system's (region's) offset.
    for (const t of spec.trusts) {
      const o = addOrg(`${spec.id}:${t.id}`, t.name ?? t.id, t.kind, s, -1, t.start);
      if (t.start === undefined) orgs[o]!.startPosition = orgs[o]!.underlyingShare = orgs[o]!.startPosition + spec.startOffset;
      local.set(t.id, o);
    }
    for (const c of spec.councils) local.set(c.id, addOrg(`${spec.id}:${c.id}`, c.name ?? c.id, 'council', s, -1));
    const sys: System = { index: s, id: spec.id, name: sysName, region: spec.region ?? '', icb, places: [], population: 0, weightedPopulation: 0 };
    systems.push(sys);
    const pcnSpec = new Map(spec.pcns.map((p) => [p.id, p]));
    const listed = new Map<string, SystemSpec['practices']>();
    for (const pr of spec.practices) {
      const arr = listed.get(pr.pcn) ?? [];
      arr.push(pr);
      listed.set(pr.pcn, arr);
    }
    for (const ps of spec.places) {
      const pi = places.length;
      const placeName = ps.name ?? ps.id;
      const org = addOrg(`${spec.id}:${ps.id}`, placeName, 'place', s, pi);
      const place: Place = {
        index: pi,
        id: `${spec.id}:${ps.id}`,
        name: placeName,
        system: s,
        org,
        population: ps.population,
        need: ps.need,
        activityRate: ps.activityRate,
        leaderNew: false,
        leaderChanges: 0,
        council: local.get(ps.council)!,
        acute: local.get(ps.acute)!,
        acuteShift: { to: -1, share: 0 },
        community: local.get(ps.community)!,
        mentalHealth: local.get(ps.mentalHealth)!,
        pcns: [],
        practices: [],
        stocks: { treating: 0, delayed: 0, packages: 0, communityLag: [1, 1, 1] },
        baseAdmissionsPerDay: 0,
        packageCapacity: 0,
        bedCeiling: 0,
        demandStream: openStream(seed, 'demand', `${spec.id}:${ps.id}`),
      };
      places.push(place);
      sys.places.push(pi);
      sys.population += ps.population;
      sys.weightedPopulation += ps.population * ps.need;
      const defaultPcnPop = Math.floor(ps.population / ps.pcns.length);
      // A PCN without a population of its own takes an equal part; what rounding leaves goes to the PCN
      // whose id sorts last, not to the last one listed (issue 25: the list's order carries no meaning).
      const remainderPcn = ps.pcns.reduce((a, b) => (b > a ? b : a));
      ps.pcns.forEach((pcnId) => {
        const spec0 = pcnSpec.get(pcnId)!;
        const ci = pcns.length;
        const pcn: Pcn = { index: ci, id: `${spec.id}:${pcnId}`, name: spec0.name ?? pcnId, system: s, place: pi, practices: [] };
        pcns.push(pcn);
        place.pcns.push(ci);
        let members = listed.get(pcnId);
        if (!members || members.length === 0) {
          const pop = spec0.population ?? (pcnId === remainderPcn ? ps.population - defaultPcnPop * (ps.pcns.length - 1) : defaultPcnPop);
          const g = stream(seed, 'generation', pcn.id);
          const w = Array.from({ length: spec0.practiceCount }, () => lognormal(g, scenario.practice.listSpread));
          const lists = apportion(pop, w, Math.min(100, Math.floor(pop / spec0.practiceCount)));
          members = lists.map((list, j) => ({ id: `${pcnId}-gp${j + 1}`, pcn: pcnId, list }));
        }
        for (const m of members) {
          const oi = addOrg(`${spec.id}:${m.id}`, m.name ?? m.id, 'practice', s, pi);
          const pr: Practice = {
            index: practices.length,
            org: oi,
            pcn: ci,
            place: pi,
            list: m.list,
            gpFte: m.gpFte ?? Math.max(0.1, m.list / scenario.practice.patientsPerGpFte),
            noise: openStream(seed, 'demand', `${spec.id}:${m.id}:workload`),
          };
          practices.push(pr);
          pcn.practices.push(pr.index);
          place.practices.push(pr.index);
        }
      });
    }
  });

  const practiceOfOrg = new Int32Array(orgs.length).fill(-1);
  for (const p of practices) practiceOfOrg[p.org] = p.index;
  const n = orgs.length;
  return {
    seed,
    orgs,
    systems,
    places,
    pcns,
    practices,
    practiceOfOrg,
    external: { nhsEngland: n, localGovernment: n + 1, suppliers: n + 2 },
  };
}
