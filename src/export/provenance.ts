/**
 * Where a figure's data came from, as a footer line and as manifest fields:
 * the model file and its hash, the variants, seeds and replications, the
 * icsim version, and the date drawn.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { VERSION } from '../engine/index.ts';
import { runFooter } from './runFooter.ts';
import { sha256File, type ChartInput, type DiscoveryInput, type RobustInput } from './readInput.ts';

/** Provenance of one figure. */
export interface Provenance {
  /** The footer line printed under the figure. */
  footer: string;
  model: { file: string | null; sha256: string | null; scenario: string | null; scenarioHash: string | null };
  /** The `--set` overrides a sweep applied to its model file, as given (empty for a run or none). */
  sets: string[];
  sweepId: string | null;
  variants: string[];
  seeds: string;
  replications: number;
  runs: number;
  icsim: string;
  /** icsim version that produced the input. */
  inputIcsim: string;
  date: string;
}

/**
 * The date a figure is drawn: `date` when given (YYYY-MM-DD), else the UTC
 * day of SOURCE_DATE_EPOCH when set (reproducible builds), else today (UTC).
 */
export function figureDate(date?: string, env: NodeJS.ProcessEnv = process.env, now = new Date()): string {
  if (date !== undefined) return date;
  const epoch = env.SOURCE_DATE_EPOCH;
  const d = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
  return d.toISOString().slice(0, 10);
}

/** Finds a sweep's model file: as written (from the working folder), else beside the sweep file. */
function modelFile(model: string, sweepPath: string): string | null {
  for (const p of [resolve(model), resolve(dirname(sweepPath), model)]) if (existsSync(p)) return p;
  return null;
}

/** Provenance of a figure drawn from `input` with the variants shown. */
export function provenanceOf(input: ChartInput, variants: readonly string[], date: string): Provenance {
  if (input.kind === 'run') {
    const m = input.result.meta;
    const seed = String(m.seed);
    const footer = runFooter(m, date);
    return {
      footer,
      model: { file: null, sha256: null, scenario: m.scenario, scenarioHash: m.scenarioHash },
      sets: [],
      sweepId: null,
      variants: [...variants],
      seeds: seed,
      replications: 1,
      runs: 1,
      icsim: VERSION,
      inputIcsim: m.icsim,
      date,
    };
  }
  if (input.kind === 'discovery' || input.kind === 'robust') return jsonProvenance(input, variants, date);
  const h = input.header;
  const file = modelFile(h.model, input.path);
  const current = file ? sha256File(file) : null;
  // The hash recorded when the sweep ran wins; say so if the file has changed since.
  const sha = h.modelSha256 ?? current;
  const changed = h.modelSha256 && current && current !== h.modelSha256;
  const seeds = h.reps > 1 ? `${h.seed}:0 to ${h.seed}:${h.reps - 1}` : `${h.seed}:0`;
  const footer = [
    `Source: ${h.model} (${sha ? `sha256 ${sha.slice(0, 12)}${changed ? ', file changed since' : ''}` : 'file not found'})`,
    `sweep ${h.id}${input.rows < h.runs ? ` (${input.rows} of ${h.runs} runs)` : ''}`,
    ...(h.sets?.length ? [h.sets.length > 6 ? `${h.sets.length} overrides (listed in the sweep header)` : `set ${h.sets.join('; ')}`] : []),
    `${variants.length === 1 ? 'variant' : 'variants'} ${variants.join(', ')}`,
    ...(h.vary.length ? [h.vary.length > 6 ? `varied ${h.vary.length} parameters (listed in the sweep header)` : `varied ${h.vary.join('; ')}`] : []),
    `seeds ${seeds} (common random numbers)`,
    `${h.reps} ${h.reps === 1 ? 'replication' : 'replications'}`,
    `icsim ${h.icsim === VERSION ? VERSION : `${h.icsim} (drawn by ${VERSION})`}`,
    `drawn ${date}`,
  ].join(' \u00b7 ');
  return {
    footer,
    model: { file: h.model, sha256: sha, scenario: null, scenarioHash: null },
    sets: [...(h.sets ?? [])],
    sweepId: h.id,
    variants: [...variants],
    seeds,
    replications: h.reps,
    runs: input.rows,
    icsim: VERSION,
    inputIcsim: h.icsim,
    date,
  };
}

/** Provenance of a figure drawn from the JSON of icsim discover or icsim robust: the file, what it was computed from, and the version. */
function jsonProvenance(input: DiscoveryInput | RobustInput, variants: readonly string[], date: string): Provenance {
  const what =
    input.kind === 'discovery'
      ? `scenario discovery (PRIM) of ${input.report.inputs.join(', ')}: ${input.report.points} points`
      : `icsim robust of ${input.report.model}, sweep ${input.report.sweep}: ${input.report.options.length} options × ${input.report.scenarios} futures × ${input.report.reps} replication${input.report.reps === 1 ? '' : 's'} (common random numbers)`;
  const footer = [`Source: ${input.path} (sha256 ${input.sha256.slice(0, 12)})`, what, `icsim ${VERSION}`, `drawn ${date}`].join(' \u00b7 ');
  const robust = input.kind === 'robust' ? input.report : undefined;
  return {
    footer,
    model: { file: robust?.model ?? null, sha256: null, scenario: null, scenarioHash: null },
    sets: [],
    sweepId: robust?.sweep ?? null,
    variants: [...variants],
    seeds: robust ? 'as in the sweep header' : 'as in the inputs',
    replications: robust?.reps ?? 0,
    runs: robust ? robust.scenarios * robust.options.length * robust.reps : input.kind === 'discovery' ? input.report.points : 0,
    icsim: VERSION,
    inputIcsim: VERSION,
    date,
  };
}
