/**
 * Sweep files on disk: scanning an existing file (which sweep it belongs
 * to, which runs it holds, whether a killed writer left a torn last line)
 * and appending rows, one write per row, so that a crash can tear at most
 * the last line.
 */
import { closeSync, existsSync, fsyncSync, openSync, ftruncateSync, writeSync } from 'node:fs';
import { readLines } from './readLines.ts';
import { columnsLine, headerLine, parseHeaderLine, parseRowLine, rowLine, splitCsv, type FileFormat } from './rowFormat.ts';
import { inShard } from './shard.ts';
import { SweepError } from './SweepError.ts';
import type { SweepHeader } from './sweepPlan.ts';
import { ERROR_COLUMN, isFailedRow, type SweepRow } from './sweepRow.ts';

/** What an existing sweep file holds. */
export interface FileScan {
  /** Undefined when the file is empty or held only a torn header. */
  header: SweepHeader | undefined;
  /** CSV column names, once written. */
  columns: string[] | undefined;
  /** Rows found. */
  rows: number;
  /** Bytes of complete lines; anything after is a torn line to drop. */
  keepBytes: number;
  /** Bytes of the torn last line (0 when none). */
  tornBytes: number;
}

/** Called for each row line found by a scan. */
export type RowVisitor = (run: number, row: SweepRow, line: { offset: number; length: number; number: number }) => void;

/** True when `text` could be the start of a header line cut short. */
function headerPrefix(text: string, format: FileFormat): boolean {
  const start = format === 'csv' ? '# icsim-sweep {"icsimSweep":1' : '{"icsimSweep":1';
  return start.startsWith(text) || text.startsWith(start);
}

/**
 * Reads a sweep file through. A last line without its newline is what a
 * writer killed mid-line leaves: it is reported as torn (each row is written
 * with one write, so a complete line is never damaged by a kill). Any
 * other unreadable line is an error.
 * @param onHeader called with the header before any row is visited
 * @throws SweepError naming the file and line
 */
export function scanSweepFile(path: string, format: FileFormat, visit?: RowVisitor, onHeader?: (h: SweepHeader) => void): FileScan {
  const scan: FileScan = { header: undefined, columns: undefined, rows: 0, keepBytes: 0, tornBytes: 0 };
  const notSweep = `not an icsim sweep file (the first line is not a sweep header${format === 'csv' ? ' "# icsim-sweep {...}"' : ''})`;
  for (const line of readLines(path)) {
    const fail = (why: string): never => {
      throw new SweepError(`${path}:${line.number}: ${why}`);
    };
    if (!line.terminated) {
      if (!scan.header && !headerPrefix(line.text, format)) fail(notSweep);
      scan.tornBytes = line.length;
      break;
    }
    if (!scan.header) {
      scan.header = parseHeaderLine(line.text, format);
      if (!scan.header) fail(notSweep);
      onHeader?.(scan.header!);
    } else if (format === 'csv' && !scan.columns) {
      let cols: string[] | undefined;
      try {
        cols = splitCsv(line.text);
      } catch {
        cols = undefined;
      }
      if (!cols || cols[0] !== 'run') fail('expected the line of column names, starting with "run"');
      scan.columns = cols;
    } else {
      let row: SweepRow;
      try {
        row = parseRowLine(line.text, format, scan.columns);
      } catch (e) {
        return fail(`${e instanceof SyntaxError ? `not valid JSON: ${e.message}` : (e as Error).message}; the file is damaged`);
      }
      visit?.(row.run, row, line);
      scan.rows++;
    }
    scan.keepBytes = line.offset + line.length;
  }
  return scan;
}

/**
 * Checks that an existing file belongs to this sweep and shard and lists the
 * runs it holds. Nothing is written.
 * @returns the scan and a map of the runs done (1 per run id of the whole sweep)
 * @throws SweepError for a file of another sweep, or a run out of place or written twice
 */
export function scanForResume(path: string, format: FileFormat, header: SweepHeader): { scan: FileScan; done: Uint8Array } {
  const done = new Uint8Array(header.runs);
  const shardText = (s: SweepHeader['shard']) => (s ? `${s.index}/${s.count}` : 'none');
  const scan = scanSweepFile(
    path,
    format,
    (run, _row, line) => {
      if (run >= header.runs) throw new SweepError(`${path}:${line.number}: run ${run} is not in this sweep of ${header.runs} runs`);
      if (!inShard(run, header.shard)) throw new SweepError(`${path}:${line.number}: run ${run} is not in shard ${shardText(header.shard)}`);
      if (done[run]) throw new SweepError(`${path}:${line.number}: run ${run} is written twice; the file is damaged`);
      done[run] = 1;
    },
    (h) => {
      if (h.id !== header.id) {
        throw new SweepError(
          `${path} belongs to a different sweep (id ${h.id}: ${h.model}, ${h.vary.join(' ') || 'no --vary'}, variants ${h.variants.join(',')}, ` +
            `${h.design}, ${h.reps} reps, seed ${h.seed}); this sweep's id is ${header.id}. Write to another --out, or remove the file to start again`,
        );
      }
      if (shardText(h.shard) !== shardText(header.shard)) {
        throw new SweepError(`${path} holds shard ${shardText(h.shard)} of this sweep, not shard ${shardText(header.shard)}`);
      }
    },
  );
  return { scan, done };
}

/** Appends rows to a sweep file. */
export class SweepWriter {
  private columns: string[] | undefined;
  rowsWritten = 0;

  private constructor(
    private readonly fd: number,
    private readonly format: FileFormat,
    columns: string[] | undefined,
  ) {
    this.columns = columns;
  }

  /**
   * Starts a new file with the header.
   * @throws SweepError when the file exists; the file system's own error (naming `path`) when it cannot be created
   */
  static create(path: string, header: SweepHeader, format: FileFormat): SweepWriter {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new SweepError(`${path} exists; use --resume to finish it, or remove it`);
      throw e;
    }
    writeSync(fd, headerLine(header, format));
    return new SweepWriter(fd, format, undefined);
  }

  /** Continues a scanned file, first cutting off a torn last line. */
  static resume(path: string, header: SweepHeader, format: FileFormat, scan: FileScan): SweepWriter {
    if (!existsSync(path)) return SweepWriter.create(path, header, format);
    const fd = openSync(path, 'r+');
    ftruncateSync(fd, scan.keepBytes);
    closeSync(fd);
    const afd = openSync(path, 'a');
    if (!scan.header) writeSync(afd, headerLine(header, format));
    return new SweepWriter(afd, format, scan.columns);
  }

  /**
   * Appends one row as one write. A CSV file takes its columns from the first
   * run that succeeds, plus the error column of failed runs; failed runs
   * before it wait (in memory, they are few) until it comes or the file closes.
   */
  write(row: SweepRow): void {
    let text = '';
    if (this.format === 'csv' && !this.columns) {
      if (isFailedRow(row)) {
        this.held.push(row);
        return;
      }
      this.columns = [...Object.keys(row).filter((c) => c !== ERROR_COLUMN), ERROR_COLUMN];
      text = columnsLine(this.columns) + this.takeHeld();
    }
    writeSync(this.fd, text + rowLine(row, this.format, this.columns));
    this.rowsWritten++;
  }

  private held: SweepRow[] = [];

  private takeHeld(): string {
    const text = this.held.map((r) => rowLine(r, this.format, this.columns)).join('');
    this.rowsWritten += this.held.length;
    this.held = [];
    return text;
  }

  /** Flushes to disk and closes. */
  close(): void {
    try {
      if (this.held.length) {
        // Every run so far failed: the file's columns are those of a failed row.
        this.columns = Object.keys(this.held[0]!);
        writeSync(this.fd, columnsLine(this.columns) + this.takeHeld());
      }
      fsyncSync(this.fd);
    } finally {
      closeSync(this.fd);
    }
  }
}
