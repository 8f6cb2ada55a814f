import { describe, expect, it } from 'vitest';
import { serializeSvg } from '../../../src/charts/print/index.ts';
import { container } from './helpers.ts';

describe('serializeSvg', () => {
  it('sorts attributes, self-closes empty elements, escapes text and keeps text inline', () => {
    const c = container();
    const doc = c.ownerDocument;
    const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('width', '10');
    svg.setAttribute('height', '5');
    const g = doc.createElementNS('http://www.w3.org/2000/svg', 'g');
    const r = doc.createElementNS('http://www.w3.org/2000/svg', 'rect');
    r.setAttribute('y', '1');
    r.setAttribute('x', '2');
    const t = doc.createElementNS('http://www.w3.org/2000/svg', 'text');
    t.textContent = 'A & B < "C"';
    g.append(r, t);
    svg.append(g);
    c.append(svg);
    expect(serializeSvg(svg)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<svg height="5" width="10" xmlns="http://www.w3.org/2000/svg">\n  <g>\n    <rect x="2" y="1"/>\n    <text>A &amp; B &lt; "C"</text>\n  </g>\n</svg>\n',
    );
  });
});
