/**
 * The voice of general practice (MODEL.md §4.1; seeds 002-004). Practices
 * hold positions (priorities over service lines). PCNs meet monthly and their
 * practices' stated positions converge; in the unified modes a GP leadership
 * group (GPLG) of PCN clinical directors, the LMC chair and the federation
 * lead (and, if so configured, system clinical leads) forms one common
 * position. The module reports, per place, the positions GP representatives
 * carry to boards, their cohesion, whether the LMC contradicts the PCNs, and
 * the mandate gap between what is carried and what practices want.
 */
import { LINE_COUNT, lineArray } from '../lines.ts';
import { lognormal, stream } from '../rng.ts';
import type { Scenario } from '../scenarioSchema.ts';
import type { World } from '../world.ts';
import { cohesion, convergenceFor, distance, groupMean, meet, normalise, opinionGroup, type OpinionGroup } from './opinionGroup.ts';

/** What general practice brings to a place board this month. */
export interface PlaceVoice {
  /** Positions carried by each GP seat on the place board (one per PCN CD, plus the LMC in fragmented mode). */
  seats: Array<{ role: 'cd' | 'lmc'; pcn: number; position: Float64Array; weight: number }>;
  /** Cohesion of what GP says at the board, in [0, 1]. */
  cohesion: number;
  /** True when the LMC's position and the PCN CDs' position differ by more than the threshold. */
  contradiction: boolean;
  /** List-weighted position of all the place's practices: general practice's reference position. */
  reference: Float64Array;
  /** Distance between the position carried (weighted mean of seats) and the reference. */
  mandateGap: number;
}

/** What general practice brings to the ICB board (the primary medical services partner member). */
export interface SystemVoice {
  position: Float64Array;
  cohesion: number;
  reference: Float64Array;
  mandateGap: number;
}

/** The state of GP voice formation in a run. */
export interface GpVoiceState {
  /** Practice own positions (anchors), by practice index. */
  practicePositions: Float64Array[];
  /** One group per PCN: its practices. */
  pcnGroups: OpinionGroup[];
  /** LMC position per system. */
  lmc: Float64Array[];
  /** Federation lead position per place. */
  federation: Float64Array[];
  /** System clinical leads' positions per system. */
  systemLeads: Float64Array[][];
  /** GPLG per place (level place) or per system (level ics); empty in non-unified modes. */
  gplgs: Array<{ group: OpinionGroup; places: number[]; system: number; cdMembers: number[]; executive: boolean[] }>;
  /** GPLG index per place (-1 if none). */
  gplgOfPlace: Int32Array;
  /** GPLG index per system at ics level (-1 if none). */
  gplgOfSystem: Int32Array;
  places: PlaceVoice[];
  systems: SystemVoice[];
  /** List-weighted mean practice position per place and per system (fixed: practices' own positions do not move). */
  placeReference: Float64Array[];
  systemReference: Float64Array[];
  /** Registered patients per PCN. */
  pcnList: number[];
  /**
   * Each practice's ranking of the lines (most valued first), as a key. A
   * linear preference's ideal allocation over a box-constrained envelope
   * depends only on this ranking, so practices with the same key share one.
   */
  practiceOrder: string[];
}

const listWeightedMean = (positions: Float64Array[], weights: number[]): Float64Array => {
  const out = new Float64Array(LINE_COUNT);
  let w = 0;
  positions.forEach((p, i) => {
    w += weights[i]!;
    for (let l = 0; l < LINE_COUNT; l++) out[l]! += weights[i]! * p[l]!;
  });
  for (let l = 0; l < LINE_COUNT; l++) out[l] = w > 0 ? out[l]! / w : 1 / LINE_COUNT;
  return out;
};

/** Whether the scenario's GP mode forms a leadership group. */
export function isUnified(s: Scenario): boolean {
  return s.governance.gp.mode === 'unified' || s.governance.gp.mode === 'unified+executive';
}

/** Whether the GP leadership group has an executive. */
export function hasExecutive(s: Scenario): boolean {
  const e = s.governance.gp.executive;
  return s.governance.gp.mode === 'unified+executive' && (e.clinicalHours > 0 || e.management > 0);
}

/** Builds practice positions and groups from the scenario (the `voice` stream). */
export function createGpVoice(s: Scenario, w: World, seed: string | number): GpVoiceState {
  const g = s.governance.gp;
  const profile = lineArray(s.governance.priorities.practice);
  const placeTilt = w.places.map((p) => {
    const rng = stream(seed, 'voice', `place:${p.id}`);
    return Array.from({ length: LINE_COUNT }, () => lognormal(rng, g.placeSpread));
  });
  const practicePositions = w.practices.map((pr) => {
    const rng = stream(seed, 'voice', `practice:${w.orgs[pr.org]!.id}`);
    const tilt = placeTilt[pr.place]!;
    return normalise(profile.map((v, l) => v * tilt[l]! * lognormal(rng, g.practiceSpread)));
  });
  const pcnGroups = w.pcns.map((pcn) =>
    opinionGroup(
      pcn.practices.map((i) => practicePositions[i]!),
      pcn.practices.map((i) => w.practices[i]!.list),
    ),
  );
  const bias = lineArray(s.governance.priorities.lmcBias);
  const icbPos = normalise(lineArray(s.governance.priorities.icb));
  const lmc: Float64Array[] = [];
  const systemLeads: Float64Array[][] = [];
  for (const sys of w.systems) {
    const members = sys.places.flatMap((p) => w.places[p]!.practices);
    const mean = listWeightedMean(
      members.map((i) => practicePositions[i]!),
      members.map((i) => w.practices[i]!.list),
    );
    lmc.push(normalise(Array.from(mean, (v, l) => v * bias[l]!)));
    systemLeads.push(
      Array.from({ length: g.systemLeads }, () => normalise(Array.from(mean, (v, l) => (1 - g.systemLeadPull) * v + g.systemLeadPull * icbPos[l]!))),
    );
  }
  const federation = w.places.map((p) =>
    listWeightedMean(
      p.practices.map((i) => practicePositions[i]!),
      p.practices.map((i) => w.practices[i]!.list),
    ),
  );
  const state: GpVoiceState = {
    practicePositions,
    pcnGroups,
    lmc,
    federation,
    systemLeads,
    gplgs: [],
    gplgOfPlace: new Int32Array(w.places.length).fill(-1),
    gplgOfSystem: new Int32Array(w.systems.length).fill(-1),
    places: [],
    systems: [],
    placeReference: w.places.map((p) =>
      listWeightedMean(
        p.practices.map((i) => practicePositions[i]!),
        p.practices.map((i) => w.practices[i]!.list),
      ),
    ),
    systemReference: w.systems.map((sys) => {
      const members = sys.places.flatMap((p) => w.places[p]!.practices);
      return listWeightedMean(
        members.map((i) => practicePositions[i]!),
        members.map((i) => w.practices[i]!.list),
      );
    }),
    pcnList: w.pcns.map((pcn) => pcn.practices.reduce((a, i) => a + w.practices[i]!.list, 0)),
    practiceOrder: practicePositions.map((p) =>
      Array.from(p.keys())
        .sort((a, b) => p[b]! - p[a]! || a - b)
        .join(''),
    ),
  };
  if (isUnified(s)) {
    const scopes = g.level === 'place' ? w.places.map((p) => ({ places: [p.index], system: p.system })) : w.systems.map((sys) => ({ places: sys.places, system: sys.index }));
    for (const scope of scopes) {
      const anchors: Float64Array[] = [];
      const weights: number[] = [];
      const cdMembers: number[] = [];
      const executive: boolean[] = [];
      let largest = -1;
      for (const p of scope.places) {
        for (const ci of w.places[p]!.pcns) {
          const pcn = w.pcns[ci]!;
          const list = pcn.practices.reduce((a, i) => a + w.practices[i]!.list, 0);
          anchors.push(groupMean(pcnGroups[ci]!));
          weights.push(list);
          cdMembers.push(ci);
          executive.push(false);
          if (largest < 0 || list > weights[largest]!) largest = anchors.length - 1;
        }
      }
      const meanWeight = weights.reduce((a, b) => a + b, 0) / Math.max(1, weights.length);
      // The LMC chair and federation lead(s) sit on the group with a typical CD's weight.
      anchors.push(lmc[scope.system]!);
      weights.push(meanWeight);
      executive.push(true);
      for (const p of scope.places) {
        anchors.push(federation[p]!);
        weights.push(meanWeight / scope.places.length);
        executive.push(true);
      }
      if (largest >= 0) executive[largest] = true;
      if (g.systemLeadsInGroup) {
        for (const lead of systemLeads[scope.system]!) {
          anchors.push(lead);
          weights.push(meanWeight);
          executive.push(false);
        }
      }
      const idx = state.gplgs.length;
      state.gplgs.push({ group: opinionGroup(anchors, weights), places: scope.places, system: scope.system, cdMembers, executive });
      for (const p of scope.places) state.gplgOfPlace[p] = idx;
      if (g.level === 'ics') state.gplgOfSystem[scope.system] = idx;
    }
  }
  updateVoiceOutputs(s, w, state);
  return state;
}

/** Weights of GPLG members in the common position: an executive without feedback weighs its own members more. */
function commonWeights(s: Scenario, gplg: GpVoiceState['gplgs'][number]): number[] {
  if (!hasExecutive(s)) return gplg.group.weights;
  const e = s.governance.gp.executive;
  const boost = 1 + e.concentration * Math.max(e.management, Math.min(1, e.clinicalHours / 40)) * (1 - e.feedback);
  return gplg.group.weights.map((wt, i) => (gplg.executive[i] ? wt * boost : wt));
}

/**
 * One month of meetings: PCNs meet (convergence scaled by their clinical
 * directors' attendance), then GP leadership groups meet with their members'
 * current PCN positions as anchors.
 * @param cdAttendance running attendance rate of each PCN's clinical director, by PCN index
 */
export function stepGpVoice(s: Scenario, w: World, state: GpVoiceState, cdAttendance: Float64Array): void {
  const g = s.governance.gp;
  state.pcnGroups.forEach((grp, ci) => {
    meet(grp, convergenceFor(g.convergence, grp.positions.length, g.groupSizeScale) * cdAttendance[ci]!, g.stubbornness);
  });
  const exec = hasExecutive(s) ? s.governance.gp.executive.management : 0;
  for (const gplg of state.gplgs) {
    gplg.cdMembers.forEach((ci, k) => gplg.group.anchors[k]!.set(groupMean(state.pcnGroups[ci]!)));
    let att = 0;
    for (const ci of gplg.cdMembers) att += cdAttendance[ci]!;
    att = gplg.cdMembers.length ? att / gplg.cdMembers.length : 1;
    // An executive sets agendas and chases actions: meetings converge faster.
    const c = Math.min(1, convergenceFor(g.convergence, gplg.group.positions.length, g.groupSizeScale) * att * (1 + exec));
    meet(gplg.group, c, g.stubbornness);
  }
  updateVoiceOutputs(s, w, state);
}

function updateVoiceOutputs(s: Scenario, w: World, state: GpVoiceState): void {
  const g = s.governance.gp;
  const unified = isUnified(s);
  const icbPos = normalise(lineArray(s.governance.priorities.icb));
  state.places = w.places.map((place) => {
    const reference = state.placeReference[place.index]!;
    const pcnWeights = place.pcns.map((ci) => state.pcnList[ci]!);
    const pcnPositions = place.pcns.map((ci) => groupMean(state.pcnGroups[ci]!));
    const lmc = state.lmc[place.system]!;
    let seats: PlaceVoice['seats'];
    let coh: number;
    let contradiction = false;
    const gplg = unified ? state.gplgs[state.gplgOfPlace[place.index]!]! : undefined;
    const gplgCohesion = gplg ? cohesion(gplg.group) : 0;
    // A group too divided to agree (seed 002: "the internal arguments will be too difficult to overcome") speaks as separate PCNs.
    if (gplg && gplgCohesion >= g.agreementThreshold) {
      const common = groupMean(gplg.group, commonWeights(s, gplg));
      seats = place.pcns.map((ci, k) => ({ role: 'cd' as const, pcn: ci, position: common, weight: pcnWeights[k]! }));
      coh = gplgCohesion;
    } else {
      seats = place.pcns.map((ci, k) => ({ role: 'cd' as const, pcn: ci, position: pcnPositions[k]!, weight: pcnWeights[k]! }));
      if (g.mode === 'fragmented') seats.push({ role: 'lmc', pcn: -1, position: lmc, weight: pcnWeights.reduce((a, b) => a + b, 0) / pcnWeights.length });
      // Separate PCN voices are as cohesive as their positions are close.
      coh = cohesion(opinionGroup(seats.map((x) => x.position), seats.map((x) => x.weight)));
      contradiction = distance(lmc, listWeightedMean(pcnPositions, pcnWeights)) > g.contradictionThreshold;
    }
    const carried = listWeightedMean(
      seats.map((x) => x.position),
      seats.map((x) => x.weight),
    );
    return { seats, cohesion: coh, contradiction, reference, mandateGap: distance(carried, reference) };
  });
  state.systems = w.systems.map((sys) => {
    const reference = state.systemReference[sys.index]!;
    const gi = state.gplgOfSystem[sys.index]!;
    if (gi >= 0 && cohesion(state.gplgs[gi]!.group) >= s.governance.gp.agreementThreshold) {
      const gplg = state.gplgs[gi]!;
      const position = groupMean(gplg.group, commonWeights(s, gplg));
      return { position, cohesion: cohesion(gplg.group), reference, mandateGap: distance(position, reference) };
    }
    // The ICB's GP partner member is appointed, not a delegate (seed 002): half system, half practice view.
    const position = normalise(Array.from(reference, (v, l) => 0.5 * v + 0.5 * icbPos[l]!));
    return { position, cohesion: 1, reference, mandateGap: distance(position, reference) };
  });
}
