/**
 * Screen and print charts are the same drawing in two styles: drawn from the
 * same data, they have the same elements (frame, legend, axes, ticks, series,
 * bands, lines), and differ only in sizes, type and inks, plus the point
 * marks, which the style decides (see drawSeries.test.ts).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createFrame, drawLegend, lineChart, PRINT_STYLE, SCREEN_STYLE, type LineChartData } from '../../src/charts/index.ts';
import { bandChart } from '../../src/charts/print/index.ts';

function container(): Element {
  const { document } = parseHTML('<!doctype html><html><body><div id="c"></div></body></html>');
  return document.getElementById('c') as unknown as Element;
}

/** The element tree as tag.class names, without attributes or text (point marks, and their samples in the legend, left out). */
function structure(el: Element): string {
  if ((el.getAttribute('class') ?? '') === 'markers') return '';
  if (el.tagName.toLowerCase() === 'path' && el.parentElement?.getAttribute('class') === 'legend-item') return '';
  const kids = [...el.children].map(structure).filter(Boolean);
  return `${el.tagName.toLowerCase()}${el.getAttribute('class') ? `.${el.getAttribute('class')!.replace(/ /g, '.')}` : ''}${kids.length ? `(${kids.join(',')})` : ''}`;
}

const years = ['2024/25', '2025/26', '2026/27', '2027/28'];
const data: LineChartData = {
  labels: years,
  series: [
    { name: 'status quo', values: [2, 3, 4, 5], lower: [1, 2, 3, 4], upper: [3, 4, 5, 6] },
    { name: 'practices employ', values: [4, 5, null, 7], lower: [3, 4, null, 6], upper: [5, 6, null, 8] },
  ],
};
// A domain on which both styles' tick densities (6 on screen, 5 in print) give the same ticks: 0, 2, ..., 10.
const options = { yLabel: 'Beds', title: 'Beds by option', yDomain: [0, 10] as [number, number], id: 'same' };

describe('one chart system in two styles', () => {
  it('the same line chart drawn in screen and print style has the same elements, differing in sizes', () => {
    const screen = lineChart(data, container(), options);
    const print = lineChart(data, container(), { ...options, style: PRINT_STYLE });
    expect(structure(print)).toBe(structure(screen));
    for (const sel of ['g.series', 'path.band', 'path.line', 'g.axis-y .tick', 'g.axis-x .tick', 'g.grid line', 'g.legend-item']) {
      expect(print.querySelectorAll(sel).length, sel).toBe(screen.querySelectorAll(sel).length);
      expect(screen.querySelectorAll(sel).length, sel).toBeGreaterThan(0);
    }
    // Same bands, broken at the same gap.
    const bands = (svg: SVGSVGElement) => [...svg.querySelectorAll('path.band')].map((p) => p.getAttribute('d')!.split('M').length - 1);
    expect(bands(print)).toEqual(bands(screen));
    expect(bands(screen)).toEqual([1, 2]);
    // What differs: sizes, type and stroke widths, from the style.
    expect(screen.getAttribute('font-size')).toBe(String(SCREEN_STYLE.type.base));
    expect(print.getAttribute('font-size')).toBe(String(PRINT_STYLE.type.base));
    expect(screen.querySelector('path.line')!.getAttribute('stroke-width')).toBe(String(SCREEN_STYLE.stroke.line));
    expect(print.querySelector('path.line')!.getAttribute('stroke-width')).toBe(String(PRINT_STYLE.stroke.line));
    expect(print.querySelector('g.axis-y')!.getAttribute('font-size')).toBe(String(PRINT_STYLE.type.tick));
    // ...and the point marks: print marks every value (and shows the marker in the legend), the screen
    // only the one value with no neighbour (the last of 'practices employ'), which no line shows.
    expect(print.querySelectorAll('g.markers path')).toHaveLength(7);
    expect(print.querySelectorAll('g.legend-item path')).toHaveLength(2);
    expect(screen.querySelectorAll('g.markers path')).toHaveLength(1);
    expect(screen.querySelectorAll('g.legend-item path')).toHaveLength(0);
  });

  it('the print band chart draws its series with the same marks as the screen line chart', () => {
    const screen = lineChart(data, container(), options);
    const print = bandChart({ x: years, series: data.series }, container(), { xLabel: 'Financial year', yLabel: 'Beds', yDomain: [0, 10], id: 'band' });
    const series = (svg: SVGSVGElement) => [...svg.querySelectorAll('g.series')].map((g) => structure(g));
    expect(series(print)).toEqual(series(screen));
    expect(print.querySelectorAll('g.axis-y .tick')).toHaveLength(screen.querySelectorAll('g.axis-y .tick').length);
    expect(print.querySelectorAll('g.legend-item')).toHaveLength(2);
    // Same colours and the same dash rule's first pattern; the legend samples show bands in both.
    expect([...print.querySelectorAll('path.line')].map((p) => p.getAttribute('stroke'))).toEqual([...screen.querySelectorAll('path.line')].map((p) => p.getAttribute('stroke')));
    expect(screen.querySelectorAll('g.legend-item rect')).toHaveLength(2);
    expect(print.querySelectorAll('g.legend-item rect')).toHaveLength(2);
  });

  it('frame and legend scale with the style: a heading, caption and footer in px on screen, in pt in print', () => {
    const layout = { kind: 'chart-test', width: 400, title: 'A title', caption: 'A caption.', footer: 'Source: test', defaultDescription: 'd', inner: { top: 4, right: 4, bottom: 4, left: 4 }, contentHeight: 100 };
    const items = [
      { label: 'one', colour: '#0072B2' },
      { label: 'two', colour: '#E69F00', shape: 'swatch' as const },
    ];
    const frames = [SCREEN_STYLE, PRINT_STYLE].map((s) => {
      const f = createFrame(container(), layout, s);
      drawLegend(f.svg, items, f.pad, f.legendY, f.width - 2 * f.pad, s);
      return f;
    });
    const [screen, print] = frames.map((f) => f.svg.node()!);
    expect(structure(print!)).toBe(structure(screen!));
    expect(screen!.querySelector('text.chart-title')!.getAttribute('font-size')).toBe('14');
    expect(print!.querySelector('text.chart-title')!.getAttribute('font-size')).toBe('10');
    // The same content height under a taller heading and footer on screen.
    expect(frames[0]!.height).toBeGreaterThan(frames[1]!.height);
  });
});
