/**
 * The month's schedule is written once, as data: `SCHEDULE` in
 * src/engine/schedule.ts, which `Simulation.step()` iterates. docs/ODD.md
 * §3's table must list its steps in its order, with their ids, times and the
 * calls each step's `run` makes (read from the function's source), numbered
 * by position; docs/ARCHITECTURE.md ("The month") repeats the numbers and
 * calls. A run also shows the steps due in each month: planning in April
 * only, year end in March only, loans in the forecast month only.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEDULE, isDue, type When } from '../../src/engine/schedule.ts';
import { createRunState } from '../../src/engine/createRunState.ts';
import { model } from '../helpers/models.ts';
import { bare, calls } from '../helpers/scheduleCalls.ts';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

interface Row {
  step: number;
  cells: string[];
}

/** The backticked names of a cell, bare. */
const ticked = (cell: string | undefined): string[] => [...(cell ?? '').matchAll(/`([\w.]+)`/g)].map((m) => bare(m[1]!));

/** The rows of the first table after `heading` whose first cell is a step number. */
function table(text: string, heading: string): Row[] {
  const start = text.indexOf(heading);
  expect(start, `heading "${heading}"`).toBeGreaterThanOrEqual(0);
  const lines = text.slice(start).split('\n');
  const first = lines.findIndex((l) => /^\|\s*\d+\s*\|/.test(l));
  const rows: Row[] = [];
  for (const line of lines.slice(first)) {
    if (!line.startsWith('|')) break;
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    const step = Number(cells[0]);
    if (Number.isInteger(step)) rows.push({ step, cells });
  }
  return rows;
}

/** How ODD §3's "when" column starts for each time of the schedule. */
const WHEN_WORDS: Record<When, RegExp> = { month: /^every month$/, april: /^April \(\*mo\* = 0\)$/, march: /^March \(\*mo\* = 11\)$/, forecastMonth: /^the forecast month/ };

describe('the month schedule', () => {
  const odd = table(read('docs/ODD.md'), '## 3. Process overview and scheduling');

  it("ODD §3 lists the schedule's steps, numbered by position, with their ids and times", () => {
    expect(odd.map((r) => r.step)).toEqual(SCHEDULE.map((_, i) => i + 1));
    expect(odd.map((r) => ticked(r.cells[1])[0])).toEqual(SCHEDULE.map((s) => s.id));
    SCHEDULE.forEach((s, i) => expect(odd[i]!.cells[3], s.id).toMatch(WHEN_WORDS[s.when]));
  });

  it("ODD §3 names each step's calls in the order its run makes them", () => {
    expect(odd.map((r) => ticked(r.cells[4]))).toEqual(SCHEDULE.map((s) => calls(s.run)));
    for (const s of SCHEDULE) expect(calls(s.run).length, s.id).toBeGreaterThan(0);
  });

  it('docs/ARCHITECTURE.md ("The month") gives the same numbers and calls', () => {
    const arch = table(read('docs/ARCHITECTURE.md'), '## The month');
    expect(arch.map((r) => ({ step: r.step, calls: ticked(r.cells[1]) }))).toEqual(odd.map((r) => ({ step: r.step, calls: ticked(r.cells[4]) })));
  });

  it('runs planning in April, year end in March and loans in the forecast month only', () => {
    const st = createRunState(model('default', { years: 1 }));
    const due = (id: string) => Array.from({ length: 12 }, (_, m) => m).filter((m) => isDue(SCHEDULE.find((s) => s.id === id)!.when, st, m));
    expect(due('planningRound')).toEqual([0]);
    expect(due('yearEnd')).toEqual([11]);
    expect(due('yearEndFinance')).toEqual([11]);
    expect(due('loans')).toEqual([st.scenario.finance.loans.forecastMonth]);
    expect(due('observation')).toHaveLength(12);
  });
});
