/**
 * Reading what a figure is drawn from: a run result (the JSON written by
 * `icsim run --out`) or a sweep file (NDJSON or CSV written by `icsim
 * sweep`), read with the sweep's own reader. A sweep's rows are not held in
 * memory here; the figures read the columns they need through
 * `summariseSweep`.
 */
import { closeSync, openSync, readSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { RunResult } from '../engine/index.ts';
import { ERROR_COLUMN, formatOf, isFailedRow, scanSweepFile, shardSize, SweepError, type SweepHeader } from '../sweep/index.ts';
import type { DiscoveryReport } from '../sweep/discoveryReport.ts';
import type { RobustReport } from '../sweep/robustAnalysis.ts';
import { ExportError } from './ExportError.ts';

/** A single run's result. */
export interface RunInput {
  kind: 'run';
  path: string;
  sha256: string;
  result: RunResult;
}

/** A sweep file. */
export interface SweepInput {
  kind: 'sweep';
  path: string;
  sha256: string;
  header: SweepHeader;
  /** Every column found in the rows, in first-seen order (without the error column of failed runs). */
  columns: string[];
  /** Rows in the file, failed runs included. */
  rows: number;
  /** Rows of failed runs (with an error instead of metrics). */
  failed: number;
  /** Runs the file should hold (its shard's share of the sweep). */
  expected: number;
}

/** The result of `icsim discover --out` (scenario discovery). */
export interface DiscoveryInput {
  kind: 'discovery';
  path: string;
  sha256: string;
  report: DiscoveryReport;
}

/** The analysis of `icsim robust` (FILE.robust.json). */
export interface RobustInput {
  kind: 'robust';
  path: string;
  sha256: string;
  report: RobustReport;
}

/** Something a figure can be drawn from. */
export type ChartInput = RunInput | SweepInput | DiscoveryInput | RobustInput;

/** SHA-256 of a file, read in chunks. */
export function sha256File(path: string): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(1 << 16);
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) hash.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a run result or a sweep file.
 * @throws ExportError naming the file: missing, empty, of an unknown kind, or damaged
 */
export function readInput(path: string): ChartInput {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new ExportError(`${path}: not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof ExportError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new ExportError(`${path}: ${code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? (e as Error).message})`}`);
  }
  if (size === 0) throw new ExportError(`${path}: the file is empty`);
  if (/\.json$/i.test(path)) return readRun(path);
  if (/\.(ndjson|jsonl|csv)$/i.test(path)) return readSweep(path);
  throw new ExportError(`${path}: expected a run result (.json, from icsim run --out) or a sweep file (.ndjson or .csv, from icsim sweep)`);
}

function readRun(path: string): RunInput | DiscoveryInput | RobustInput {
  let text = readFileSync(path, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const first = text.slice(0, text.indexOf('\n') >>> 0);
    if (first.startsWith('{"icsimSweep"')) throw new ExportError(`${path}: this is a sweep file; name it .ndjson`);
    // UTF-16 decoded as UTF-8 starts with two replacement characters (its byte-order mark) or holds NULs.
    if (/^\uFFFD\uFFFD|\u0000/.test(text.slice(0, 64))) throw new ExportError(`${path}: the file is UTF-16 text, not UTF-8; save it as UTF-8`);
    // The parser quotes a snippet of the file, which may hold a newline: the message stays on one line.
    throw new ExportError(`${path}: not valid JSON: ${(e as Error).message.replace(/\s+/g, ' ')}`);
  }
  if (isObject(data) && data.icsimDiscover === 1 && Array.isArray(data.trajectory) && isObject(data.pruned)) return { kind: 'discovery', path, sha256: sha256File(path), report: data as unknown as DiscoveryReport };
  if (isObject(data) && data.icsimRobust === 1 && Array.isArray(data.metrics) && Array.isArray(data.options)) return { kind: 'robust', path, sha256: sha256File(path), report: data as unknown as RobustReport };
  const ok = isObject(data) && isObject(data.meta) && typeof data.meta.scenarioHash === 'string' && isObject(data.summary) && Array.isArray(data.years);
  if (!ok) throw new ExportError(`${path}: not an icsim run result (expected the JSON that icsim run --out writes, with meta, summary and years), nor the JSON of icsim discover --out or icsim robust`);
  return { kind: 'run', path, sha256: sha256File(path), result: data as unknown as RunResult };
}

function readSweep(path: string): SweepInput {
  const columns: string[] = [];
  const seen = new Set<string>([ERROR_COLUMN]);
  let failed = 0;
  let scan;
  try {
    scan = scanSweepFile(path, formatOf(path), (_run, row) => {
      if (isFailedRow(row)) {
        failed++;
        return;
      }
      for (const k of Object.keys(row)) if (!seen.has(k)) (seen.add(k), columns.push(k));
    });
  } catch (e) {
    if (e instanceof SweepError) throw new ExportError(e.message.startsWith(path) ? e.message : `${path}: ${e.message}`);
    throw e;
  }
  if (!scan.header) throw new ExportError(`${path}: not an icsim sweep file (no header line)`);
  if (!scan.rows) throw new ExportError(`${path}: the sweep file has no finished runs yet`);
  if (failed === scan.rows) throw new ExportError(`${path}: every run in the file failed (${failed}); there is nothing to draw (icsim summarise lists the errors)`);
  return { kind: 'sweep', path, sha256: sha256File(path), header: scan.header, columns, rows: scan.rows, failed, expected: shardSize(scan.header.runs, scan.header.shard) };
}
