/**
 * The board-paper appendix: one self-contained HTML page (styles and SVG
 * figures inline, no external resources) with the options appraisal table
 * and its figures, the provenance of the data, and the command that made it.
 */
import { estimateText } from '../../charts/print/index.ts';
import { findMetric } from '../../engine/light.ts';
import { buildFigure } from '../buildFigure.ts';
import { clipToBounds } from '../clipToBounds.ts';
import { figureSvg } from '../exportChart.ts';
import { ExportError } from '../ExportError.ts';
import { appraise, type Appraisal } from '../figures/appraise.ts';
import type { Figure, FigureRequest } from '../figures/Figure.ts';
import { provenanceOf } from '../provenance.ts';
import type { ChartInput, DiscoveryInput, RobustInput } from '../readInput.ts';
import { conditionsHtml } from './conditionsHtml.ts';

/** What the report is asked for. */
export interface ReportOptions {
  baseline?: string;
  metrics?: readonly string[];
  title?: string;
  date: string;
  widthMm?: number;
  /** The command as typed. */
  command: readonly string[];
  /** Results of icsim discover and icsim robust, shown in a section "Conditions and robustness". */
  conditions?: ReadonlyArray<DiscoveryInput | RobustInput>;
}

/** The report page and what went into it. */
export interface Report {
  html: string;
  figures: string[];
  appraisal: Appraisal | null;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A level's interval within its metric's bounds (the registry's: a count is
 * never below 0, a share lies in [0, 1]), and whether it had to be clipped:
 * with few replications Student's t reaches past them.
 */
export function clipLevel(metric: string, ciLow: number, ciHigh: number): { ciLow: number; ciHigh: number; clipped: boolean } {
  const found = findMetric(metric);
  if (!found || !Number.isFinite(ciLow) || !Number.isFinite(ciHigh)) return { ciLow, ciHigh, clipped: false };
  const c = clipToBounds(ciLow, ciHigh, [found.metric.bounds[0], found.metric.bounds[1]]);
  return { ciLow: c.lower, ciHigh: c.upper, clipped: c.clipped };
}

function tableHtml(a: Appraisal): string {
  const rows: string[] = [];
  let clippedAny = false;
  for (const m of a.measures) {
    const n = 1 + m.options.length;
    // The mean and its interval each kept whole, the interval on a line of its own when the column is narrow.
    const cell = (d: { mean: number; ciLow: number; ciHigh: number; n: number }, clipped = false) => {
      const text = estimateText({ name: '', mean: d.mean * m.scale, lower: d.ciLow * m.scale, upper: d.ciHigh * m.scale, n: d.n }, m.format);
      const at = text.indexOf(' (');
      const interval = clipped ? text.slice(at + 1).replace(/\)$/, '*)') : text.slice(at + 1);
      return at < 0 ? `<span>${esc(text)}</span>` : `<span>${esc(text.slice(0, at))}</span> <span>${esc(interval)}</span>`;
    };
    // An option's own level is clipped to the metric's bounds (marked *); a difference is not (it may be either sign).
    const level = (d: { mean: number; ciLow: number; ciHigh: number; n: number }) => {
      const c = clipLevel(m.metric, d.ciLow, d.ciHigh);
      clippedAny ||= c.clipped;
      return cell({ ...d, ciLow: c.ciLow, ciHigh: c.ciHigh }, c.clipped);
    };
    rows.push(
      `<tr class="first"><th scope="rowgroup" rowspan="${n}">${esc(m.label)}</th><td class="opt">${esc(a.baseline)} (baseline)</td><td class="num">${level(m.baseline)}</td><td class="num">\u2013</td><td class="num">${m.baseline.n}</td></tr>`,
    );
    for (const o of m.options) {
      const clear = Number.isFinite(o.diff.ciLow) && (o.diff.ciLow > 0 || o.diff.ciHigh < 0);
      rows.push(`<tr><td class="opt">${esc(o.variant)}</td><td class="num">${level(o.level)}</td><td class="num${clear ? ' clear' : ''}">${cell(o.diff)}</td><td class="num">${o.diff.n}</td></tr>`);
    }
  }
  return `<table class="appraisal">
<caption>Options appraisal against ${esc(a.baseline)}: means across replications and differences from the baseline paired by replication, with 95% confidence intervals (Student's t). Differences in bold have intervals that exclude zero; n is the number of runs of an option (pairs of runs for a difference).</caption>
<thead><tr><th scope="col">Measure</th><th scope="col">Option</th><th scope="col">Mean (95% CI)</th><th scope="col">Difference from ${esc(a.baseline)} (95% CI)</th><th scope="col" title="runs of the option; pairs of runs for a difference">n</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>${clippedAny ? `\n<p class="note">* An interval clipped at its metric's bound: a count is never below 0 and a share lies between 0 and 1 (with few replications, Student's t reaches past them).</p>` : ''}${a.unchanged.length ? `\n<p class="note">Not shown because no option differed from the baseline in any replication: ${a.unchanged.map(esc).join(', ')}.</p>` : ''}`;
}

const STYLE = `
@page { size: A4; margin: 20mm 25mm; }
html { font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 9pt; color: #1a1a1a; background: #fff; }
body { margin: 0 auto; max-width: 160mm; padding: 10mm 0; }
h1 { font-size: 14pt; margin: 0 0 2mm; }
h2 { font-size: 11pt; margin: 8mm 0 2mm; break-after: avoid; }
p { margin: 0 0 2mm; line-height: 1.35; }
p.provenance, p.note, p.command { color: #4d4d4d; font-size: 7.5pt; }
.command code { font-family: 'DejaVu Sans Mono', monospace; word-break: break-all; }
table.appraisal { border-collapse: collapse; width: 100%; font-size: 7.5pt; margin: 2mm 0; }
table.appraisal caption { caption-side: top; text-align: left; font-size: 7.5pt; color: #4d4d4d; padding-bottom: 1.5mm; }
table.appraisal th, table.appraisal td { padding: 0.8mm 1.5mm; text-align: left; vertical-align: top; border-bottom: 0.25pt solid #ddd; }
table.appraisal thead th { border-bottom: 0.75pt solid #1a1a1a; }
table.appraisal tr.first > * { border-top: 0.75pt solid #999; }
table.appraisal td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.appraisal td.num span { white-space: nowrap; }
table.appraisal td.clear { font-weight: bold; }
table.appraisal td.opt { overflow-wrap: anywhere; }
tr { break-inside: avoid; }
figure { margin: 4mm 0; break-inside: avoid; }
figure svg { display: block; max-width: 100%; height: auto; }
`;

/** Builds the report page from a sweep (appraisal, table and figures) or a run result (its figures). */
export function buildReport(input: ChartInput, o: ReportOptions): Report {
  if (input.kind === 'discovery' || input.kind === 'robust') {
    throw new ExportError(`${input.path}: a report is made from a sweep or a run result; add this file to it with --conditions ${input.path}`);
  }
  const figures: Array<{ id: string; fig: Figure }> = [];
  let appraisal: Appraisal | null = null;
  const add = (id: string, req: FigureRequest) => figures.push({ id, fig: buildFigure(input, req) });
  if (input.kind === 'sweep') {
    const h = input.header;
    if (h.variants.length < 2 && !h.paths.length) {
      throw new ExportError(`${input.path}: a report needs a sweep of two or more variants (an options appraisal) or one that varies a parameter; this sweep has one variant and varies nothing`);
    }
    if (h.variants.length >= 2) {
      appraisal = appraise(input, { baseline: o.baseline, metrics: o.metrics });
      add('options', { type: 'options', baseline: appraisal.baseline, metrics: o.metrics });
    } else if (o.baseline !== undefined) throw new ExportError(`${input.path}: --baseline ${o.baseline}: this sweep has only one variant (${h.variants[0]})`);
    add('influence', { type: 'influence' });
    add('outcomes', { type: 'outcomes' });
    if (h.paths.length) {
      const [x, by] = h.paths;
      add('response', { type: 'response', x, ...(by ? { by } : {}) });
      if (by && h.variants.length === 1) add('heatmap', { type: 'heatmap', x, by });
    }
  } else {
    if (o.baseline !== undefined || o.metrics?.length) throw new ExportError(`${input.path}: --baseline and --metric need sweep results (.ndjson or .csv); this file is a single run result`);
    add('influence', { type: 'influence' });
    add('outcomes', { type: 'outcomes' });
  }
  const variants = input.kind === 'sweep' ? input.header.variants : [input.result.meta.scenario];
  const prov = provenanceOf(input, variants, o.date);
  const svgs = figures.map(({ id, fig }) => figureSvg(fig, prov.footer, { widthMm: o.widthMm ?? 160 }, `report-${id}`).replace(/^<\?xml[^>]*>\n/, ''));
  const model = input.kind === 'sweep' ? input.header.model : input.result.meta.scenario;
  const title = o.title ?? (appraisal ? `Options appraisal: ${model}` : `Simulation results: ${model}`);
  const intro =
    input.kind === 'sweep'
      ? `${input.rows} simulation runs of ${esc(model)}${input.header.sets?.length ? ` (with ${input.header.sets.map(esc).join('; ')})` : ''}: ${input.header.variants.length} ${input.header.variants.length === 1 ? 'option' : 'options'} (${input.header.variants.map(esc).join(', ')})` +
        `${input.header.paths.length ? `, varying ${input.header.vary.map(esc).join('; ')}` : ''}, ${input.header.reps} replications each with common random numbers.`
      : `One simulation run of ${esc(model)}, seed ${esc(String(input.result.meta.seed))}, ${input.result.meta.years} year${input.result.meta.years === 1 ? '' : 's'}.`;
  const html = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="icsim ${esc(prov.icsim)}">
<link rel="icon" href="data:,">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${esc(title)}</h1>
<p>${intro}</p>
<p class="provenance">${esc(prov.footer)}</p>
${appraisal ? `<h2>Appraisal table</h2>\n${tableHtml(appraisal)}\n` : ''}<h2>Figures</h2>
${svgs.map((svg, i) => `<figure id="figure-${figures[i]!.id}">\n${svg}</figure>`).join('\n')}
${o.conditions?.length ? conditionsHtml(o.conditions, { date: o.date, widthMm: o.widthMm ?? 160 }) : ''}
<h2>How this was made</h2>
<p class="command">Command: <code>${esc(o.command.join(' '))}</code>. Input ${esc(input.path)}, sha256 <code>${input.sha256}</code>. Each figure can be drawn on its own, with its data as CSV, by <code>icsim chart ${esc(input.path)} --type TYPE --out FILE.svg</code>.</p>
</body>
</html>
`;
  return { html, figures: [...figures.map((f) => f.id), ...(o.conditions ?? []).flatMap((c, i) => (c.kind === 'discovery' ? [`box-${i}`, `tradeoff-${i}`] : [`regret-${i}`]))], appraisal };
}
