/**
 * Merging the shard files of one sweep into one file: every shard must
 * carry the same sweep id, and every run of the sweep must be present
 * exactly once across them. Rows are copied byte for byte in run order, and
 * the output appears only when complete (written beside it, then renamed).
 */
import { closeSync, openSync, readSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { columnsLine, formatOf, headerLine } from './rowFormat.ts';
import { scanSweepFile } from './sweepFile.ts';
import { SweepError } from './SweepError.ts';
import type { SweepHeader } from './sweepPlan.ts';
import { isFailedRow } from './sweepRow.ts';

/** What a merge wrote. */
export interface MergeResult {
  header: SweepHeader;
  runs: number;
  /** Runs recorded as failed (rows with an error column). */
  failed: number;
}

/**
 * Merges shard files into `out`.
 * @throws SweepError (before writing anything) for mixed sweeps or formats, a torn or damaged file, a run missing or present twice
 */
export function mergeShards(inputs: readonly string[], out: string): MergeResult {
  if (inputs.length === 0) throw new SweepError('merge needs at least one shard file');
  const format = formatOf(out);
  let header: SweepHeader | undefined;
  let columns: string[] | undefined;
  let file = new Int32Array(0);
  let offset = new Float64Array(0);
  let length = new Int32Array(0);
  let failed = 0;
  inputs.forEach((path, f) => {
    if (formatOf(path) !== format) throw new SweepError(`${path}: a .${format} output needs .${format} shards`);
    // File-system errors (a missing or unreadable shard) go up as they are, naming the file.
    const scanned = scanSweepFile(
      path,
      format,
      (run, row, line) => {
        const h = header!;
        if (isFailedRow(row)) failed++;
        if (run >= h.runs) throw new SweepError(`${path}:${line.number}: run ${run} is not in this sweep of ${h.runs} runs`);
        if (file[run]! > 0) {
          const other = inputs[file[run]! - 1];
          throw new SweepError(`run ${run} is in ${other === path ? `${path} twice` : `both ${other} and ${path}`}; a run must be present exactly once`);
        }
        file[run] = f + 1;
        offset[run] = line.offset;
        length[run] = line.length;
      },
      (h) => {
        if (!header) {
          header = h;
          file = new Int32Array(h.runs);
          offset = new Float64Array(h.runs);
          length = new Int32Array(h.runs);
        } else if (h.id !== header.id) {
          throw new SweepError(`${path} is from a different sweep (id ${h.id}) than ${inputs[0]} (id ${header.id}); merge only the shards of one sweep`);
        }
      },
    );
    if (!scanned.header) throw new SweepError(`${path}: empty, or not a sweep file`);
    if (scanned.tornBytes) throw new SweepError(`${path}: the last line is incomplete (the sweep was killed); finish it with icsim sweep ... --resume first`);
    if (format === 'csv') {
      const cols = scanned.columns ?? [];
      if (!columns || columns.length === 0) columns = cols;
      else if (cols.length && cols.join(',') !== columns.join(',')) throw new SweepError(`${path}: its columns differ from those of ${inputs[0]}`);
    }
  });
  const h = header!;
  const missing: number[] = [];
  for (let r = 0; r < h.runs; r++) if (file[r] === 0) missing.push(r);
  if (missing.length) {
    const shards = h.shard ? ` (shards ${[...new Set(missing.map((r) => r % h.shard!.count))].slice(0, 20).join(', ')} of ${h.shard.count})` : '';
    throw new SweepError(`${missing.length} of ${h.runs} runs are missing${shards}, e.g. run ${missing.slice(0, 5).join(', ')}; finish them with icsim sweep ... --resume`);
  }

  const merged: SweepHeader = { ...h, shard: null };
  const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  const fds = inputs.map((p) => openSync(p, 'r'));
  const outFd = openSync(tmp, 'w');
  try {
    let pending: Buffer[] = [Buffer.from(headerLine(merged, format) + (format === 'csv' && h.runs ? columnsLine(columns ?? []) : ''))];
    let size = 0;
    for (let r = 0; r < h.runs; r++) {
      const buf = Buffer.allocUnsafe(length[r]!);
      readSync(fds[file[r]! - 1]!, buf, 0, buf.length, offset[r]!);
      pending.push(buf);
      size += buf.length;
      if (size > 1 << 20) {
        writeSync(outFd, Buffer.concat(pending));
        pending = [];
        size = 0;
      }
    }
    writeSync(outFd, Buffer.concat(pending));
    closeSync(outFd);
    renameSync(tmp, out);
  } catch (e) {
    try {
      closeSync(outFd);
    } catch {
      /* already closed */
    }
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing to clean */
    }
    throw e;
  } finally {
    for (const fd of fds) closeSync(fd);
  }
  return { header: merged, runs: h.runs, failed };
}
