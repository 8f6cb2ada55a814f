/** Builds the figure of a chart type from a run result or a sweep, refusing an input of the wrong kind or options that do not apply. */
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
import type { ChartInput } from './readInput.ts';

/** Options each chart type takes from a sweep (a run result takes none). */
const APPLIES: Record<ChartType, ReadonlyArray<keyof FigureRequest>> = {
  influence: ['by', 'variants'],
  outcomes: ['variants'],
  devolution: ['by', 'variants'],
  options: ['metrics', 'baseline', 'variants'],
  response: ['metrics', 'by', 'x', 'variants'],
  heatmap: ['metrics', 'by', 'x', 'variants'],
  morris: ['metrics'],
  sobol: ['metrics'],
  tradeoff: [],
  box: [],
  regret: ['metrics'],
};

/** The chart types of the JSON of icsim discover and icsim robust. */
const OF_JSON = { discovery: ['tradeoff', 'box'], robust: ['regret'] } as const;

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
  if (input.kind === 'discovery' || input.kind === 'robust') {
    const types: readonly ChartType[] = OF_JSON[input.kind];
    if (!types.includes(req.type)) throw new ExportError(`${input.path}: the ${input.kind === 'discovery' ? 'result of icsim discover' : 'analysis of icsim robust'} draws --type ${types.join(' or ')}`);
    for (const [k, flag] of Object.entries(FLAG) as Array<[keyof FigureRequest, string]>) {
      if (given(req[k]) && !APPLIES[req.type].includes(k)) throw new ExportError(`${flag} does not apply to --type ${req.type}`);
    }
    if (input.kind === 'robust') return regretFigure(input, req);
    return req.type === 'tradeoff' ? tradeoffFigure(input, req) : boxFigure(input, req);
  }
  if ((Object.values(OF_JSON) as ReadonlyArray<readonly string[]>).some((t) => t.includes(req.type))) {
    throw new ExportError(`${input.path}: --type ${req.type} draws the JSON of ${req.type === 'regret' ? 'icsim robust (FILE.robust.json)' : 'icsim discover --out'}`);
  }
  const applies = input.kind === 'run' ? [] : APPLIES[req.type];
  for (const [k, flag] of Object.entries(FLAG) as Array<[keyof FigureRequest, string]>) {
    if (given(req[k]) && !applies.includes(k)) {
      throw new ExportError(
        input.kind === 'run'
          ? `${input.path}: ${flag} needs sweep results (.ndjson or .csv); this file is a single run result`
          : `${flag} does not apply to --type ${req.type} (it takes ${applies.map((a) => FLAG[a]).join(', ') || 'none of --metric, --by, --x, --baseline, --variant'})`,
      );
    }
  }
  if (input.kind === 'run') {
    if (req.type === 'influence') return influenceFromRun(input.result, req);
    if (req.type === 'outcomes') return outcomesFromRun(input.result, req);
    if (req.type === 'devolution') return devolutionFromRun(input.result, req);
    throw new ExportError(`${input.path}: --type ${req.type} needs sweep results (.ndjson or .csv from icsim sweep); this file is a single run result (it can draw --type influence, outcomes or devolution)`);
  }
  switch (req.type) {
    case 'influence':
      return influenceFromSweep(input, req);
    case 'outcomes':
      return outcomesFromSweep(input, req);
    case 'devolution':
      return devolutionFromSweep(input, req);
    case 'options':
      return optionsFigure(input, req);
    case 'response':
      return responseFigure(input, req);
    case 'heatmap':
      return heatmapFigure(input, req);
    case 'morris':
      return morrisFigure(input, req);
    case 'sobol':
      return sobolFigure(input, req);
    default:
      throw new ExportError(`--type ${req.type}: not drawn from a sweep`);
  }
}
