/**
 * `icsim chart` in Node: reads the input, builds the figure, draws it into
 * a linkedom document, serialises the SVG and renders any PNG, and makes
 * the CSV of the data drawn and a JSON manifest with the exact command,
 * all in memory. The caller writes the files only when all of this has
 * succeeded, so a failure leaves no output.
 */
import { existsSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, extname, resolve } from 'node:path';
import { toCsv } from '../charts/csv.ts';
import { serializeSvg } from '../charts/print/index.ts';
import { VERSION } from '../engine/index.ts';
import { buildFigure } from './buildFigure.ts';
import { ExportError } from './ExportError.ts';
import type { Figure, FigureRequest } from './figures/Figure.ts';
import { figureDate, provenanceOf, type Provenance } from './provenance.ts';
import { readInput, type ChartInput } from './readInput.ts';
import { pixelWidth, renderPng } from './renderPng.ts';
import { svgContainer } from './svgDocument.ts';

/** Size of a figure on paper. */
export interface FigureSize {
  /** Width (mm); default 160. */
  widthMm?: number;
  /** Height (mm); default from the chart. */
  heightMm?: number;
}

/** Draws a figure to SVG text in a fresh linkedom document. */
export function figureSvg(fig: Figure, footer: string, size: FigureSize = {}, id = `icsim-${fig.type}`): string {
  const svg = fig.draw(svgContainer(), { widthMm: size.widthMm ?? 160, heightMm: size.heightMm, footer, id });
  return serializeSvg(svg);
}

/** Height (mm) written on an SVG figure. */
export function svgHeightMm(svg: string): number {
  const m = /<svg[^>]* height="([\d.]+)mm"/.exec(svg);
  return m ? Number(m[1]) : NaN;
}

/** A chart to export. */
export interface ChartJob extends FigureSize {
  input: string;
  request: FigureRequest;
  /** Output files, .svg or .png (the CSV and manifest go beside the first). */
  outs: readonly string[];
  /** PNG resolution (default 300). */
  dpi?: number;
  /** Date printed in the footer (YYYY-MM-DD); default as `figureDate`. */
  date?: string;
  /** The command as typed, for the manifest (e.g. ['icsim', 'chart', ...]). */
  command: readonly string[];
}

/** The manifest written beside a figure. */
export interface FigureManifest {
  icsimFigure: 1;
  /** The command as typed. */
  command: string[];
  /** The command with the date pinned: run from `cwd`, it writes the same bytes. */
  reproduce: string[];
  cwd: string;
  icsim: string;
  date: string;
  type: string;
  title: string;
  caption: string;
  input: { path: string; kind: ChartInput['kind']; sha256: string; sweepId: string | null; rows: number };
  provenance: Omit<Provenance, 'footer'> & { footer: string };
  figures: Array<{ path: string; format: 'svg' | 'png'; sha256: string; widthMm: number; heightMm: number; dpi?: number; widthPx?: number }>;
  data: { path: string; sha256: string; rows: number };
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Paths of the CSV and manifest beside the first output (`fig.svg` → `fig.data.csv`, `fig.manifest.json`). */
export function sidecars(out: string): { csv: string; manifest: string } {
  const base = out.slice(0, out.length - extname(out).length);
  return { csv: `${base}.data.csv`, manifest: `${base}.manifest.json` };
}

function checkOuts(outs: readonly string[]): void {
  if (!outs.length) throw new ExportError('--out FILE.svg or FILE.png is required');
  for (const out of outs) {
    if (!/\.(svg|png)$/i.test(out)) throw new ExportError(`--out ${out}: the file name must end in .svg or .png`);
    const dir = dirname(resolve(out));
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new ExportError(`--out ${out}: the folder ${dirname(out)} does not exist`);
  }
}

/** The files of an exported chart, in the order to write them (figures, data, manifest). */
export interface ChartFiles {
  files: Array<{ path: string; bytes: Uint8Array }>;
  manifest: FigureManifest;
}

/** Renders a chart and its side files in memory. */
export function exportChart(job: ChartJob): ChartFiles {
  checkOuts(job.outs);
  const widthMm = job.widthMm ?? 160;
  const dpi = job.dpi ?? 300;
  if (!(widthMm >= 40 && widthMm <= 1000)) throw new ExportError(`--width-mm ${widthMm}: expected a width from 40 to 1000 mm`);
  if (job.heightMm !== undefined && !(job.heightMm >= 30 && job.heightMm <= 1000)) throw new ExportError(`--height-mm ${job.heightMm}: expected a height from 30 to 1000 mm`);
  if (!(dpi >= 50 && dpi <= 1200)) throw new ExportError(`--dpi ${dpi}: expected a resolution from 50 to 1200`);
  if (job.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(job.date)) throw new ExportError(`--date ${job.date}: expected YYYY-MM-DD`);
  const date = figureDate(job.date);

  const input = readInput(job.input);
  const fig = buildFigure(input, job.request);
  const prov = provenanceOf(input, fig.variants, date);
  const svg = figureSvg(fig, prov.footer, { widthMm, heightMm: job.heightMm });
  const heightMm = svgHeightMm(svg);
  const files = job.outs.map((path) => {
    const png = /\.png$/i.test(path);
    const bytes = png ? renderPng(svg, widthMm, dpi) : Buffer.from(svg, 'utf8');
    return { path, png, bytes };
  });
  const csv = toCsv(fig.rows);
  const side = sidecars(job.outs[0]!);

  const command = [...job.command];
  const manifest: FigureManifest = {
    icsimFigure: 1,
    command,
    reproduce: command.includes('--date') || command.some((a) => a.startsWith('--date=')) ? command : [...command, '--date', date],
    cwd: process.cwd(),
    icsim: VERSION,
    date,
    type: fig.type,
    title: fig.title,
    caption: fig.caption,
    input: { path: job.input, kind: input.kind, sha256: input.sha256, sweepId: input.kind === 'sweep' ? input.header.id : null, rows: input.kind === 'sweep' ? input.rows : 1 },
    provenance: prov,
    figures: files.map((f) => ({
      path: f.path,
      format: f.png ? ('png' as const) : ('svg' as const),
      sha256: sha256(f.bytes),
      widthMm,
      heightMm,
      ...(f.png ? { dpi, widthPx: pixelWidth(widthMm, dpi) } : {}),
    })),
    data: { path: side.csv, sha256: sha256(csv), rows: fig.rows.length },
  };
  return {
    files: [...files.map((f) => ({ path: f.path, bytes: f.bytes as Uint8Array })), { path: side.csv, bytes: Buffer.from(csv, 'utf8') }, { path: side.manifest, bytes: Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8') }],
    manifest,
  };
}
