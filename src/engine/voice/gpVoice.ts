/**
 * The voice of general practice (docs/ODD.md §7.6-7.7; seeds 002-004). Practices
 * hold positions (priorities over service lines). PCNs meet monthly and their
 * practices' stated positions converge; in the unified modes a GP leadership
 * group (GPLG) of PCN clinical directors, the LMC chair and the federation
 * lead (and, if so configured, system clinical leads) forms one common
 * position. The module reports, per place, the positions GP representatives
 * carry to boards, their cohesion, whether the LMC contradicts the PCNs, and
 * the mandate gap between what is carried and what practices want.
 */
import { LINE_COUNT, LINES, lineArray } from '../lines.ts';
import { lognormal, stream } from '../rng.ts';
import type { Scenario } from '../scenarioSchema.ts';
import type { World } from '../world.ts';
import { cohesion, convergenceFor, distance, distanceAt, groupMean, meet, normalise, opinionGroup, positionOf, setAnchor, type OpinionGroup } from './opinionGroup.ts';

const anchorScratch = new Float64Array(LINE_COUNT);

/** What general practice brings to a place board this month. */
export interface PlaceVoice {
  /**
   * Positions carried by each GP seat on the place board (one per PCN CD, plus the LMC in fragmented
   * mode), with the seat's mandate gap: the distance from what it carries to the list-weighted
   * position of the practices it speaks for (its PCN's for a CD, the place's for the LMC).
   */
  seats: Array<{ role: 'cd' | 'lmc'; pcn: number; position: Float64Array; weight: number; mandateGap: number }>;
  /** Cohesion of what GP says at the board, in [0, 1]. */
  cohesion: number;
  /** True when the LMC's position and the PCN CDs' position differ by more than the threshold. */
  contradiction: boolean;
  /** List-weighted position of all the place's practices: general practice's reference position. */
  reference: Float64Array;
  /** List-weighted mean of the GP seats' mandate gaps. */
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
  /** Share of the configured executive that is funded this year (seed 004: practices pay only what they will; set each April). */
  executiveScale: number;
  /** List-weighted own position of each PCN's practices: what a PCN's representative is mandated to carry. */
  pcnReference: Float64Array[];
  /**
   * Each PCN's clinical director's practice, as an index into the PCN's group: the practice with the
   * largest list (assumption: a CD comes from one of the PCN's practices, most often the largest).
   * Outside a GP leadership group a CD carries its own stated position, which PCN meetings pull
   * towards the PCN's mean.
   */
  cdMember: number[];
  /** This month's measures per place. */
  stats: { cohesion: Float64Array; contradiction: Float64Array; mandateGap: Float64Array };
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
  // One stream per practice for its position, keyed by its full id, so the order practices are listed in changes nothing (issue 25).
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
    pcnReference: w.pcns.map((pcn) =>
      listWeightedMean(
        pcn.practices.map((i) => practicePositions[i]!),
        pcn.practices.map((i) => w.practices[i]!.list),
      ),
    ),
    cdMember: w.pcns.map((pcn) => {
      let best = 0;
      // Ties go to the practice whose id sorts first, not the first listed (issue 25).
      const key = (k: number) => w.orgs[w.practices[pcn.practices[k]!]!.org]!.id;
      pcn.practices.forEach((i, k) => {
        const top = w.practices[pcn.practices[best]!]!.list;
        if (w.practices[i]!.list > top || (w.practices[i]!.list === top && key(k) < key(best))) best = k;
      });
      return best;
    }),
    stats: { cohesion: new Float64Array(w.places.length), contradiction: new Float64Array(w.places.length), mandateGap: new Float64Array(w.places.length) },
    executiveScale: 1,
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
          // The largest PCN (ties: the id that sorts first, issue 25).
          if (largest < 0 || list > weights[largest]! || (list === weights[largest]! && pcn.id < w.pcns[cdMembers[largest]!]!.id)) largest = anchors.length - 1;
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

/** How strong the executive is, 0 to 1: its management capacity or its clinical hours against a full executive's, as funded. */
export function executiveStrength(s: Scenario, scale: number): number {
  if (!hasExecutive(s)) return 0;
  const e = s.governance.gp.executive;
  const management = e.funding === 'existingRoles' ? e.management : e.management * scale;
  const hours = e.funding === 'existingRoles' ? e.clinicalHours : e.clinicalHours * scale;
  return Math.max(management, Math.min(1, hours / e.fullHours));
}

/**
 * Weights of GPLG members in the common position: an executive without feedback weighs its own
 * members more. Written into `out` (grown if short) when they differ from the group's own weights.
 */
function commonWeights(s: Scenario, gplg: GpVoiceState['gplgs'][number], scale: number, out: number[]): readonly number[] {
  if (!hasExecutive(s)) return gplg.group.weights;
  const e = s.governance.gp.executive;
  const boost = 1 + e.concentration * executiveStrength(s, scale) * (1 - e.feedback);
  const w = gplg.group.weights;
  out.length = w.length;
  for (let i = 0; i < w.length; i++) out[i] = gplg.executive[i] ? w[i]! * boost : w[i]!;
  return out;
}

/**
 * One month of meetings: PCNs meet (convergence scaled by their clinical
 * directors' attendance), then GP leadership groups meet with their members'
 * current PCN positions as anchors.
 * @param cdAttendance running attendance rate of each PCN's clinical director, by PCN index
 */
export function stepGpVoice(s: Scenario, w: World, state: GpVoiceState, cdAttendance: Float64Array, full = true): void {
  const g = s.governance.gp;
  const groups = state.pcnGroups;
  for (let ci = 0; ci < groups.length; ci++) {
    const grp = groups[ci]!;
    meet(grp, convergenceFor(g.convergence, grp.n, g.groupSizeScale) * cdAttendance[ci]!, g.stubbornness);
  }
  const e = s.governance.gp.executive;
  const exec = hasExecutive(s) ? (e.funding === 'existingRoles' ? e.management : e.management * state.executiveScale) : 0;
  for (let gi = 0; gi < state.gplgs.length; gi++) {
    const gplg = state.gplgs[gi]!;
    const members = gplg.cdMembers;
    for (let k = 0; k < members.length; k++) {
      const grp = groups[members[k]!]!;
      setAnchor(gplg.group, k, groupMean(grp, grp.weights, anchorScratch));
    }
    let att = 0;
    for (let k = 0; k < members.length; k++) att += cdAttendance[members[k]!]!;
    att = members.length ? att / members.length : 1;
    // An executive sets agendas and chases actions: meetings converge faster.
    const c = Math.min(1, convergenceFor(g.convergence, gplg.group.n, g.groupSizeScale) * att * (1 + exec));
    meet(gplg.group, c, g.stubbornness);
  }
  updateVoiceOutputs(s, w, state, full);
}

/**
 * Buffers of {@link updateVoiceOutputs}, reused from month to month (and run to run) so that the
 * monthly step allocates nothing: each GP leadership group's common position, the group's
 * weights, what a place's GP seats carry, the PCN CDs' mean, the ICB's position. Every value is
 * written before it is read within one call, so they carry nothing between calls.
 */
const commonScratch: Float64Array[] = [];
let cohesionScratch = new Float64Array(0);
const weightScratch: number[] = [];
const carriedScratch = new Float64Array(LINE_COUNT);
const pcnOnlyScratch = new Float64Array(LINE_COUNT);
const icbScratch = new Float64Array(LINE_COUNT);

/**
 * The list-weighted mean of the stated positions of PCN clinical directors `pcns` (each weighted by
 * its PCN's list), and of `extra` with weight `extraWeight` after them if given, into `out`: the same
 * sums in the same order as a list-weighted mean over the gathered positions, without gathering them.
 */
function cdMean(state: GpVoiceState, pcns: readonly number[], out: Float64Array, extra?: Float64Array, extraWeight = 0): Float64Array {
  out.fill(0);
  let w = 0;
  for (let k = 0; k < pcns.length; k++) {
    const ci = pcns[k]!;
    const wi = state.pcnList[ci]!;
    w += wi;
    const p = state.pcnGroups[ci]!.positions;
    const o = state.cdMember[ci]! * LINE_COUNT;
    for (let l = 0; l < LINE_COUNT; l++) out[l]! += wi * p[o + l]!;
  }
  if (extra) {
    w += extraWeight;
    for (let l = 0; l < LINE_COUNT; l++) out[l]! += extraWeight * extra[l]!;
  }
  for (let l = 0; l < LINE_COUNT; l++) out[l] = w > 0 ? out[l]! / w : 1 / LINE_COUNT;
  return out;
}

/** Distance of PCN ci's clinical director's own stated position (outside a leadership group) from `b`. */
function cdDistance(state: GpVoiceState, ci: number, b: ArrayLike<number>): number {
  return distanceAt(state.pcnGroups[ci]!.positions, state.cdMember[ci]! * LINE_COUNT, b);
}

/**
 * The mandate gap of PCN ci's clinical director's seat: how far what the seat carries (the leadership
 * group's common position when the group agreed, else the director's own) is from what the PCN's practices want.
 */
function seatGap(state: GpVoiceState, ci: number, common: Float64Array | null): number {
  return common ? distance(common, state.pcnReference[ci]!) : cdDistance(state, ci, state.pcnReference[ci]!);
}

/**
 * Recomputes what general practice brings to boards. The monthly statistics
 * (cohesion, contradiction, mandate gap per place) are always updated; the
 * per-seat positions (`state.places`, `state.systems`) only when `full`, that
 * is before a planning round, to keep the monthly step light.
 */
function updateVoiceOutputs(s: Scenario, w: World, state: GpVoiceState, full = true): void {
  const g = s.governance.gp;
  const unified = isUnified(s);
  const nG = state.gplgs.length;
  // Each GP leadership group's common position and cohesion, once per group.
  while (commonScratch.length < nG) commonScratch.push(new Float64Array(LINE_COUNT));
  if (cohesionScratch.length < nG) cohesionScratch = new Float64Array(nG);
  const gplgCommon = commonScratch;
  const gplgCohesion = cohesionScratch;
  for (let i = 0; i < nG; i++) {
    const gplg = state.gplgs[i]!;
    groupMean(gplg.group, commonWeights(s, gplg, state.executiveScale, weightScratch), gplgCommon[i]);
  }
  // A system-funded executive leans towards the body that pays it (seed 004; as system clinical leads, seed 003);
  // so does a chair appointed by the ICB rather than elected by practices (seed 000, docs/ODD.md §7.14a).
  const lean = (hasExecutive(s) && g.executive.funding === 'systemFunded' ? g.executive.systemPull * executiveStrength(s, state.executiveScale) : 0) +
    (s.governance.leaders.gplg.appointment === 'appointed' ? s.governance.leaders.appointedLean : 0);
  const icb = icbScratch;
  for (let l = 0; l < LINE_COUNT; l++) icb[l] = s.governance.priorities.icb[LINES[l]!];
  normalise(icb, icb);
  if (lean > 0) {
    const k = Math.min(1, lean);
    for (let i = 0; i < nG; i++) {
      const c = gplgCommon[i]!;
      for (let l = 0; l < LINE_COUNT; l++) c[l] = (1 - k) * c[l]! + k * icb[l]!;
      normalise(c, c);
    }
  }
  for (let i = 0; i < nG; i++) gplgCohesion[i] = cohesion(state.gplgs[i]!.group, g.cohesionScale);
  const carried = carriedScratch;
  const places: PlaceVoice[] = full ? [] : state.places;
  const fragmented = g.mode === 'fragmented';
  for (let pi = 0; pi < w.places.length; pi++) {
    const place = w.places[pi]!;
    const reference = state.placeReference[place.index]!;
    const lmc = state.lmc[place.system]!;
    const gi = unified ? state.gplgOfPlace[place.index]! : -1;
    const agreed = gi >= 0 && gplgCohesion[gi]! >= g.agreementThreshold;
    let coh: number;
    let contradiction = false;
    if (agreed) {
      carried.set(gplgCommon[gi]!);
      coh = gplgCohesion[gi]!;
    } else {
      // Separate PCN voices (or a group too divided to agree): as cohesive as their positions are close.
      // A group too divided to agree (seed 002: "the internal arguments will be too difficult to overcome") speaks as separate PCNs.
      const pcnOnly = cdMean(state, place.pcns, pcnOnlyScratch);
      contradiction = distance(lmc, pcnOnly) > g.contradictionThreshold;
      // In fragmented mode the LMC speaks as well, with a typical PCN's weight.
      let lmcVoice = 0;
      if (fragmented) {
        for (let k = 0; k < place.pcns.length; k++) lmcVoice += state.pcnList[place.pcns[k]!]!;
        lmcVoice /= Math.max(1, place.pcns.length);
      }
      if (fragmented) cdMean(state, place.pcns, carried, lmc, lmcVoice);
      else carried.set(pcnOnly);
      // Weighted mean distance of the voices from what is carried, scaled into a cohesion in [0, 1].
      let d = 0;
      let wsum = 0;
      for (let k = 0; k < place.pcns.length; k++) {
        const ci = place.pcns[k]!;
        d += state.pcnList[ci]! * cdDistance(state, ci, carried);
        wsum += state.pcnList[ci]!;
      }
      if (fragmented) {
        d += lmcVoice * distance(lmc, carried);
        wsum += lmcVoice;
      }
      coh = wsum > 0 ? Math.max(0, 1 - d / wsum / g.cohesionScale) : 1;
    }
    // Each seat's mandate gap, list-weighted over the place's GP seats.
    let gapSum = 0;
    let gapWeight = 0;
    for (let k = 0; k < place.pcns.length; k++) {
      const ci = place.pcns[k]!;
      gapSum += state.pcnList[ci]! * seatGap(state, ci, agreed ? gplgCommon[gi]! : null);
      gapWeight += state.pcnList[ci]!;
    }
    const lmcWeight = place.pcns.length > 0 ? gapWeight / place.pcns.length : 1;
    const lmcSeat = !agreed && fragmented;
    if (lmcSeat) {
      gapSum += lmcWeight * distance(lmc, reference);
      gapWeight += lmcWeight;
    }
    state.stats.cohesion[place.index] = coh;
    state.stats.contradiction[place.index] = contradiction ? 1 : 0;
    state.stats.mandateGap[place.index] = gapWeight > 0 ? gapSum / gapWeight : 0;
    if (!full) continue;
    const seats: PlaceVoice['seats'] = place.pcns.map((ci) => ({
      role: 'cd' as const,
      pcn: ci,
      position: Float64Array.from(agreed ? gplgCommon[gi]! : positionOf(state.pcnGroups[ci]!, state.cdMember[ci]!)),
      weight: state.pcnList[ci]!,
      mandateGap: seatGap(state, ci, agreed ? gplgCommon[gi]! : null),
    }));
    if (lmcSeat) seats.push({ role: 'lmc', pcn: -1, position: lmc, weight: lmcWeight, mandateGap: distance(lmc, reference) });
    places.push({ seats, cohesion: coh, contradiction, reference, mandateGap: state.stats.mandateGap[place.index]! });
  }
  if (!full) return;
  state.places = places;
  state.systems = w.systems.map((sys) => {
    const reference = state.systemReference[sys.index]!;
    const gi = state.gplgOfSystem[sys.index]!;
    if (gi >= 0 && gplgCohesion[gi]! >= g.agreementThreshold) {
      // A copy: the common positions are this function's buffers.
      const position = Float64Array.from(gplgCommon[gi]!);
      return { position, cohesion: gplgCohesion[gi]!, reference, mandateGap: distance(position, reference) };
    }
    // The ICB's GP partner member is appointed, not a delegate (seed 002): part system, part practice view.
    const sw = g.partnerSystemWeight;
    const position = normalise(Array.from(reference, (v, l) => (1 - sw) * v + sw * icb[l]!));
    return { position, cohesion: 1, reference, mandateGap: distance(position, reference) };
  });
}
