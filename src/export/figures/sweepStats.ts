/**
 * Statistics of a sweep for a figure, by the sweep's own summary
 * (`summariseSweep`: t-based 95% intervals; with a baseline, differences
 * paired by design point and replication), with errors that name the file
 * and list what is available.
 */
import { distance } from 'fastest-levenshtein';
import { summariseSweep, SweepError, type SummariseOptions, type SweepSummary } from '../../sweep/index.ts';
import { ExportError } from '../ExportError.ts';
import type { SweepInput } from '../readInput.ts';

/** Summarises the sweep file of `input`. */
export function sweepStats(input: SweepInput, o: SummariseOptions): SweepSummary {
  try {
    return summariseSweep(input.path, o);
  } catch (e) {
    if (e instanceof SweepError) throw new ExportError(`${input.path}: ${e.message}`);
    throw e;
  }
}

/** Checks requested variants against the sweep's; returns those to show (default all). */
export function pickVariants(input: SweepInput, wanted: readonly string[] | undefined): string[] {
  const all = input.header.variants;
  if (!wanted || !wanted.length) return [...all];
  for (const v of wanted) if (!all.includes(v)) throw new ExportError(`${input.path}: --variant ${v}: not in this sweep (variants: ${all.join(', ')})`);
  return all.filter((v) => wanted.includes(v));
}

/** Checks that `path` is a varied parameter of the sweep. */
export function checkParameter(input: SweepInput, flag: string, path: string): void {
  const paths = input.header.paths;
  if (!paths.includes(path)) {
    throw new ExportError(
      `${input.path}: ${flag} ${path}: not a parameter this sweep varies (${paths.length ? `varied: ${paths.join(', ')}` : 'it varies no parameter; run icsim sweep with --vary'})`,
    );
  }
}

/** Resolves one metric (exact name, or a prefix matching exactly one column). */
export function oneMetric(input: SweepInput, metric: string): string {
  const fixed = new Set(['run', 'point', 'variant', 'rep', 'seed', ...input.header.paths]);
  const metrics = input.columns.filter((c) => !fixed.has(c));
  if (metrics.includes(metric)) return metric;
  const hit = metrics.filter((c) => c.startsWith(`${metric}.`));
  if (hit.length === 1) return hit[0]!;
  if (hit.length > 1) throw new ExportError(`${input.path}: --metric ${metric}: matches ${hit.length} metrics; name one: ${hit.slice(0, 12).join(', ')}${hit.length > 12 ? ', ...' : ''}`);
  const near = nearest(metric, metrics);
  const headline = metrics.filter((c) => !c.startsWith('yearly.') && !c.startsWith('outcomes.byKind.'));
  throw new ExportError(
    `${input.path}: --metric ${metric}: no such metric in this sweep (${near.length ? `did you mean ${near.join(', ')}?` : `metrics include ${headline.slice(0, 20).join(', ')}, ...`})`,
  );
}

/** Names close to `name`: containing its last part, or within a few edits. */
export function nearest(name: string, names: readonly string[]): string[] {
  const low = name.toLowerCase();
  const last = low.split('.').pop()!;
  const scored = names
    .map((c) => ({ c, d: distance(low, c.toLowerCase()) }))
    .filter(({ c, d }) => d <= Math.max(2, Math.floor(low.length / 4)) || (last.length >= 4 && c.toLowerCase().includes(last)))
    .sort((a, b) => a.d - b.d);
  return scored.slice(0, 8).map((x) => x.c);
}

/** Group values as short text for legends (`mode = unified` for `governance.gp.mode`). */
export function groupName(by: readonly string[], group: readonly unknown[]): string {
  return by.map((b, i) => `${b.split('.').pop()} = ${typeof group[i] === 'string' ? group[i] : JSON.stringify(group[i])}`).join(', ');
}
