/**
 * Generates explicit system descriptions from national counts (the
 * `generate` block of a scenario), using the `generation` random stream.
 * The output has the same shape as a hand-written `systems` list, so both
 * paths share one builder.
 */
import { apportion } from './apportion.ts';
import { KIND_DESCRIPTORS } from './orgKinds.ts';
import { lognormal, stream, type Rng } from './rng.ts';
import type { GenerateSpec, SystemSpec } from './scenarioSchema.ts';

function weights(rng: Rng, n: number, sigma: number): number[] {
  const w: number[] = [];
  for (let i = 0; i < n; i++) w.push(lognormal(rng, sigma));
  return w;
}

/** The region of the s-th generated system: regions take consecutive blocks of systems, in the order listed. */
function regionOf(g: GenerateSpec, s: number): GenerateSpec['regions'][number] | undefined {
  let first = 0;
  for (const r of g.regions) {
    if (s < first + r.systems) return r;
    first += r.systems;
  }
  return undefined;
}

const pad = (i: number, n: number) => String(i + 1).padStart(String(n).length, '0');

/**
 * Builds `g.systems` systems whose counts add up exactly to the national totals.
 * @param g generation settings
 * @param seed run seed
 */
export function generateSystems(g: GenerateSpec, seed: string | number, patientsPerGpFte: number, listSpread: number): SystemSpec[] {
  const rng = stream(seed, 'generation', 'national');
  const S = g.systems;
  const sysW = weights(rng, S, g.sizeSpread);
  const sysPop = apportion(g.population, sysW, Math.min(1000, Math.floor(g.population / S)));
  const placesPer = apportion(g.places, sysPop, 1);
  const councilsPer = apportion(g.councils, sysPop, 1, placesPer);
  const acuteLike = apportion(g.trusts.acute + g.trusts.integrated, sysPop, 1, placesPer);
  const mhPer = apportion(g.trusts.mentalHealth, sysPop, 1, placesPer);
  const communityPer = apportion(g.trusts.community, sysPop, 0, placesPer);
  // Integrated trusts replace acute ones in randomly chosen systems.
  const integratedPer = new Array<number>(S).fill(0);
  for (let k = 0, guard = 0; k < g.trusts.integrated && guard < 100_000; guard++) {
    const s = Math.floor(rng() * S);
    if (integratedPer[s]! < acuteLike[s]!) {
      integratedPer[s]!++;
      k++;
    }
  }
  // PCNs and practices are apportioned over all places at once, by population.
  const placePop: number[][] = [];
  const flatPop: number[] = [];
  for (let s = 0; s < S; s++) {
    const w = weights(rng, placesPer[s]!, g.sizeSpread * 0.6);
    const pops = apportion(sysPop[s]!, w, 1);
    placePop.push(pops);
    flatPop.push(...pops);
  }
  const pcnsPerPlace = apportion(g.pcns, flatPop, 1, flatPop);
  const pcnPops: number[] = [];
  let f = 0;
  for (let s = 0; s < S; s++) {
    for (let p = 0; p < placesPer[s]!; p++, f++) {
      const n = pcnsPerPlace[f]!;
      pcnPops.push(...apportion(flatPop[f]!, weights(rng, n, 0.3), 1));
    }
  }
  const practicesPerPcn = apportion(
    g.practices,
    pcnPops,
    1,
    pcnPops.map((p) => Math.max(1, Math.floor(p / 100))),
  );

  const systems: SystemSpec[] = [];
  let flatPlace = 0;
  let flatPcn = 0;
  for (let s = 0; s < S; s++) {
    const sid = `ics${pad(s, S)}`;
    const nPlaces = placesPer[s]!;
    const trusts: SystemSpec['trusts'] = [];
    const acuteIds: string[] = [];
    const nInt = integratedPer[s]!;
    for (let t = 0; t < acuteLike[s]!; t++) {
      const kind = t < nInt ? 'integrated' : 'acute';
      const tid = `${KIND_DESCRIPTORS[kind].idPrefix}${t + 1}`;
      trusts.push({ id: tid, kind });
      acuteIds.push(tid);
    }
    const mhIds: string[] = [];
    for (let t = 0; t < mhPer[s]!; t++) {
      const tid = `${KIND_DESCRIPTORS.mentalHealth.idPrefix}${t + 1}`;
      trusts.push({ id: tid, kind: 'mentalHealth' });
      mhIds.push(tid);
    }
    const comIds: string[] = [];
    for (let t = 0; t < communityPer[s]!; t++) {
      const tid = `${KIND_DESCRIPTORS.community.idPrefix}${t + 1}`;
      trusts.push({ id: tid, kind: 'community' });
      comIds.push(tid);
    }
    const councils = Array.from({ length: councilsPer[s]! }, (_, c) => ({ id: `${KIND_DESCRIPTORS.council.idPrefix}${c + 1}` }));
    // Contiguous blocks of places per provider, so every provider serves at least one place.
    const block = (count: number, p: number) => Math.min(count - 1, Math.floor((p * count) / nPlaces));
    const places: SystemSpec['places'] = [];
    const pcns: SystemSpec['pcns'] = [];
    const practices: SystemSpec['practices'] = [];
    for (let p = 0; p < nPlaces; p++, flatPlace++) {
      const pid = `place${p + 1}`;
      const acute = acuteIds[block(acuteIds.length, p)]!;
      const mh = mhIds[block(mhIds.length, p)]!;
      const community = comIds.length
        ? comIds[block(comIds.length, p)]!
        : acute.startsWith('int')
          ? acute
          : mh;
      const need = Math.min(2, Math.max(0.5, 1 + g.needSpread * (rng() * 2 - 1) * Math.sqrt(3)));
      const pcnIds: string[] = [];
      for (let k = 0; k < pcnsPerPlace[flatPlace]!; k++, flatPcn++) {
        const cid = `${pid}-pcn${k + 1}`;
        pcnIds.push(cid);
        const nPr = practicesPerPcn[flatPcn]!;
        pcns.push({ id: cid, population: pcnPops[flatPcn]!, practiceCount: nPr });
        const lists = apportion(pcnPops[flatPcn]!, weights(rng, nPr, listSpread), Math.min(100, Math.floor(pcnPops[flatPcn]! / nPr)));
        lists.forEach((list, j) =>
          practices.push({ id: `${cid}-gp${j + 1}`, pcn: cid, list, gpFte: Math.max(0.1, Math.round((list / patientsPerGpFte) * 10) / 10) }),
        );
      }
      places.push({
        id: pid,
        population: placePop[s]![p]!,
        need: Math.round(need * 1000) / 1000,
        activityRate: 1,
        pcns: pcnIds,
        council: councils[block(councils.length, p)]!.id,
        acute,
        community,
        mentalHealth: mh,
      });
    }
    const region = regionOf(g, s);
    systems.push({ id: sid, name: `ICS ${s + 1}`, places, pcns, practices, trusts, councils, ...(region ? { region: region.name } : {}), startOffset: region?.startOffset ?? 0 });
  }
  return systems;
}
