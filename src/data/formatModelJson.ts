/**
 * JSON for a large model file that people still read: nested objects and
 * arrays are indented, but an object holding only plain values, or a short
 * array of them, is written on one line, so each practice, PCN and trust
 * takes a line.
 */

/** Longest one-line array; longer ones (a list of sources) take a line per item. */
const ARRAY_LINE = 120;

const plain = (x: unknown) => x === null || typeof x !== 'object';

function oneLine(v: unknown): string | undefined {
  if (plain(v)) return JSON.stringify(v);
  if (Array.isArray(v)) {
    if (!v.every(plain)) return undefined;
    const line = `[${v.map((x) => JSON.stringify(x)).join(', ')}]`;
    return line.length <= ARRAY_LINE ? line : undefined;
  }
  const kv = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
  if (!kv.every(([, x]) => plain(x))) return undefined;
  return kv.length ? `{ ${kv.map(([k, x]) => `${JSON.stringify(k)}: ${JSON.stringify(x)}`).join(', ')} }` : '{}';
}

function write(v: unknown, indent: string): string {
  const line = oneLine(v);
  if (line !== undefined) return line;
  const inner = indent + '  ';
  if (Array.isArray(v)) return `[\n${v.map((x) => inner + write(x, inner)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
  return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${write(x, inner)}`).join(',\n')}\n${indent}}`;
}

/** Formats `value` as JSON (one trailing newline). Parsing the text gives `value` back. */
export function formatModelJson(value: unknown): string {
  return write(value, '') + '\n';
}
