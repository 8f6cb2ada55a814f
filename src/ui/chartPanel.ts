/**
 * A figure on the page holding one chart, with SVG, PNG and CSV downloads.
 * Redraws go through the page's {@link ChartQueue}, which draws a single
 * chart per task; a panel keeps only its latest content, so a fast stream
 * of batches never queues up drawing work.
 */
import { toCsv } from '../charts/index.ts';
import type { ChartQueue } from './chartQueue.ts';
import { h } from './dom.ts';
import { download, fileName, svgText, svgToPng } from './exporters.ts';
import { csvWithProvenance, svgWithProvenance } from './exportProvenance.ts';

/** Charts narrower than this (px) are drawn taller. */
const NARROW = 520;

/** What a panel draws: a chart function bound to current data, and its rows. */
export interface PanelContent {
  draw: (host: Element, size: { width: number; height: number }) => SVGSVGElement;
  /**
   * Optional: updates the SVG shown (drawn by `draw` at this size) in place
   * and returns true, or returns false when it must be redrawn. Streaming
   * charts use it so that each batch rewrites only what changed.
   */
  update?: (svg: SVGSVGElement, size: { width: number; height: number }) => boolean;
  rows: () => Array<Record<string, unknown>>;
}

/** One chart figure. */
export class ChartPanel {
  readonly el: HTMLElement;
  private readonly host: HTMLDivElement;
  private content: PanelContent | null = null;
  private pending = false;
  private svg: SVGSVGElement | null = null;
  /** Width the SVG shown was drawn at. */
  private svgWidth = 0;
  private lastDraw = -Infinity;
  private width = 0;
  /** Called after each draw that had content. */
  onDrawn: (() => void) | null = null;
  /** Where the chart's data came from (scenario, hash, seeds, version, date), written into every export. */
  provenance: (() => string) | null = null;

  constructor(
    /** The page's queue of redraws. */
    private readonly queue: ChartQueue,
    readonly id: string,
    readonly title: string,
    private readonly height = 320,
  ) {
    this.host = h('div', { class: 'chart-host', id: `${id}-host` });
    const btn = (label: string, what: string, fn: () => void | Promise<void>) =>
      h('button', { type: 'button', class: 'small', 'data-export': what, 'aria-label': `Download "${title}" as ${label}`, onclick: () => void fn() }, label);
    this.el = h(
      'figure',
      { class: 'panel chart-panel', id, hidden: true, 'data-chart': id },
      // The heading is HTML so that it wraps on a narrow screen; the SVG keeps its own title for exports.
      h('h3', { class: 'chart-heading', 'aria-hidden': 'true' }, title),
      this.host,
      h(
        'figcaption',
        { class: 'exports' },
        btn('SVG', 'svg', () => this.exportSvg()),
        btn('PNG', 'png', () => this.exportPng()),
        btn('CSV', 'csv', () => this.exportCsv()),
      ),
    );
    let resizeTimer = 0;
    new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? 0);
      if (!w || w === this.width) return;
      this.width = w;
      // Redraw at the new size (debounced while a window is being resized).
      clearTimeout(resizeTimer);
      if (this.content && this.svg && this.svgWidth !== w) resizeTimer = window.setTimeout(() => this.drawNow(), 150);
    }).observe(this.host);
  }

  /**
   * Shows the panel with new content, drawn on a later frame: at most one
   * draw per `minIntervalMs` (streaming runs), the latest content wins.
   */
  set(content: PanelContent | null, minIntervalMs = 0): void {
    this.content = content;
    if (!content) {
      this.el.hidden = true;
      this.queue.delete(this);
      return;
    }
    // A hidden panel is shown when its chart is drawn, so the page is laid out once, with the chart in it.
    if (this.el.hidden && !this.svg) {
      this.queue.add(this);
      return;
    }
    this.el.hidden = false;
    if (this.pending) return;
    const wait = Math.max(0, this.lastDraw + minIntervalMs - performance.now());
    if (wait <= 0) return this.queue.add(this);
    this.pending = true;
    setTimeout(() => {
      this.pending = false;
      this.queue.add(this);
    }, wait);
  }

  /** Puts page controls (e.g. a series chooser) above the chart. */
  setControls(el: HTMLElement): void {
    this.el.insertBefore(el, this.el.firstChild);
  }

  /** Draws immediately (a draw already queued is then not needed). */
  drawNow(): void {
    this.queue.delete(this);
    if (!this.content) return;
    this.lastDraw = performance.now();
    // The host's width is watched; it is read here only before the first report (a hidden panel has none),
    // so a chart is drawn at its panel's width from the start.
    if (this.el.hidden) this.el.hidden = false;
    if (!this.width) this.width = Math.round(this.host.getBoundingClientRect().width);
    const width = Math.max(240, Math.min(1600, this.width || 640));
    // On a phone the legend wraps onto more rows: a taller chart keeps the plot (and its axis title) readable.
    const size = { width, height: width < NARROW ? Math.round(this.height * 1.4) : this.height };
    if (this.svg && this.svgWidth === width && this.svg.parentNode === this.host && this.content.update?.(this.svg, size)) {
      this.onDrawn?.();
      return;
    }
    const next = document.createElement('div');
    const svg = this.content.draw(next, size);
    this.host.replaceChildren(...next.childNodes);
    this.svg = svg;
    this.svgWidth = width;
    this.el.hidden = false;
    this.onDrawn?.();
  }

  /** Queues a draw of the latest content now, ignoring the throttle (e.g. when a run ends). */
  flush(): void {
    if (this.content) this.queue.add(this);
  }

  /** The SVG currently shown. */
  current(): SVGSVGElement | null {
    return this.svg;
  }

  /** The SVG shown with its provenance (metadata and a footer), when there is one. */
  private exported(): SVGSVGElement | null {
    if (!this.svg) return null;
    const prov = this.provenance?.();
    return prov ? svgWithProvenance(this.svg, prov) : this.svg;
  }

  private exportSvg(): void {
    const svg = this.exported();
    if (svg) download(fileName(this.title, 'svg'), new Blob([svgText(svg)], { type: 'image/svg+xml' }));
  }

  private async exportPng(): Promise<void> {
    const svg = this.exported();
    const prov = this.provenance?.();
    if (svg) download(fileName(this.title, 'png'), await svgToPng(svg, 2, [['Title', this.title], ['Software', 'icsim'], ...(prov ? ([['Source', prov]] as Array<[string, string]>) : [])]));
  }

  private exportCsv(): void {
    if (!this.content) return;
    const csv = toCsv(this.content.rows());
    const prov = this.provenance?.();
    download(fileName(this.title, 'csv'), new Blob([prov ? csvWithProvenance(csv, prov) : csv], { type: 'text/csv' }));
  }
}
