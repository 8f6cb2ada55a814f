/** Shared by the print chart tests: a linkedom container, the canonical SVG text, and a fixed footer. */
import { parseHTML } from 'linkedom';
import { serializeSvg } from '../../../src/charts/print/index.ts';

/** A fresh detached container. */
export function container(): Element {
  const { document } = parseHTML('<!doctype html><html><body><div id="c"></div></body></html>');
  return document.getElementById('c') as unknown as Element;
}

/** The SVG text compared with the stored snapshot. */
export const text = (svg: SVGSVGElement) => serializeSvg(svg);

/** A provenance footer with a fixed date, so snapshots do not change from day to day. */
export const FOOTER = 'Source: models/test.json (sha256 0123456789ab) \u00b7 sweep 0000000000000000 \u00b7 variants a, b, c \u00b7 seeds 1:0 to 1:9 \u00b7 10 replications \u00b7 icsim 0.0.0 \u00b7 drawn 2000-01-01';

export const YEARS = ['2024/25', '2025/26', '2026/27', '2027/28'];
