/**
 * What the simulation API does with a built run, shared by `createSimApi` and the
 * browser worker's fast start (`fastStartApi.ts`), which must answer exactly alike:
 * the start report and a batch of months.
 */
import { transfer } from 'comlink';
import type { OrgKind, ScenarioIssue, Simulation } from '../engine/index.ts';
import { batchBuffers, packBatch, type SnapshotBatch } from './snapshotBatch.ts';

/** One organisation whose balance is streamed, in snapshot order. */
export interface TrackedOrg {
  org: string;
  name: string;
  kind: OrgKind | 'practices';
}

/** What `start()` reports. */
export type StartInfo =
  | { ok: true; scenario: string; seed: string | number; totalMonths: number; startYear: number; organisations: number; tracked: TrackedOrg[] }
  | { ok: false; issues: ScenarioIssue[] };

/** What `start()` reports of a run just built. */
export function startInfo(s: Simulation): StartInfo {
  const res = s.result();
  const names = new Map(res.organisations.map((o) => [o.id, o.name]));
  return {
    ok: true,
    scenario: res.meta.scenario,
    seed: s.seed,
    totalMonths: s.totalMonths,
    startYear: res.meta.startYear,
    organisations: res.meta.organisations,
    tracked: res.series.balances.map((b) => ({ org: b.org, name: names.get(b.org) ?? b.org, kind: b.kind })),
  };
}

/** Advances `s` by up to `maxMonths` months; their snapshots packed in typed arrays, marked for transfer. */
export function nextBatch(s: Simulation, maxMonths: number): SnapshotBatch {
  const snaps = [];
  for (let i = 0; i < maxMonths && !s.done; i++) snaps.push(s.step());
  const batch = packBatch(snaps, s.done);
  return transfer(batch, batchBuffers(batch));
}
