/**
 * The finished runs of a sweep read from its file, or from the shard files
 * of one sweep read together (so that an analysis needs no merge first):
 * every file must carry the same sweep id, and a run present twice is an
 * error. Failed runs are counted and left out.
 */
import { formatOf } from './rowFormat.ts';
import { scanSweepFile } from './sweepFile.ts';
import { SweepError } from './SweepError.ts';
import type { SweepHeader } from './sweepPlan.ts';
import { isFailedRow, type SweepRow } from './sweepRow.ts';

/** The runs read. */
export interface SweepRuns {
  header: SweepHeader;
  /** Finished runs, in run order. */
  rows: SweepRow[];
  /** Runs recorded as failed. */
  failed: number;
  /** Runs of the sweep in none of the files. */
  missing: number;
}

/**
 * Reads every run of `paths` (one sweep file, or shards of one sweep).
 * @throws SweepError naming the file for a foreign or damaged file, or a run present twice
 */
export function readSweepRuns(paths: readonly string[]): SweepRuns {
  if (!paths.length) throw new SweepError('no sweep file given');
  let header: SweepHeader | undefined;
  const byRun = new Map<number, SweepRow>();
  const seen = new Map<number, string>();
  let failed = 0;
  for (const path of paths) {
    const scan = scanSweepFile(
      path,
      formatOf(path),
      (run, row, line) => {
        const other = seen.get(run);
        if (other !== undefined) throw new SweepError(`${path}:${line.number}: run ${run} is also in ${other === path ? 'an earlier line' : other}; a run must be present once`);
        seen.set(run, path);
        if (isFailedRow(row)) failed++;
        else byRun.set(run, row);
      },
      (h) => {
        if (!header) header = h;
        else if (h.id !== header.id) throw new SweepError(`${path} belongs to sweep ${h.id}, ${paths[0]} to sweep ${header.id}; give the files of one sweep`);
      },
    );
    if (!scan.header) throw new SweepError(`${path}: an empty sweep file (no header line)`);
  }
  const rows = [...byRun.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => r);
  return { header: header!, rows, failed, missing: header!.runs - seen.size };
}
