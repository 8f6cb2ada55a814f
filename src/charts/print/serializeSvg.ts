/**
 * SVG text of a chart that is the same in every DOM: attributes sorted by
 * name, empty elements self-closed, one element per line (indented by
 * depth) unless it holds text. Browsers keep attributes in insertion order
 * and linkedom reverses them, so `outerHTML` or `XMLSerializer` would give
 * different bytes for the same picture; this gives the same bytes, so the
 * browser's export and `icsim chart` can be compared file for file.
 */

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

function write(node: Node, depth: number, out: string[], extra: ReadonlyArray<[string, string]> = []): void {
  const el = node as Element;
  const name = el.localName ?? el.nodeName.toLowerCase();
  const attrs: Array<[string, string]> = [...extra];
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes[i]!;
    // An attribute set both with and without its namespace (xmlns) is written once.
    if (!attrs.some(([k]) => k === a.name)) attrs.push([a.name, a.value]);
  }
  attrs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const open = `<${name}${attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('')}`;
  const kids = [...el.childNodes].filter((c) => c.nodeType === ELEMENT || c.nodeType === TEXT || c.nodeType === CDATA);
  const indent = '  '.repeat(depth);
  if (!kids.length) {
    out.push(`${indent}${open}/>`);
    return;
  }
  if (kids.some((c) => c.nodeType !== ELEMENT)) {
    // Mixed or text content: inline, so no whitespace is added to the text.
    out.push(`${indent}${open}>${kids.map(inline).join('')}</${name}>`);
    return;
  }
  out.push(`${indent}${open}>`);
  for (const c of kids) write(c, depth + 1, out);
  out.push(`${indent}</${name}>`);
}

function inline(node: Node): string {
  if (node.nodeType !== ELEMENT) return escapeText(node.nodeValue ?? '');
  const out: string[] = [];
  write(node, 0, out);
  return out.map((l) => l.trimStart()).join('');
}

/**
 * Serialises an `<svg>` element (with its subtree) as a standalone SVG
 * document: an XML declaration, the element, and a final newline.
 */
export function serializeSvg(svg: Element): string {
  const out: string[] = [];
  write(svg, 0, out, svg.hasAttribute('xmlns') ? [] : [['xmlns', 'http://www.w3.org/2000/svg']]);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${out.join('\n')}\n`;
}
