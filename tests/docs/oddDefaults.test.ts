/**
 * The defaults docs/ODD.md states inline checked against the scenario schema
 * (issue 23: every formula's stated default equals what the code gives).
 * ODD writes a parameter's default beside its name: "`a.b` (0.25)",
 * "(`a.b`, 5.5)", "`a.b`, default 9", "`perHead` £1,730", "`a.b` (default
 * 2%)", a range as "(`years`, 1-50)" and a series by line as "`demand.growth`
 * (acute 2.5%, community 2.5%, ...)". A name is a schema path, or the end of
 * exactly one (`cdHours` is `governance.gp.cdHours`); a name that ends several
 * paths is read from the board named before it, or must have one default
 * across them all.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { YEARLY_PATHS } from '../../src/engine/index.ts';
import { schemaLeaves, type SchemaLeaf } from '../helpers/schemaWalk.ts';

type Leaf = SchemaLeaf;
const leaves = (): Leaf[] => schemaLeaves();

/** Names ODD gives a number beside that are state or local symbols, not scenario parameters. */
const NOT_PARAMETERS = new Set(['morale', 'explicitScale']);
const BOARDS: Array<[RegExp, string]> = [
  [/place board\s*$/, 'governance.placeBoard.'],
  [/ICB board\s*$/, 'governance.icbBoard.'],
];

interface Claim {
  line: number;
  name: string;
  value: number;
  /** A stated range (lo-hi) rather than a default. */
  hi?: number;
  before: string;
}

const number = (sign: string | undefined, digits: string, percent: string | undefined) => ((sign ? -1 : 1) * Number(digits.replace(/,/g, ''))) / (percent ? 100 : 1);
const camel = (words: string) => words.replace(/ (\w)/g, (_, c: string) => c.toUpperCase());

/** Every (name, number) pair docs/ODD.md states inline. */
function claims(text: string): Claim[] {
  const out: Claim[] = [];
  const lineOf = (i: number) => text.slice(0, i).split('\n').length;
  const single = /`([a-zA-Z][\w.]*)`\)?(?:,\s*|\s*\(|\s+(?=£|\d[\d.,]*%))(?:default\s+)?(−|-)?£?(\d[\d,]*(?:\.\d+)?)(%)?(?:(?:-|–| to )(\d[\d,]*(?:\.\d+)?)(%)?)?/g;
  for (const m of text.matchAll(single)) {
    out.push({ line: lineOf(m.index), name: m[1]!, value: number(m[2], m[3]!, m[4]), ...(m[5] ? { hi: number(undefined, m[5], m[6] ?? m[4]) } : {}), before: text.slice(Math.max(0, m.index - 40), m.index) });
  }
  // A series by line: `path` (acute 2.5%, community 2.5%, mental health 3%, ...).
  const series = /`([a-zA-Z][\w.]*)` \(((?:[a-z][a-z ]*? \d[\d.]*%?,\s+)+[a-z][a-z ]*? \d[\d.]*%?\))/g;
  for (const m of text.matchAll(series)) {
    for (const [, words, digits, percent] of m[2]!.replace(/\s+/g, ' ').matchAll(/([a-z][a-z ]*?) (\d[\d.]*)(%)?(?:, |\))/g)) {
      out.push({ line: lineOf(m.index), name: `${m[1]}.${camel(words!)}`, value: number(undefined, digits!, percent), before: '' });
    }
  }
  // A formula's symbol with its parameter: "e = attendance.elasticity (1.5)".
  for (const m of text.matchAll(/= ([a-z]+(?:\.[a-zA-Z]+)+) \((\d[\d.]*)\)/g)) {
    out.push({ line: lineOf(m.index), name: m[1]!, value: Number(m[2]), before: '' });
  }
  return out;
}

/**
 * Defaults ODD states in prose the patterns above do not read, each with the
 * words that state it: the words must still be in ODD (so an edit is noticed)
 * and the number must be the schema's.
 */
const PROSE: Array<{ words: string; path: string; value: number }> = [
  { words: 'default horizon 5 years', path: 'years', value: 5 },
  { words: '`subStepsPerDay` sub-steps a day (default 1)', path: 'subStepsPerDay', value: 1 },
  { words: 'less the reserve share (0.5%)', path: 'allocation.reserveShare', value: 0.005 },
  { words: '`finance.decommissionGap`) of its planned cost (0.5:', path: 'finance.decommissionGap', value: 0.5 },
  { words: '(δ = discount, 0.95)', path: 'governance.icbBoard.discount', value: 0.95 },
  { words: '(δ = discount, 0.95)', path: 'governance.placeBoard.discount', value: 0.95 },
  { words: 'tenureYears` of its kind (appointed, default 3 years;', path: 'governance.leaders.tenureYears.appointed', value: 3 },
  { words: 'elected, default 4)', path: 'governance.leaders.tenureYears.elected', value: 4 },
];

function resolve(c: Claim, all: Leaf[]): Leaf[] {
  const exact = all.filter((l) => l.path === c.name);
  if (exact.length) return exact;
  const ending = all.filter((l) => l.path.endsWith(`.${c.name}`));
  if (ending.length <= 1) return ending;
  const board = BOARDS.find(([re]) => re.test(c.before));
  return board ? ending.filter((l) => l.path === board[1] + c.name) : ending;
}

describe('the defaults docs/ODD.md states inline, against the schema', () => {
  const all = leaves();
  const text = readFileSync(new URL('../../docs/ODD.md', import.meta.url), 'utf8');
  const found = claims(text);

  it('reads enough claims to mean something', () => {
    if (process.env.ODD_CLAIMS) for (const c of found) console.log(c.line, c.name, c.value, c.hi ?? '', resolve(c, all).map((l) => `${l.path}=${JSON.stringify(l.def)}`).join(' '));
    expect(found.length).toBeGreaterThan(50);
  });

  it('names only parameters the schema has (or known state variables)', () => {
    const unknown = found.filter((c) => !NOT_PARAMETERS.has(c.name) && resolve(c, all).length === 0).map((c) => `line ${c.line}: \`${c.name}\``);
    expect(unknown).toEqual([]);
  });

  it('states each default (and each range) as the schema has it', () => {
    const wrong: string[] = [];
    for (const c of found) {
      if (NOT_PARAMETERS.has(c.name)) continue;
      for (const leaf of resolve(c, all)) {
        if (c.hi !== undefined) {
          if (leaf.min !== c.value || leaf.max !== c.hi) wrong.push(`line ${c.line}: \`${c.name}\` ${c.value}-${c.hi}, schema ${leaf.path} ${leaf.min}-${leaf.max}`);
        } else if (typeof leaf.def !== 'number' || Math.abs(leaf.def - c.value) > 1e-12 * Math.max(1, Math.abs(leaf.def))) {
          wrong.push(`line ${c.line}: \`${c.name}\` ${c.value}, schema ${leaf.path} ${JSON.stringify(leaf.def)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('states the defaults written in prose as the schema has them, in the words listed here', () => {
    const flat = text.replace(/\s+/g, ' ');
    const wrong: string[] = [];
    for (const p of PROSE) {
      if (!flat.includes(p.words)) wrong.push(`"${p.words}" is no longer in ODD: update the list`);
      const leaf = all.find((l) => l.path === p.path);
      if (leaf?.def !== p.value) wrong.push(`${p.path}: ODD ${p.value}, schema ${JSON.stringify(leaf?.def)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('lists the inputs that may be given year by year (section 7.4) as YEARLY_PATHS has them', () => {
    const list = text.replace(/\s+/g, ' ').match(/Each of these inputs \(([^)]+)\) is one number for every year or a series/);
    expect(list).not.toBeNull();
    const named = [...list![1]!.matchAll(/`([^`]+)`/g)].flatMap(([, n]) => (n!.endsWith('.<line>') ? YEARLY_PATHS.filter((p) => p.startsWith(n!.replace('<line>', ''))) : [n!]));
    expect([...named].sort()).toEqual([...YEARLY_PATHS].sort());
  });
});
