/**
 * England's 42 integrated care systems from NHS England's published practice
 * weighted populations: each ICB with its places (the upper-tier councils it
 * serves), those councils, its practices with their registered lists, and
 * its need (weighted over registered population). What no published file here
 * gives is generated and labelled so: PCNs (practices grouped by place and
 * location) and trusts (national counts by kind, shared over ICBs by their
 * weighted populations). docs/DATA.md explains each step.
 */
import { apportion, KIND_DESCRIPTORS, type ScenarioInput } from '../engine/index.ts';
import type { Council, CouncilLookup } from './councilLookup.ts';
import { DataError } from './DataError.ts';
import type { PracticeRow } from './readPracticeRows.ts';

type SystemInput = NonNullable<ScenarioInput['systems']>[number];
type TrustKind = 'acute' | 'integrated' | 'mentalHealth' | 'community';

/** National counts the derivation shares out (the generated England's, with their sources in docs/SOURCES.md). */
export interface NationalCounts {
  pcns: number;
  trusts: Record<TrustKind, number>;
}

/**
 * A council's practices in another ICB are a place of that ICB only when they
 * hold at least this share of the council's registered population; smaller
 * groups are practices near a boundary and join their ICB's nearest place. In
 * the 2023/24 file the largest such group holds 6.9% of its council's
 * population and the smallest real split 12.5% (Surrey's part in Frimley).
 */
export const FRAGMENT_SHARE = 0.1;

/** Smallest list the scenario format accepts (scenarioSchema.ts, practice.list). */
export const MIN_LIST = 100;

/** What the derivation did, for the importer's report and docs/DATA.md. */
export interface EnglandReport {
  practicesInFile: number;
  registeredInFile: number;
  practices: number;
  registered: number;
  /** Practices left out because their list is below {@link MIN_LIST}. */
  dropped: Array<{ code: string; list: number }>;
  /** Practices moved from a boundary fragment to their ICB's nearest place. */
  moved: number;
  systems: number;
  places: number;
  councils: number;
  councilOrgs: number;
  pcns: number;
  trusts: Record<TrustKind, number>;
  needRange: [number, number];
}

interface PlaceAcc {
  council: Council;
  rows: PracticeRow[];
  registered: number;
  weighted: number;
  lat: number;
  lon: number;
}

const sum = (rows: readonly PracticeRow[], f: (r: PracticeRow) => number) => rows.reduce((s, r) => s + f(r), 0);

/** The published ICB name without "NHS " and " ICB": `Lancashire and South Cumbria`. */
export function shortIcbName(published: string): string {
  return published.replace(/^NHS\s+/, '').replace(/\s+ICB$/, '');
}

/** Interleaves the bits of two 16-bit integers (a Morton, or Z-order, key): nearby points get nearby keys. */
function morton(x: number, y: number): number {
  let k = 0;
  for (let b = 15; b >= 0; b--) k = k * 4 + ((x >> b) & 1) * 2 + ((y >> b) & 1);
  return k;
}

/** Groups a place's practices into PCNs of about `meanPop` registered patients, in Z-order of their location. */
function groupPcns(rows: PracticeRow[], registered: number, meanPop: number): PracticeRow[][] {
  const n = Math.max(1, Math.min(rows.length, Math.round(registered / meanPop)));
  const latMin = Math.min(...rows.map((r) => r.lat));
  const lonMin = Math.min(...rows.map((r) => r.lon));
  const span = Math.max(1e-9, Math.max(...rows.map((r) => r.lat)) - latMin, Math.max(...rows.map((r) => r.lon)) - lonMin);
  const q = (v: number, lo: number) => Math.min(65535, Math.floor(((v - lo) / span) * 65535));
  const ordered = rows
    .map((r) => ({ r, k: morton(q(r.lon, lonMin), q(r.lat, latMin)) }))
    .sort((a, b) => a.k - b.k || a.r.code.localeCompare(b.r.code))
    .map((o) => o.r);
  const groups: PracticeRow[][] = Array.from({ length: n }, () => []);
  let before = 0;
  for (const r of ordered) {
    const mid = (before + r.registered / 2) / registered;
    groups[Math.min(n - 1, Math.floor(mid * n))]!.push(r);
    before += r.registered;
  }
  return groups.filter((g) => g.length > 0);
}

/**
 * Builds the systems of England from the practice rows.
 * @param rows the published practices
 * @param councilOf the 2023/24 council of each practice
 * @param counts national counts of PCNs and trusts by kind
 * @throws DataError when the rows cannot make a valid system (no place left in an ICB, a need index out of range)
 */
export function buildEnglandSystems(rows: readonly PracticeRow[], councilOf: CouncilLookup, counts: NationalCounts): { systems: SystemInput[]; report: EnglandReport } {
  const dropped = rows.filter((r) => Math.round(r.registered) < MIN_LIST);
  const kept = rows.filter((r) => Math.round(r.registered) >= MIN_LIST);
  const totalRegistered = sum(kept, (r) => r.registered);
  const meanPcnPop = totalRegistered / counts.pcns;

  // Each council's registered population across England, and in each ICB.
  const councilOfRow = new Map<PracticeRow, Council>(kept.map((r) => [r, councilOf(r)]));
  const councilTotal = new Map<string, number>();
  for (const r of kept) {
    const c = councilOfRow.get(r)!.code;
    councilTotal.set(c, (councilTotal.get(c) ?? 0) + r.registered);
  }
  const icbs = new Map<string, PracticeRow[]>();
  for (const r of kept) {
    const list = icbs.get(r.icbCode) ?? [];
    list.push(r);
    icbs.set(r.icbCode, list);
  }
  const order = [...icbs.values()].sort((a, b) => a[0]!.region.localeCompare(b[0]!.region) || a[0]!.icbName.localeCompare(b[0]!.icbName));

  let moved = 0;
  const icbPlaces: PlaceAcc[][] = [];
  for (const icbRows of order) {
    const byCouncil = new Map<string, PracticeRow[]>();
    for (const r of icbRows) {
      const c = councilOfRow.get(r)!.code;
      byCouncil.set(c, [...(byCouncil.get(c) ?? []), r]);
    }
    const places: PlaceAcc[] = [];
    const strays: PracticeRow[] = [];
    for (const [code, rs] of byCouncil) {
      const reg = sum(rs, (r) => r.registered);
      if (reg / councilTotal.get(code)! < FRAGMENT_SHARE) strays.push(...rs);
      else places.push({ council: councilOfRow.get(rs[0]!)!, rows: rs, registered: reg, weighted: 0, lat: 0, lon: 0 });
    }
    if (places.length === 0) throw new DataError(`ICB ${icbRows[0]!.icbCode}: every council's share of its practices is below ${FRAGMENT_SHARE}; no place left`);
    for (const p of places) {
      p.lat = sum(p.rows, (r) => r.lat * r.registered) / p.registered;
      p.lon = sum(p.rows, (r) => r.lon * r.registered) / p.registered;
    }
    // A boundary practice joins the nearest place of its own ICB (distance on the map, longitude scaled by the cosine of latitude).
    for (const r of strays) {
      const k = Math.cos((r.lat * Math.PI) / 180);
      let best = places[0]!;
      let bestD = Infinity;
      for (const p of places) {
        const d = (p.lat - r.lat) ** 2 + ((p.lon - r.lon) * k) ** 2;
        if (d < bestD) [best, bestD] = [p, d];
      }
      best.rows.push(r);
      best.registered += r.registered;
      moved++;
    }
    for (const p of places) p.weighted = sum(p.rows, (r) => r.weighted);
    // North to south, so that a trust's block of places (below) lies together.
    places.sort((a, b) => b.lat - a.lat || a.council.code.localeCompare(b.council.code));
    icbPlaces.push(places);
  }

  // Trusts by kind: national counts shared over ICBs by the matching weighted population, never more of one kind than places.
  const placesPer = icbPlaces.map((p) => p.length);
  const w = (f: (r: PracticeRow) => number) => order.map((rs) => sum(rs, f));
  const share = (what: string, total: number, weights: number[], min: number, caps: number[]) => {
    try {
      return apportion(total, weights, min, caps);
    } catch {
      throw new DataError(`cannot share ${total} ${what} over ${order.length} ICBs with ${placesPer.reduce((a, b) => a + b, 0)} places (${min ? 'at least one an ICB, ' : ''}at most one a place)`);
    }
  };
  const acuteLike = share('acute and integrated trusts', counts.trusts.acute + counts.trusts.integrated, w((r) => r.weightedAcute), 1, placesPer);
  const integrated = share('integrated trusts', counts.trusts.integrated, w((r) => r.weightedCommunity), 0, acuteLike);
  const mental = share('mental health trusts', counts.trusts.mentalHealth, w((r) => r.weightedMentalHealth), 1, placesPer);
  const community = share('community trusts', counts.trusts.community, w((r) => r.weightedCommunity), 0, placesPer);

  const systems: SystemInput[] = [];
  const needs: number[] = [];
  let pcnCount = 0;
  order.forEach((icbRows, s) => {
    const first = icbRows[0]!;
    const name = shortIcbName(first.icbName);
    const places = icbPlaces[s]!;
    const trusts: SystemInput['trusts'] = [];
    const make = (kind: TrustKind, n: number, from = 0) =>
      Array.from({ length: n }, (_, k) => {
        const id = `${KIND_DESCRIPTORS[kind].idPrefix}${from + k + 1}`;
        // Named by the ICB's code, short enough for a chart legend on a phone.
        trusts.push({ id, name: `${first.icbCode} ${KIND_DESCRIPTORS[kind].label.replace(/ trust$/, '')} ${from + k + 1} (generated)`, kind });
        return id;
      });
    const acuteIds = [...make('integrated', integrated[s]!), ...make('acute', acuteLike[s]! - integrated[s]!)];
    const mhIds = make('mentalHealth', mental[s]!);
    const comIds = make('community', community[s]!);
    const block = (ids: string[], p: number) => ids[Math.min(ids.length - 1, Math.floor((p * ids.length) / places.length))]!;
    const sysPlaces: SystemInput['places'] = [];
    const pcns: SystemInput['pcns'] = [];
    const practices: NonNullable<SystemInput['practices']> = [];
    const councils = new Map<string, Council>();
    places.forEach((p, i) => {
      const need = Math.round((p.weighted / p.registered) * 10_000) / 10_000;
      if (need < 0.5 || need > 2) throw new DataError(`ICB ${first.icbCode}, ${p.council.name}: need index ${need} is outside the model's 0.5 to 2`);
      needs.push(need);
      councils.set(p.council.code, p.council);
      const pcnIds: string[] = [];
      groupPcns(p.rows, p.registered, meanPcnPop).forEach((members, k) => {
        const id = `${p.council.code}-pcn${k + 1}`;
        pcnIds.push(id);
        if (members.length > 100) throw new DataError(`ICB ${first.icbCode}, ${p.council.name}: a generated PCN of ${members.length} practices (at most 100)`);
        pcns.push({ id, name: `${p.council.name} PCN ${k + 1} (generated)`, practiceCount: members.length });
        for (const r of members) practices.push({ id: r.code, name: r.name, pcn: id, list: Math.round(r.registered) });
      });
      pcnCount += pcnIds.length;
      const acute = block(acuteIds, i);
      sysPlaces.push({
        id: `place-${p.council.code}`,
        name: p.council.name,
        population: p.rows.reduce((t, r) => t + Math.round(r.registered), 0),
        need,
        pcns: pcnIds,
        council: `council-${p.council.code}`,
        acute,
        community: comIds.length ? block(comIds, i) : acute.startsWith(KIND_DESCRIPTORS.integrated.idPrefix) ? acute : block(mhIds, i),
        mentalHealth: block(mhIds, i),
      });
    });
    systems.push({
      id: first.icbCode,
      name,
      region: first.region,
      places: sysPlaces,
      pcns,
      practices,
      trusts,
      councils: [...councils.values()].map((c) => ({ id: `council-${c.code}`, name: c.name })),
    });
  });

  const registered = systems.reduce((t, s) => t + s.places.reduce((u, p) => u + p.population, 0), 0);
  const report: EnglandReport = {
    practicesInFile: rows.length,
    registeredInFile: sum(rows, (r) => r.registered),
    practices: kept.length,
    registered,
    dropped: dropped.map((r) => ({ code: r.code, list: r.registered })),
    moved,
    systems: systems.length,
    places: systems.reduce((t, s) => t + s.places.length, 0),
    councils: new Set(systems.flatMap((s) => s.councils.map((c) => c.id))).size,
    councilOrgs: systems.reduce((t, s) => t + s.councils.length, 0),
    pcns: pcnCount,
    trusts: {
      acute: acuteLike.reduce((a, b) => a + b, 0) - integrated.reduce((a, b) => a + b, 0),
      integrated: integrated.reduce((a, b) => a + b, 0),
      mentalHealth: mental.reduce((a, b) => a + b, 0),
      community: community.reduce((a, b) => a + b, 0),
    },
    needRange: [Math.min(...needs), Math.max(...needs)],
  };
  return { systems, report };
}
