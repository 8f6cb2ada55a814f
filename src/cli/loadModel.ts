/**
 * Reading scenario files for the CLI: the file, its JSON, `--set` overrides
 * and (when the scenario has them) a named variant, all validated with
 * messages that name the file and the field.
 */
import { readFileSync } from 'node:fs';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyVariant, parseScenario, parseValue, ScenarioError, setPath, type Scenario } from '../engine/index.ts';
import { CliError } from './CliError.ts';
import { ioError } from './ioError.ts';
import { MAX_JSON_DEPTH, tooDeep } from './jsonDepth.ts';
import { flatten } from './problemLine.ts';
import { setYear, yearPathOf } from './yearlySets.ts';

/** The repository's models/ folder (one level above the bundle in dist-node/, two above src/cli/). */
export const MODELS_DIR = join(dirname(fileURLToPath(import.meta.url)), ...(typeof ICSIM_BUNDLE === 'undefined' ? ['..', '..'] : ['..']), 'models');

/** The built-in default scenario. */
export const DEFAULT_MODEL = join(MODELS_DIR, 'default.json');

/** The encoding a byte-order mark or NUL bytes betray, for a file that is not UTF-8 (or undefined). */
function utf16(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 (little-endian)';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 (big-endian)';
  // Without a mark, UTF-16 text of ASCII characters has a NUL in every other byte; JSON never holds a raw NUL.
  if (bytes.subarray(0, 64).includes(0)) return 'UTF-16 or another encoding with NUL bytes';
  return undefined;
}

/** Parses JSON text read from `source`, with one-line errors naming it (exit code 2). */
export function parseJsonText(text: string, source: string): unknown {
  // A byte-order mark (some Windows editors write one) is not part of the JSON.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // The parser quotes a snippet of the text, which may hold newlines: the message stays on one line.
    throw new CliError(`${source}: not valid JSON: ${flatten((e as Error).message)}`);
  }
  const deep = tooDeep(data);
  if (deep) throw new CliError(`${source}: ${deep.length > 40 ? `${deep.slice(0, 40)}...` : deep}: nested more than ${MAX_JSON_DEPTH} levels deep; an icsim file never nests that deep`);
  return data;
}

/** Reads and parses a JSON file, with errors naming the file. */
export function readJson(path: string): unknown {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw ioError(e, 'cannot read the file', path);
  }
  const encoding = utf16(bytes);
  if (encoding) throw new CliError(`${path}: the file is ${encoding}, not UTF-8 text; save it as UTF-8`);
  return parseJsonText(bytes.toString('utf8'), path);
}

/** Parses `path=value` overrides. */
export function parseSets(sets: readonly string[]): Array<[string, unknown]> {
  return sets.map((s) => {
    const eq = s.indexOf('=');
    if (eq <= 0) throw new CliError(`--set ${s}: expected path=value, e.g. --set allocation.growthRate=0.02`);
    const value = parseValue(s.slice(eq + 1));
    const deep = tooDeep(value);
    if (deep) throw new CliError(`--set ${s.slice(0, eq)}: the value is nested more than ${MAX_JSON_DEPTH} levels deep`);
    return [s.slice(0, eq), value];
  });
}

/**
 * Applies overrides to raw data; path problems become CLI errors naming the
 * source. One year of a yearly input (`costs.payAward.2025`) may be set when
 * the input holds one number: it becomes a series by year (src/cli/yearlySets.ts).
 */
export function applySets(raw: unknown, sets: Array<[string, unknown]>, source: string): unknown {
  let data = raw;
  for (const [path, value] of sets) {
    try {
      const year = yearPathOf(path);
      data = year ? setYear(data, year, value) : setPath(data, path, value);
    } catch (e) {
      throw new CliError(`${source}: --set ${path}: ${(e as Error).message}`);
    }
  }
  return data;
}

/** Loads, overrides and validates a scenario file, optionally applying a named variant first. */
export function loadModel(path: string | undefined, sets: readonly string[] = [], variant?: string): { scenario: Scenario; raw: unknown; path: string } {
  const file = resolve(path ?? DEFAULT_MODEL);
  const label = path ?? 'models/default.json';
  let base = readJson(file);
  if (variant !== undefined) {
    try {
      base = applyVariant(base, variant);
    } catch (e) {
      throw new CliError(`${label}: --variant ${variant}: ${(e as Error).message}`);
    }
  }
  const raw = applySets(base, parseSets(sets), label);
  try {
    return { scenario: parseScenario(raw, label), raw, path: file };
  } catch (e) {
    if (e instanceof ScenarioError) throw new CliError(e.message);
    throw e;
  }
}
