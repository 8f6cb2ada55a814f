/**
 * The metamorphic fuzz (`npm run fuzz -- --metamorphic`): the valid cases
 * `from` to `to` of a seed checked against the relations of metamorphic.ts,
 * tallied per relation. England's two models are left out (each case runs a
 * scenario about eleven times, and one England year takes about a second).
 */
import { drawCase } from './fuzzCase.ts';
import { checkMetamorphic, RELATIONS, type Relation } from './metamorphic.ts';

/** Per relation: cases where it held, broke, or did not apply; and the first few breaks. */
export interface MetamorphicTally {
  cases: number;
  byRelation: Record<string, { holds: number; broken: number; na: number }>;
  examples: Record<string, string[]>;
}

/** An empty tally. */
export function emptyMetamorphicTally(): MetamorphicTally {
  return { cases: 0, byRelation: Object.fromEntries(RELATIONS.map((r) => [r, { holds: 0, broken: 0, na: 0 }])), examples: {} };
}

/** Adds `b` into `a`. */
export function addMetamorphicTally(a: MetamorphicTally, b: MetamorphicTally): MetamorphicTally {
  a.cases += b.cases;
  for (const [r, t] of Object.entries(b.byRelation)) {
    const x = (a.byRelation[r] ??= { holds: 0, broken: 0, na: 0 });
    x.holds += t.holds;
    x.broken += t.broken;
    x.na += t.na;
  }
  for (const [r, ex] of Object.entries(b.examples)) a.examples[r] = [...(a.examples[r] ?? []), ...ex].slice(0, 3);
  return a;
}

/** One broken relation, as `npm run fuzz -- --metamorphic` writes it to its failures file. */
export interface BrokenRelation {
  seed: number;
  index: number;
  base: string;
  relation: Relation;
  detail: string;
}

/**
 * Checks cases [from, to) of `seed`. `onCase` is called after each case
 * (drawn, valid or not) with the relations it broke.
 */
export function runMetamorphic(seed: number, from: number, to: number, relations: readonly Relation[] = RELATIONS, onCase?: (index: number, broken: BrokenRelation[]) => void): MetamorphicTally {
  const t = emptyMetamorphicTally();
  for (let index = from; index < to; index++) {
    const c = drawCase(seed, index);
    const broken: BrokenRelation[] = [];
    if (c.kind === 'valid' && !c.base.startsWith('england')) {
      t.cases++;
      for (const r of checkMetamorphic(c, relations)) {
        t.byRelation[r.relation]![r.result]++;
        if (r.result !== 'broken') continue;
        broken.push({ seed, index, base: c.base, relation: r.relation, detail: r.detail });
        if ((t.examples[r.relation] ??= []).length < 3) t.examples[r.relation]!.push(`case ${seed}/${index} (${c.base}): ${r.detail.slice(0, 240)}`);
      }
    }
    onCase?.(index, broken);
  }
  return t;
}

/** The tally as text: one line per relation, then the first breaks. */
export function formatMetamorphicTally(t: MetamorphicTally, relations: readonly Relation[], ms: number): string {
  const lines = [`metamorphic fuzz: ${t.cases} valid cases (England's models left out) in ${(ms / 1000).toFixed(0)} s`];
  let broken = 0;
  for (const r of relations) {
    const x = t.byRelation[r]!;
    broken += x.broken;
    lines.push(`  ${r.padEnd(20)} holds ${String(x.holds).padStart(5)}  broken ${String(x.broken).padStart(5)}  n/a ${String(x.na).padStart(5)}`);
  }
  lines.push(`${broken} broken relations`);
  for (const [r, ex] of Object.entries(t.examples)) for (const e of ex) lines.push(`  ${r}: ${e}`);
  return lines.join('\n') + '\n';
}
