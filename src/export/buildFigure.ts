/** Builds the figure of a chart type from a run result, a sweep or the JSON of icsim discover or robust, refusing an input of the wrong kind or options that do not apply. */
import { ExportError } from './ExportError.ts';
import { CHART_TYPES, type ChartType, type Figure, type FigureRequest } from './figures/Figure.ts';
import { boxFigure, regretFigure, tradeoffFigure } from './figures/discoveryFigures.ts';
import { heatmapFigure } from './figures/heatmapFigure.ts';
import { devolutionFromSweep, influenceFromSweep } from './figures/influenceFromSweep.ts';
import { optionsFigure } from './figures/optionsFigure.ts';
import { outcomesFromSweep } from './figures/outcomesFromSweep.ts';
import { responseFigure } from './figures/responseFigure.ts';
import { devolutionFromRun, influenceFromRun, outcomesFromRun } from './figures/runFigures.ts';
import { morrisFigure, sobolFigure } from './figures/sensitivityFigures.ts';
import type { ChartInput, DiscoveryInput, RobustInput, SweepInput } from './readInput.ts';
import type { RunResult } from '../engine/index.ts';

/** One chart type of `icsim chart`: its help, the options it takes from a sweep, and its builders. */
interface ChartTypeEntry {
  /** Its lines in `icsim chart --help` (after the name; about 60 characters each). */
  help: readonly string[];
  /** Options it takes from a sweep (a run result takes none). */
  options: ReadonlyArray<keyof FigureRequest>;
  /** Its figure from one run result; absent when it needs a sweep. */
  fromRun?: (result: RunResult, req: FigureRequest) => Figure;
  /** Its figure from sweep results; absent when it draws the JSON of icsim discover or icsim robust. */
  fromSweep?: (input: SweepInput, req: FigureRequest) => Figure;
  /** Its figure from the JSON of icsim discover (`--out`). */
  fromDiscovery?: (input: DiscoveryInput, req: FigureRequest) => Figure;
  /** Its figure from the JSON of icsim robust (FILE.robust.json). */
  fromRobust?: (input: RobustInput, req: FigureRequest) => Figure;
}

/**
 * The chart types, the one table that `icsim chart` (its help, its checks) and
 * {@link buildFigure} read. The names and their order are CHART_TYPES
 * (figures/Figure.ts); the type checker refuses a name without an entry here.
 */
export const CHARTS = {
  influence: {
    help: ['GP influence per financial year: from a sweep, the mean of the', 'replications with a 95% band, one line per variant (or per', 'value of --by); from a run, the line alone'],
    options: ['by', 'variants'],
    fromRun: influenceFromRun,
    fromSweep: influenceFromSweep,
  },
  outcomes: {
    help: ['surplus, break-even and deficit per financial year: by kind of', 'organisation from a run; mean counts per variant from a sweep'],
    options: ['variants'],
    fromRun: outcomesFromRun,
    fromSweep: outcomesFromSweep,
  },
  devolution: {
    help: ["share of the ICB envelope delegated to places per financial", 'year (decided each year under contested devolution): from a', 'sweep, the mean with a 95% band per variant (or per value of', '--by); from a run, the line alone'],
    options: ['by', 'variants'],
    fromRun: devolutionFromRun,
    fromSweep: devolutionFromSweep,
  },
  options: {
    help: ['options appraisal (forest plot): each variant\'s difference from', '--baseline, paired by replication, with 95% intervals, one', 'block per outcome measure (sweep with two or more variants)'],
    options: ['metrics', 'baseline', 'variants'],
    fromSweep: optionsFigure,
  },
  response: {
    help: ['a metric against a swept parameter (--x) with its 95% band,', 'one line per value of a second parameter (--by)'],
    options: ['metrics', 'by', 'x', 'variants'],
    fromSweep: responseFigure,
  },
  heatmap: {
    help: ['a metric (mean) over two swept parameters (--x, --by)'],
    options: ['metrics', 'by', 'x', 'variants'],
    fromSweep: heatmapFigure,
  },
  morris: {
    help: ['a Morris screen (icsim sensitivity --method morris): each', "parameter's mu* against sigma, the largest labelled (--metric)"],
    options: ['metrics'],
    fromSweep: morrisFigure,
  },
  sobol: {
    help: ["Sobol' indices (icsim sensitivity --method sobol): S1 and ST", 'bars with 95% intervals (--metric)'],
    options: ['metrics'],
    fromSweep: sobolFigure,
  },
  tradeoff: {
    help: ['(the JSON of icsim discover --out) coverage against density of', 'every box PRIM found, the chosen box ringed'],
    options: [],
    fromDiscovery: tradeoffFigure,
  },
  box: {
    help: ["(the same JSON) the box's limits that matter against each", "input's range, with quasi-p-values"],
    options: [],
    fromDiscovery: boxFigure,
  },
  regret: {
    help: ["(FILE.robust.json of icsim robust) each option's largest", 'regret per metric, as a heatmap (--metric to choose)'],
    options: ['metrics'],
    fromRobust: regretFigure,
  },
} as const satisfies Record<ChartType, ChartTypeEntry>;

const entry = (type: ChartType): ChartTypeEntry => CHARTS[type];

/** The types drawn from a single run result, as "a, b or c". */
const RUN_TYPES = ((t: string[]) => `${t.slice(0, -1).join(', ')} or ${t[t.length - 1]}`)(CHART_TYPES.filter((t) => entry(t).fromRun));

/** The "Types:" part of `icsim chart --help`, from {@link CHARTS}. */
export function chartTypesHelp(): string {
  const width = Math.max(...CHART_TYPES.map((t) => t.length)) + 2;
  return CHART_TYPES.flatMap((t) => entry(t).help.map((line, i) => `  ${(i === 0 ? t : '').padEnd(width)}${line}`)).join('\n');
}

/** The chart type names as "a, b, ... or h". */
export const CHART_TYPE_LIST = `${CHART_TYPES.slice(0, -1).join(', ')} or ${CHART_TYPES[CHART_TYPES.length - 1]}`;

const FLAG: Partial<Record<keyof FigureRequest, string>> = { metrics: '--metric', by: '--by', x: '--x', baseline: '--baseline', variants: '--variant' };

const given = (v: unknown) => v !== undefined && !(Array.isArray(v) && v.length === 0);

/** Checks a chart type name. */
export function chartType(name: string): ChartType {
  if (!(CHART_TYPES as readonly string[]).includes(name)) throw new ExportError(`--type ${name}: not a chart type (types: ${CHART_TYPES.join(', ')})`);
  return name as ChartType;
}

/**
 * Builds a figure.
 * @throws ExportError for a chart type that needs a sweep given a run result, an option that does not apply, or data missing from the input
 */
export function buildFigure(input: ChartInput, req: FigureRequest): Figure {
  const build = entry(req.type);
  const ofJson = (kind: 'discovery' | 'robust') => CHART_TYPES.filter((t) => (kind === 'discovery' ? entry(t).fromDiscovery : entry(t).fromRobust));
  if (input.kind === 'discovery' || input.kind === 'robust') {
    const types = ofJson(input.kind);
    if (!types.includes(req.type)) throw new ExportError(`${input.path}: the ${input.kind === 'discovery' ? 'result of icsim discover' : 'analysis of icsim robust'} draws --type ${types.join(' or ')}`);
  } else if (!build.fromRun && !build.fromSweep) {
    throw new ExportError(`${input.path}: --type ${req.type} draws the JSON of ${build.fromRobust ? 'icsim robust (FILE.robust.json)' : 'icsim discover --out'}`);
  }
  const applies = input.kind === 'run' ? [] : build.options;
  for (const [k, flag] of Object.entries(FLAG) as Array<[keyof FigureRequest, string]>) {
    if (given(req[k]) && !applies.includes(k)) {
      throw new ExportError(
        input.kind === 'run'
          ? `${input.path}: ${flag} needs sweep results (.ndjson or .csv); this file is a single run result`
          : `${flag} does not apply to --type ${req.type} (it takes ${applies.map((a) => FLAG[a]).join(', ') || 'none of --metric, --by, --x, --baseline, --variant'})`,
      );
    }
  }
  if (input.kind === 'discovery') return build.fromDiscovery!(input, req);
  if (input.kind === 'robust') return build.fromRobust!(input, req);
  if (input.kind === 'run') {
    if (build.fromRun) return build.fromRun(input.result, req);
    throw new ExportError(`${input.path}: --type ${req.type} needs sweep results (.ndjson or .csv from icsim sweep); this file is a single run result (it can draw --type ${RUN_TYPES})`);
  }
  return build.fromSweep!(input, req);
}
