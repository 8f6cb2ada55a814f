/** `icsim report`: a self-contained HTML appendix for a board paper (appraisal table and figures), and a PDF when Chromium is available. */
import { ExportError } from '../../export/ExportError.ts';
import { figureDate } from '../../export/provenance.ts';
import { readInput } from '../../export/readInput.ts';
import { buildReport } from '../../export/report/buildReport.ts';
import { CHROMIUM, printPdf } from '../../export/report/printPdf.ts';
import type { Command } from '../command.ts';
import { CliError } from '../CliError.ts';
import { checkComplete } from '../checkComplete.ts';
import { EXIT } from '../exitCodes.ts';
import { writeAtomic } from '../writeAtomic.ts';
import { parseCommandArgs } from '../parseCommandArgs.ts';
import { requireReadable } from '../requireReadable.ts';

const help = `Usage: icsim report INPUT --out FILE.html [options]

Writes one self-contained HTML page (styles and SVG figures inline, no
external resources) for a board-paper appendix. From a sweep of two or more
variants: the options appraisal table (means, and differences from the
baseline paired by replication, with 95% intervals) and the forest plot; GP
influence over time and outcomes per year; for a sweep that varies
parameters, the response curve (and heatmap). From a run result: its GP
influence and outcome figures. Also FILE.pdf (A4) when Chromium is found at
${CHROMIUM}; otherwise the PDF is skipped with a note.

Options:
  --out FILE.html    output page (required)
  --baseline NAME    variant the options are compared with (default "base",
                     or the sweep's first variant)
  --metric NAME      outcome measure for the appraisal (repeatable; default
                     a set of headline measures)
  --conditions FILE  the JSON of icsim discover --out or of icsim robust
                     (FILE.robust.json): adds a section "Conditions and
                     robustness" with the box, the regret table and their
                     figures (repeatable)
  --title TEXT       page title
  --date YYYY-MM-DD  date in the provenance (default SOURCE_DATE_EPOCH or today)
  --no-pdf           do not write the PDF
  --allow-incomplete use a sweep with failed or missing runs (they are
                     always reported on stderr; without this it is refused)
  -h, --help         show this help
`;

export const reportCommand: Command = {
  name: 'report',
  help,
  async run(args) {
    const parsed = parseCommandArgs(
      args,
      {
        out: { type: 'string' },
        baseline: { type: 'string' },
        metric: { type: 'string', multiple: true, default: [] },
        title: { type: 'string' },
        conditions: { type: 'string', multiple: true, default: [] },
        date: { type: 'string' },
        'no-pdf': { type: 'boolean', default: false },
        'allow-incomplete': { type: 'boolean', default: false },
      },
      help,
    );
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    if (positionals.length !== 1) throw new CliError(`report takes one INPUT file (a sweep .ndjson/.csv or a run result .json); got ${positionals.length}`);
    const out = values.out;
    if (!out) throw new CliError('--out FILE.html is required');
    if (!/\.html?$/i.test(out)) throw new CliError(`--out ${out}: the file name must end in .html`);
    if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new CliError(`--date ${values.date}: expected YYYY-MM-DD`);
    requireReadable(positionals[0]!);
    let report;
    try {
      const input = readInput(positionals[0]!);
      checkComplete(input, values['allow-incomplete'], 'report');
      const conditions = values.conditions.map((f) => {
        const c = readInput(f);
        if (c.kind !== 'discovery' && c.kind !== 'robust') throw new ExportError(`--conditions ${f}: expected the JSON of icsim discover --out or icsim robust (FILE.robust.json)`);
        return c;
      });
      report = buildReport(input, {
        baseline: values.baseline,
        metrics: values.metric,
        title: values.title,
        conditions,
        date: figureDate(values.date),
        command: ['icsim', 'report', ...args],
      });
    } catch (e) {
      if (e instanceof ExportError) throw new CliError(e.message, EXIT.badInput);
      throw e;
    }
    const pdfPath = out.replace(/\.html?$/i, '.pdf');
    const pdf = values['no-pdf'] ? null : await printPdf(report.html);
    writeAtomic(out, report.html);
    if (pdf) writeAtomic(pdfPath, pdf);
    process.stdout.write(
      `${out}: ${report.figures.length} figures (${report.figures.join(', ')})${report.appraisal ? `, appraisal of ${report.appraisal.options.length} options against ${report.appraisal.baseline} on ${report.appraisal.measures.length} measures` : ''}\n` +
        (values['no-pdf'] ? '' : pdf ? `${pdfPath}: A4 PDF\n` : `(no PDF: Chromium not found at ${CHROMIUM})\n`),
    );
    return 0;
  },
};
