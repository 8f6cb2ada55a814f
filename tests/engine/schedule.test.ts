/**
 * The month's schedule is written once, as the table of docs/ODD.md §3, and
 * `Simulation.step()` must call exactly those mechanisms in that order, with
 * each step's number in its comment (a source-text check: reading the code,
 * not running it). docs/ARCHITECTURE.md ("The month") repeats the table's
 * numbers and calls, and is checked the same way.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

interface Step {
  step: number;
  calls: string[];
}

/** The last name of a dotted call (`ledger.beginMonth` → `beginMonth`). */
const bare = (call: string): string => call.split('.').pop() ?? call;

/** The rows of the first table after `heading` whose first cell is a step number; `callColumn` holds the backticked calls. */
function scheduleTable(text: string, heading: string, callColumn: number): Step[] {
  const start = text.indexOf(heading);
  expect(start, `heading "${heading}"`).toBeGreaterThanOrEqual(0);
  const lines = text.slice(start).split('\n');
  const first = lines.findIndex((l) => /^\|\s*\d+\s*\|/.test(l));
  const rows: Step[] = [];
  for (const line of lines.slice(first)) {
    if (!line.startsWith('|')) break;
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    const step = Number(cells[0]);
    if (!Number.isInteger(step)) continue;
    const calls = [...(cells[callColumn] ?? '').matchAll(/`([\w.]+)`/g)].map((m) => bare(m[1]!));
    rows.push({ step, calls });
  }
  return rows;
}

/** The calls in the body of `step()` in source order, each with the step number of the `// N.` comment on its line, if any. */
function stepCalls(source: string): { call: string; step?: number }[] {
  const start = source.indexOf('  step(): MonthSnapshot {');
  expect(start).toBeGreaterThanOrEqual(0);
  const end = source.indexOf('\n  }\n', start);
  const out: { call: string; step?: number }[] = [];
  for (const line of source.slice(start, end).split('\n').slice(1)) {
    const [code = '', comment = ''] = line.split('//');
    const numbered = /^\s*(\d+)\./.exec(comment);
    let firstOnLine = true;
    for (const m of code.matchAll(/([A-Za-z_][\w.]*)\(/g)) {
      const call = bare(m[1]!);
      // Arithmetic and the guard are not mechanisms.
      if (['floor', 'Error', 'if'].includes(call)) continue;
      out.push(firstOnLine && numbered ? { call, step: Number(numbered[1]) } : { call });
      firstOnLine = false;
    }
  }
  return out;
}

describe('the month schedule', () => {
  const odd = scheduleTable(read('docs/ODD.md'), '## 3. Process overview and scheduling', 3);
  const code = stepCalls(read('src/engine/simulation.ts'));

  it('ODD §3 numbers its steps 1, 2, 3, ... with at least one call each', () => {
    expect(odd.length).toBeGreaterThan(5);
    odd.forEach((row, i) => {
      expect(row.step).toBe(i + 1);
      expect(row.calls.length, `step ${row.step}`).toBeGreaterThan(0);
    });
  });

  it("step() calls ODD §3's mechanisms, in its order", () => {
    expect(code.map((c) => c.call)).toEqual(odd.flatMap((row) => row.calls));
  });

  it("step()'s comments number each step's first call as ODD §3 does", () => {
    const firstCalls = odd.map((row) => ({ call: row.calls[0], step: row.step }));
    expect(code.filter((c) => c.step !== undefined)).toEqual(firstCalls);
  });

  it('docs/ARCHITECTURE.md ("The month") gives the same numbers and calls', () => {
    const arch = scheduleTable(read('docs/ARCHITECTURE.md'), '## The month', 1);
    expect(arch).toEqual(odd);
  });
});
