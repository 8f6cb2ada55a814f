/**
 * A fuzz run: cases `from` to `to` of a seed, each drawn, run and checked,
 * tallied into a summary; failing cases are kept whole for reproduction.
 */
import { drawCase, type FuzzCase } from './fuzzCase.ts';
import { isFailure, runFuzzCase, type Outcome } from './runFuzzCase.ts';

/** A failing case, enough to run it again (`npm run fuzz -- --replay FILE`). */
export interface FailedCase {
  seed: number;
  index: number;
  outcome: Outcome;
  detail: string;
  case: FuzzCase;
}

/** Counts of a fuzz run. */
export interface FuzzTally {
  cases: number;
  valid: number;
  invalid: number;
  counts: Partial<Record<Outcome, number>>;
  /** Failures grouped by their message with numbers blanked, most frequent first when formatted. */
  signatures: Record<string, number>;
  ms: number;
}

/** An empty tally. */
export function emptyTally(): FuzzTally {
  return { cases: 0, valid: 0, invalid: 0, counts: {}, signatures: {}, ms: 0 };
}

/** Adds `b` into `a`. */
export function addTally(a: FuzzTally, b: FuzzTally): FuzzTally {
  a.cases += b.cases;
  a.valid += b.valid;
  a.invalid += b.invalid;
  for (const [k, v] of Object.entries(b.counts)) a.counts[k as Outcome] = (a.counts[k as Outcome] ?? 0) + v!;
  for (const [k, v] of Object.entries(b.signatures)) a.signatures[k] = (a.signatures[k] ?? 0) + v;
  a.ms = Math.max(a.ms, b.ms);
  return a;
}

/** Runs cases [from, to) of `seed`; `onFailure` receives each failing case. */
export function runFuzz(seed: number, from: number, to: number, onFailure: (f: FailedCase) => void, skip?: (c: FuzzCase) => boolean, onCase?: (index: number) => void): FuzzTally {
  const t = emptyTally();
  const t0 = performance.now();
  for (let index = from; index < to; index++) {
    const c = drawCase(seed, index);
    if (skip?.(c)) continue;
    t.cases++;
    if (c.kind === 'valid') t.valid++;
    else t.invalid++;
    const r = runFuzzCase(c);
    t.counts[r.outcome] = (t.counts[r.outcome] ?? 0) + 1;
    if (isFailure(r.outcome)) {
      const sig = `${r.outcome}: ${r.detail.replace(/-?\d[\d.e+-]*/g, 'N').slice(0, 140)}`;
      t.signatures[sig] = (t.signatures[sig] ?? 0) + 1;
      onFailure({ seed, index, outcome: r.outcome, detail: r.detail, case: c });
    }
    onCase?.(index);
  }
  t.ms = performance.now() - t0;
  return t;
}

/** The summary as printed by `npm run fuzz`. */
export function formatTally(t: FuzzTally, wallMs: number): string {
  const n = (o: Outcome) => t.counts[o] ?? 0;
  const lines = [
    `fuzz: ${t.cases} cases (${t.valid} valid, ${t.invalid} invalid) in ${(wallMs / 1000).toFixed(1)} s wall time`,
    `  crashes                    ${n('crash')}`,
    `  ledger breaks              ${n('ledger')}`,
    `  non-finite numbers         ${n('nonFinite')}`,
    `  bound violations           ${n('bound')}`,
    `  rejections without a field ${n('rejectionWithoutField')}`,
    `  invalid cases accepted     ${n('acceptedInvalid')}`,
    `  passed ${n('passed')}; invalid cases rejected naming the field ${n('rejected')}; valid cases rejected (generator beyond a cross-field rule) ${n('rejectedValid')}; valid cases stopped cleanly for money beyond exact counting (scale) ${n('beyondScale')}`,
  ];
  const sigs = Object.entries(t.signatures).sort((a, b) => b[1] - a[1]);
  if (sigs.length) {
    lines.push('  failures by kind:');
    for (const [s, c] of sigs.slice(0, 12)) lines.push(`    ${String(c).padStart(6)}  ${s}`);
  }
  return lines.join('\n') + '\n';
}
