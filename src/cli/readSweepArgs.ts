/**
 * What `icsim sweep` and `icsim sensitivity` read alike from their options
 * (SWEEP_FILE_ARGS) before anything is written or run: the output file and
 * its format, the workers, the model with its overrides and years, its
 * SHA-256, the seed, and the shard.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultWorkers, formatOf, parseHeaderLine, readLines, resolveShard, type FileFormat } from '../sweep/index.ts';
import { CliError } from './CliError.ts';
import { EXIT } from './exitCodes.ts';
import { DEFAULT_MODEL, applySets, parseSets, readJson } from './loadModel.ts';
import { parseSeed } from './commands/run.ts';

/** The options of SWEEP_FILE_ARGS as parsed. */
export interface SweepFileValues {
  seed?: string;
  years?: string;
  set: string[];
  out?: string;
  workers?: string;
  shard?: string;
  shards?: string;
  resume?: boolean;
}

/** What the options give. */
export interface SweepArgs {
  out: string;
  format: FileFormat;
  workers: number;
  /** The model as named on the command line (or the default's path). */
  label: string;
  /** The model's data after --set and --years. */
  raw: unknown;
  /** The --set overrides as given, then years=N for --years (recorded in the sweep header). */
  sets: string[];
  modelSha256: string;
  seed: string | number;
  shard: ReturnType<typeof resolveShard>;
}

/** A whole number option within [min, max], or undefined when not given. */
export function wholeNumber(flag: string, text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text.trim()) || Number(text) < min || Number(text) > max) throw new CliError(`${flag} ${text}: expected a whole number from ${min} to ${max}`);
  return Number(text);
}

/** The output file (required) and its format. */
export function readOut(values: SweepFileValues): { out: string; format: FileFormat } {
  if (!values.out) throw new CliError('--out FILE.ndjson or --out FILE.csv is required');
  // A sweep file is appended to, resumed and checked: only a regular file will do (issue 25: never a directory, FIFO or device).
  let st;
  try {
    st = statSync(values.out);
  } catch {
    st = undefined;
  }
  if (st?.isDirectory()) throw new CliError(`--out ${values.out}: cannot write the file: it is a directory (EISDIR)`, EXIT.io);
  if (st && !st.isFile()) throw new CliError(`--out ${values.out}: not a regular file; a sweep writes a file it can resume and check, so write to a file and copy it`);
  return { out: values.out, format: formatOf(values.out) };
}

/** Reads the model and the shared options (see the module header). */
export function readSweepArgs(values: SweepFileValues, positionals: string[]): SweepArgs {
  const { out, format } = readOut(values);
  const workers = wholeNumber('--workers', values.workers, 0, 1024) ?? defaultWorkers();
  const sets = [...values.set];
  if (values.years !== undefined) {
    wholeNumber('--years', values.years, 1, 50);
    sets.push(`years=${values.years}`);
  }
  const label = positionals[0] ?? 'models/default.json';
  const modelPath = resolve(positionals[0] ?? DEFAULT_MODEL);
  const raw = applySets(readJson(modelPath), parseSets(sets), label);
  const modelSha256 = createHash('sha256').update(readFileSync(modelPath)).digest('hex');
  const rawSeed = (raw as { seed?: unknown } | null)?.seed;
  const seed = values.seed !== undefined ? parseSeed(values.seed) : typeof rawSeed === 'number' || typeof rawSeed === 'string' ? rawSeed : 1;
  return { out, format, workers, label, raw, sets, modelSha256, seed, shard: resolveShard(values.shard, values.shards, process.env, values.resume ? shardOfFile(out, format) : undefined) };
}

/**
 * The shard an existing output file records in its header (for --resume in an
 * array job without --shards: the file says how many shards there are), or
 * undefined when there is no such file or it records none.
 */
function shardOfFile(out: string, format: FileFormat): { index: number; count: number } | null | undefined {
  if (!existsSync(out)) return undefined;
  for (const line of readLines(out)) return parseHeaderLine(line.text, format)?.shard;
  return undefined;
}
