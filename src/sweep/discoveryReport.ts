/**
 * A scenario discovery's result as `icsim discover` writes it (--json) and
 * prints it: the outcome, the PRIM trajectory, the chosen box with each
 * restricted input in plain words, its limits against the input's range, and
 * the quasi-p-value of each limit. Charts and `icsim report` read the JSON.
 */
import { choosePrimBox, prim, prunePrimBox, type PrimBox, type PrimOptions, type PrimResult } from '../stats/index.ts';
import type { DiscoveryData } from './discoveryData.ts';
import { numericFields } from './parameterSpace.ts';
import { formatSignificant } from './formatSignificant.ts';

/** One restricted input of a box. */
export interface BoxLimit {
  path: string;
  /** Plain name, from the scenario schema's description. */
  name: string;
  lo: number;
  hi: number;
  /** The input's range (the design's where known, else the data's). */
  rangeLo: number;
  rangeHi: number;
  /** Quasi-p-values of the lower and upper limit (null: not restricted). */
  quasiP: { lo: number | null; hi: number | null };
  /** True when the lower (upper) limit is restricted. */
  restrictsLo: boolean;
  restrictsHi: boolean;
}

/** The file `icsim discover --json` writes. */
export interface DiscoveryReport {
  icsimDiscover: 1;
  inputs: string[];
  outcome: string;
  points: number;
  cases: number;
  options: Required<Omit<PrimOptions, 'names'>> & { minCoverage: number };
  skipped: string[];
  pointsWithout: number;
  trajectory: Array<Omit<PrimBox, 'lo' | 'hi' | 'quasiP'> & { limits: BoxLimit[] }>;
  /** Index of the chosen box in the trajectory. */
  chosen: number;
  /** The chosen box with the limits whose quasi-p-value exceeds 0.05 dropped, one at a time (prunePrimBox). */
  pruned: Omit<PrimBox, 'lo' | 'hi' | 'quasiP'> & { limits: BoxLimit[] };
}

type ReportBox = DiscoveryReport['pruned'];

/** The schema's description of a path, cut to its first clause; the path itself when there is none. */
export function plainName(path: string): string {
  const d = numericFields().find((f) => f.path === path)?.description;
  if (!d) return path;
  const first = d.split(/\.\s|;\s/)[0]!.trim();
  return first.length > 90 ? `${first.slice(0, 87)}...` : first;
}

/** Runs PRIM on the data and picks a box (the densest with coverage >= minCoverage unless `box` names one). */
export function discover(data: DiscoveryData, inputs: string[], o: { peelAlpha: number; pasteAlpha: number; minMass: number; minCoverage: number; box?: number }): DiscoveryReport {
  const r = prim(data.x, data.y, { peelAlpha: o.peelAlpha, pasteAlpha: o.pasteAlpha, minMass: o.minMass, names: data.names });
  const names = data.names.map(plainName);
  const asReport = (b: PrimBox): ReportBox => reportBox(b, r, data, names);
  const trajectory = r.trajectory.map(asReport);
  const chosen = o.box ?? choosePrimBox(r, { minCoverage: o.minCoverage });
  return {
    icsimDiscover: 1,
    inputs,
    outcome: data.outcome,
    points: r.n,
    cases: r.k,
    options: { peelAlpha: o.peelAlpha, pasteAlpha: o.pasteAlpha, minMass: o.minMass, minCoverage: o.minCoverage },
    skipped: data.skipped,
    pointsWithout: data.pointsWithout,
    trajectory,
    chosen,
    pruned: asReport(prunePrimBox(data.x, data.y, r, chosen)),
  };
}

/** A box with its restricted inputs named and set against their ranges. */
function reportBox(b: PrimBox, r: PrimResult, data: DiscoveryData, names: string[]): ReportBox {
  const { lo, hi, quasiP, ...rest } = b;
  const limits: BoxLimit[] = b.restricted.map((j) => ({
    path: data.names[j]!,
    name: names[j]!,
    lo: lo[j]!,
    hi: hi[j]!,
    rangeLo: data.ranges[j]?.lo ?? r.range.lo[j]!,
    rangeHi: data.ranges[j]?.hi ?? r.range.hi[j]!,
    quasiP: quasiP[j]!,
    restrictsLo: lo[j] !== r.range.lo[j],
    restrictsHi: hi[j] !== r.range.hi[j],
  }));
  return { ...rest, limits };
}

const num = formatSignificant;
const pct = (v: number) => `${(100 * v).toFixed(0)}%`;
const qp = (v: number | null) => (v === null ? '' : v < 0.001 ? '<0.001' : v.toFixed(3));

/** The limits of a box in words, one line per restricted input. */
export function boxLines(limits: readonly BoxLimit[]): string[] {
  if (!limits.length) return ['  (no restriction: the whole space)'];
  return limits.map((l) => {
    const cond = l.restrictsLo && l.restrictsHi ? `between ${num(l.lo)} and ${num(l.hi)}` : l.restrictsLo ? `at least ${num(l.lo)}` : `at most ${num(l.hi)}`;
    const p = [l.restrictsLo ? `lower ${qp(l.quasiP.lo)}` : '', l.restrictsHi ? `upper ${qp(l.quasiP.hi)}` : ''].filter(Boolean).join(', ');
    const weak = (l.quasiP.lo ?? 0) > 0.05 || (l.quasiP.hi ?? 0) > 0.05 ? '  (weak: quasi-p > 0.05)' : '';
    return `  ${l.path} ${cond}   [range ${num(l.rangeLo)} to ${num(l.rangeHi)}; quasi-p ${p}]${weak}\n      ${l.name}`;
  });
}

/** The report as text: the outcome, the trajectory and the chosen box. */
export function discoveryText(r: DiscoveryReport): string {
  const out: string[] = [];
  out.push(`Outcome: ${r.outcome}`);
  out.push(`${r.cases} of ${r.points} points (${pct(r.cases / Math.max(1, r.points))}) are cases of interest${r.pointsWithout ? `; ${r.pointsWithout} points lacked the runs to tell` : ''}`);
  if (r.skipped.length) out.push(`Inputs left out: ${r.skipped.join('; ')}`);
  out.push('');
  out.push('PRIM trajectory (peeling, then pasting):');
  out.push('  box  step   coverage  density  mass  restricted');
  r.trajectory.forEach((b, i) => {
    out.push(`  ${String(i).padStart(3)}  ${b.step.padEnd(5)}  ${pct(b.coverage).padStart(8)}  ${pct(b.density).padStart(7)}  ${pct(b.mass).padStart(4)}  ${b.restricted.length}${i === r.chosen ? '   <- chosen' : ''}`);
  });
  const c = r.trajectory[r.chosen]!;
  out.push('');
  out.push(`Chosen box ${r.chosen}: coverage ${pct(c.coverage)} (share of the cases of interest inside), density ${pct(c.density)} (share of the box's points that are cases), mass ${pct(c.mass)} of the points`);
  out.push(...boxLines(c.limits));
  const p = r.pruned;
  out.push('');
  out.push(`Its limits that matter (each weak limit dropped in turn until every quasi-p <= 0.05): coverage ${pct(p.coverage)}, density ${pct(p.density)}, mass ${pct(p.mass)}`);
  out.push(...boxLines(p.limits));
  out.push('');
  out.push(`(box chosen as the densest with coverage >= ${pct(r.options.minCoverage)}; --box N picks another. A limit with quasi-p > 0.05 adds little and may be dropped.)`);
  return out.join('\n') + '\n';
}
