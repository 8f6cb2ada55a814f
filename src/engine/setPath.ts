/**
 * Dotted-path overrides of raw scenario data, as used by `--set path=value`,
 * sweeps (`--vary`) and scenario variants. The result is validated like a
 * file afterwards, so an unknown field or a bad value is reported by the
 * schema with its path.
 */

/** Splits `a.b[2].c` or `a.b.2.c` into segments. */
export function splitPath(path: string): Array<string | number> {
  if (!path || /\.\.|^\.|\.$/.test(path)) throw new Error(`malformed path "${path}"`);
  const out: Array<string | number> = [];
  for (const part of path.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) throw new Error(`malformed path "${path}"`);
    if (m[1]) out.push(/^\d+$/.test(m[1]) ? Number(m[1]) : m[1]);
    for (const idx of (m[2] ?? '').matchAll(/\[(\d+)\]/g)) out.push(Number(idx[1]));
  }
  if (out.length === 0) throw new Error(`malformed path "${path}"`);
  return out;
}

/** Parses a command-line value: JSON when it parses, otherwise a string. */
export function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Returns a deep copy of `data` with `value` at `path`. Missing object keys on
 * the way are created; array elements must already exist.
 * @throws Error naming the path when it cannot be followed
 */
export function setPath<T>(data: T, path: string, value: unknown): T {
  const segs = splitPath(path);
  if (segs.includes('__proto__') || segs.includes('constructor') || segs.includes('prototype')) {
    throw new Error(`path "${path}" is not allowed`);
  }
  const root = JSON.parse(JSON.stringify(data ?? null)) as unknown;
  let cur = root;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    const last = i === segs.length - 1;
    const where = segs.slice(0, i + 1).join('.');
    if (Array.isArray(cur)) {
      if (typeof seg !== 'number') throw new Error(`path "${path}": "${where}" is a list; use an index`);
      if (seg >= cur.length) throw new Error(`path "${path}": index ${seg} is out of range (the list has ${cur.length} items)`);
      if (last) cur[seg] = value;
      else cur = cur[seg];
    } else if (isObject(cur)) {
      const key = String(seg);
      if (last) cur[key] = value;
      else {
        if (cur[key] === undefined) cur[key] = typeof segs[i + 1] === 'number' ? [] : {};
        cur = cur[key];
      }
    } else {
      throw new Error(`path "${path}": "${segs.slice(0, i).join('.')}" is a value, not an object`);
    }
  }
  return root as T;
}

/** Reads the value at a path, or undefined. */
export function getPath(data: unknown, path: string): unknown {
  let cur = data;
  for (const seg of splitPath(path)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}
