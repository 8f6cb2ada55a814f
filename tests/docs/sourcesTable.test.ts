/**
 * docs/SOURCES.md checked against the scenario schema (issue 23: documentation
 * checked from the code): every parameter a scenario file can set has a row
 * (its own, its object's, or a wildcard's), every row names a parameter that
 * exists, and a row's stated default equals the schema's wherever the row is
 * one numeric parameter.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaLeaves } from '../helpers/schemaWalk.ts';

const leaves = () => schemaLeaves({ arrays: true });

/** Names in the first cell of each table row; `.x` continues the previous name's parent. */
function documented(): Array<{ names: string[]; def: string }> {
  const text = readFileSync(new URL('../../docs/SOURCES.md', import.meta.url), 'utf8');
  return [...text.matchAll(/^\| ([^|]+) \| ([^|]*) \|/gm)].map((m) => {
    const names: string[] = [];
    for (const [, name] of m[1]!.matchAll(/`([^`]+)`/g)) {
      const prev = names[names.length - 1];
      names.push(name!.startsWith('.') && prev ? prev.replace(/\.[^.]+$/, '') + name : name!);
    }
    return { names, def: m[2]!.trim() };
  });
}

const META = new Set(['$schema', 'name', 'description', 'sources']);
const matches = (name: string, path: string) => {
  const pattern = new RegExp(`^${name.replace(/[.[\]$]/g, (c) => `\\${c}`).replace(/\\\.\*$/, '(\\..+)?').replace(/\*/g, '[^.]+')}(\\..+|\\[\\].+)?$`);
  return pattern.test(path);
};

describe('docs/SOURCES.md against the schema', () => {
  const all = leaves().filter((l) => !META.has(l.path));
  const rows = documented();
  const names = rows.flatMap((r) => r.names);

  it('has a row for every parameter a scenario can set (every field with a default; ids, names and lists are the scenario\u2019s own data)', () => {
    const parameters = all.filter((l) => l.def !== undefined);
    const missing = parameters.filter((l) => !names.some((n) => matches(n, l.path))).map((l) => l.path);
    expect(missing).toEqual([]);
    expect(parameters.length).toBeGreaterThan(250);
  });

  it('names no parameter the schema does not have (a parameter renamed or removed leaves no stale row)', () => {
    const dotted = names.filter((n) => /^[a-z][A-Za-z]*(\.|\[\])/.test(n) && !/\s/.test(n));
    const stale = dotted.filter((n) => !all.some((l) => matches(n, l.path)));
    expect(stale).toEqual([]);
  });

  it('states each single numeric parameter\u2019s default as the schema has it', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const r of rows) {
      if (r.names.length !== 1) continue;
      const leaf = all.find((l) => l.path === r.names[0]);
      if (!leaf || typeof leaf.def !== 'number') continue;
      const m = r.def.replace(/,(?=\d{3})/g, '').replace(/\u2212/g, '-').match(/-?\d+(\.\d+)?(e-?\d+)?(%)?/);
      if (!m) continue;
      const stated = Number(m[0].replace('%', '')) / (m[3] ? 100 : 1);
      checked++;
      if (Math.abs(stated - leaf.def) > 1e-12 * Math.max(1, Math.abs(leaf.def))) wrong.push(`${r.names[0]}: docs ${r.def}, schema ${leaf.def}`);
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(150);
  });
});
