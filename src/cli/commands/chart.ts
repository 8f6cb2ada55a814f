/** `icsim chart`: a print-ready figure (SVG or PNG) from a run result or a sweep, with its data as CSV and a manifest. */
import { CHART_TYPE_LIST, chartType, chartTypesHelp } from '../../export/buildFigure.ts';
import { ExportError } from '../../export/ExportError.ts';
import { exportChart } from '../../export/exportChart.ts';
import { readInput } from '../../export/readInput.ts';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { ioError } from '../ioError.ts';
import { EXIT } from '../exitCodes.ts';
import { checkComplete } from '../checkComplete.ts';
import type { Command } from '../command.ts';
import { CliError } from '../CliError.ts';
import { writeAtomic } from '../writeAtomic.ts';
import { parseCommandArgs } from '../parseCommandArgs.ts';
import { requireReadable } from '../requireReadable.ts';

const help = `Usage: icsim chart INPUT --type TYPE --out FILE.svg|FILE.png [options]

Draws a figure for a board paper from INPUT, a run result (.json from
icsim run --out) or sweep results (.ndjson or .csv from icsim sweep): sized
in millimetres, type of 7 pt and up, a colour-blind-safe palette with dashes,
markers and hatching that also read in greyscale, a title, axis titles with
units, a caption line and a provenance footer (model file and hash, variants,
seeds, replications, icsim version, date). Beside the first --out it writes
FILE.data.csv (the numbers drawn) and FILE.manifest.json (the exact command,
hashes of input and outputs). Nothing is written if anything fails.

Types:
${chartTypesHelp()}

Options:
  --type TYPE        one of the types above (required)
  --out FILE         .svg or .png (repeatable: one command, several formats)
  --metric NAME      metric by its sweep column, e.g. gpInfluence,
                     outcomes.deficit, systemBalance (options: repeatable,
                     default a set of headline measures; response and
                     heatmap: default gpInfluence)
  --x PATH           swept parameter on the x axis (response, heatmap;
                     default the first varied path)
  --by PATH          second swept parameter: one line per value (response,
                     influence, devolution), the y axis (heatmap)
  --baseline NAME    variant the options are compared with (default "base",
                     or the sweep's first variant)
  --variant NAME     show only this variant (repeatable; heatmap needs one)
  --title TEXT       title (default per type)
  --caption TEXT     caption line (default: says what lines, bands, bars are)
  --x-label TEXT     x-axis title with its unit
  --y-label TEXT     y-axis title with its unit
  --width-mm N       width on paper (default 160, A4 text width)
  --height-mm N      height on paper (default from the chart)
  --dpi N            PNG resolution (default 300)
  --date YYYY-MM-DD  date in the footer (default SOURCE_DATE_EPOCH or today)
  --allow-incomplete draw a sweep with failed or missing runs (they are
                     always reported on stderr; without this the chart is
                     refused)
  -h, --help         show this help

Examples:
  icsim chart sweep.ndjson --type options --baseline status-quo-plus --out options.png
  icsim chart sweep.ndjson --type response --x governance.devolution.share --by governance.gp.mode --out response.svg
`;

function numberOption(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!/^\d+(\.\d+)?$/.test(v) || !Number.isFinite(n)) throw new CliError(`--${name} ${v}: expected a positive number`);
  return n;
}

export const chartCommand: Command = {
  name: 'chart',
  help,
  async run(args) {
    const parsed = parseCommandArgs(
      args,
      {
        type: { type: 'string' },
        out: { type: 'string', multiple: true, default: [] },
        metric: { type: 'string', multiple: true, default: [] },
        x: { type: 'string' },
        by: { type: 'string' },
        baseline: { type: 'string' },
        variant: { type: 'string', multiple: true, default: [] },
        title: { type: 'string' },
        caption: { type: 'string' },
        'x-label': { type: 'string' },
        'y-label': { type: 'string' },
        'width-mm': { type: 'string' },
        'height-mm': { type: 'string' },
        dpi: { type: 'string' },
        date: { type: 'string' },
        'allow-incomplete': { type: 'boolean', default: false },
      },
      help,
    );
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    if (positionals.length !== 1) throw new CliError(`chart takes one INPUT file (a run result .json, a sweep .ndjson/.csv, or the JSON of icsim discover or icsim robust); got ${positionals.length}`);
    if (!values.type) throw new CliError(`--type is required (${CHART_TYPE_LIST})`);
    if (!values.out?.length) throw new CliError('--out FILE.svg or FILE.png is required');
    requireReadable(positionals[0]!);
    try {
      // A figure of a sweep with runs failed or missing would quietly show a different sample: say so, and draw it only when asked.
      for (const out of values.out) {
        const dir = dirname(out);
        if (!existsSync(dir)) throw ioError(Object.assign(new Error('ENOENT'), { code: 'ENOENT', syscall: 'open' }), `cannot write the file (the folder ${dir} does not exist)`, out);
      }
      checkComplete(readInput(positionals[0]!), values['allow-incomplete'], 'chart');
      const { files, manifest } = exportChart({
        input: positionals[0]!,
        request: {
          type: chartType(values.type),
          metrics: values.metric,
          x: values.x,
          by: values.by,
          baseline: values.baseline,
          variants: values.variant,
          title: values.title,
          caption: values.caption,
          xLabel: values['x-label'],
          yLabel: values['y-label'],
        },
        outs: values.out,
        widthMm: numberOption('width-mm', values['width-mm']),
        heightMm: numberOption('height-mm', values['height-mm']),
        dpi: numberOption('dpi', values.dpi),
        date: values.date,
        command: ['icsim', 'chart', ...args],
      });
      for (const f of files) writeAtomic(f.path, f.bytes);
      const fig = manifest.figures[0]!;
      process.stdout.write(
        `${manifest.figures.map((f) => f.path).join(', ')}: ${manifest.title} (${fig.widthMm} x ${fig.heightMm} mm${manifest.figures.some((f) => f.dpi) ? `, ${fig.dpi ?? manifest.figures.find((f) => f.dpi)!.dpi} dpi` : ''}); ` +
          `data ${manifest.data.path}, manifest ${files[files.length - 1]!.path}\n`,
      );
      return 0;
    } catch (e) {
      if (e instanceof ExportError) throw new CliError(e.message, EXIT.badInput);
      throw e;
    }
  },
};
