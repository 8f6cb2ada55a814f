/**
 * The scenario and seed in the page address, so a link reproduces a run.
 *
 * Two forms, both validated like a loaded file and never evaluated:
 * - `?model=default&set=seed%3D7&set=years%3D10`: a bundled model plus
 *   dotted-path overrides, each value JSON (as `icsim run --set`);
 * - `?scenario=<base64url of the JSON>`: any edited scenario.
 */
// From the module itself, not the engine's index: the page entry uses this file, and must not load the engine.
import { parseValue, setPath, splitPath } from '../engine/editing.ts';

/** What an address asks for. */
export type UrlRequest =
  | { kind: 'none' }
  | { kind: 'model'; model: string; sets: Array<[string, unknown]> }
  | { kind: 'scenario'; text: string }
  | { kind: 'error'; message: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Keys a set path can name: identifiers, and whole numbers without leading zeros (the years of a series by year, `costs.payAward.2025`). */
const plainKey = /^(?:[A-Za-z_$][A-Za-z0-9_$-]*|[1-9]\d*)$/;

/**
 * The overrides that turn `base` into `edited`, or null when that cannot be
 * said with set paths (a removed field, an unusual key).
 */
export function diffToSets(base: unknown, edited: unknown, prefix = ''): Array<[string, unknown]> | null {
  // The same object (the editor's scenario is its model's data while the text is unchanged) needs no comparing.
  if (base === edited || JSON.stringify(base) === JSON.stringify(edited)) return [];
  if (isObject(base) && isObject(edited)) {
    const out: Array<[string, unknown]> = [];
    for (const k of Object.keys(base)) if (!(k in edited)) return null;
    for (const [k, v] of Object.entries(edited)) {
      if (!plainKey.test(k) || ['__proto__', 'constructor', 'prototype'].includes(k)) return null;
      const path = prefix ? `${prefix}.${k}` : k;
      if (!(k in base)) {
        out.push([path, v]);
        continue;
      }
      const sub = diffToSets(base[k], v, path);
      if (!sub) return null;
      out.push(...sub);
    }
    return out;
  }
  if (Array.isArray(base) && Array.isArray(edited) && base.length === edited.length && prefix) {
    const out: Array<[string, unknown]> = [];
    for (let i = 0; i < edited.length; i++) {
      const sub = diffToSets(base[i], edited[i], `${prefix}[${i}]`);
      if (!sub) return null;
      out.push(...sub);
    }
    return out;
  }
  return prefix ? [[prefix, edited]] : null;
}

/** base64url of UTF-8 text. */
export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** UTF-8 text from base64url. @throws Error when malformed */
export function fromBase64Url(b64: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(b64)) throw new Error('the scenario in the link is not valid base64url');
  const bin = atob(b64.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((b64.length + 3) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

/** Longest address kept in the model+overrides form before switching to base64url. */
const MAX_SETS = 24;

/**
 * The query string for a scenario: the model plus overrides when the edit can
 * be said that way, else the whole scenario. The seed is always written out.
 */
export function encodeScenario(model: string | null, baseRaw: unknown, editedRaw: unknown): string {
  const p = new URLSearchParams();
  const sets = model !== null ? diffToSets(baseRaw, editedRaw) : null;
  if (model !== null && sets && sets.length <= MAX_SETS) {
    p.set('model', model);
    const seed = isObject(editedRaw) ? editedRaw.seed : undefined;
    if (seed !== undefined && !sets.some(([k]) => k === 'seed')) sets.unshift(['seed', seed]);
    for (const [k, v] of sets) p.append('set', `${k}=${JSON.stringify(v)}`);
  } else {
    p.set('scenario', toBase64Url(JSON.stringify(editedRaw)));
  }
  return `?${p.toString()}`;
}

/** Reads a query string. Nothing in it is evaluated: values are JSON or plain text. */
export function decodeScenario(search: string): UrlRequest {
  const p = new URLSearchParams(search);
  const scenario = p.get('scenario');
  if (scenario !== null) {
    try {
      return { kind: 'scenario', text: fromBase64Url(scenario) };
    } catch (e) {
      return { kind: 'error', message: `The link's scenario cannot be read: ${(e as Error).message}` };
    }
  }
  const model = p.get('model');
  if (model === null) return { kind: 'none' };
  const sets: Array<[string, unknown]> = [];
  for (const s of p.getAll('set')) {
    const eq = s.indexOf('=');
    if (eq <= 0) return { kind: 'error', message: `The link's override "${s}" is not of the form path=value` };
    const path = s.slice(0, eq);
    try {
      splitPath(path);
    } catch (e) {
      return { kind: 'error', message: `The link's override "${s}": ${(e as Error).message}` };
    }
    sets.push([path, parseValue(s.slice(eq + 1))]);
  }
  return { kind: 'model', model, sets };
}

/** The named variant a link runs (`&variant=NAME`), or '' for none. */
export function variantOf(search: string): string {
  return new URLSearchParams(search).get('variant') ?? '';
}

/** A query string with the variant to run added (nothing when there is none). */
export function withVariant(query: string, variant: string): string {
  return variant ? `${query}${query.includes('?') ? '&' : '?'}variant=${encodeURIComponent(variant)}` : query;
}

/** Applies overrides to raw data (setPath refuses `__proto__` and friends). */
export function applySets(raw: unknown, sets: ReadonlyArray<[string, unknown]>): unknown {
  let data = raw;
  for (const [path, value] of sets) data = setPath(data, path, value);
  return data;
}
