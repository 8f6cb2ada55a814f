/**
 * docs/SOURCES.md's table of ranges, generated from the code (issue 23:
 * parameter tables generated from the schema): for every numeric field of the
 * scenario schema, its default, the range that validates (the schema's
 * minimum and maximum, from `num(min, max, default, ...)` in
 * scenarioSchema.ts) and the plausible range `icsim sensitivity` varies it over
 * (src/sweep/parameterSpace.ts: documented in docs/SENSITIVITY.md, or ±50% of
 * the default). The test fails when the table differs from what the code
 * gives; `ICSIM_WRITE_DOCS=1 npx vitest run --project unit
 * tests/docs/parameterRanges.test.ts` writes it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaDefault } from '../helpers/schemaWalk.ts';
import { numericFields, PLAUSIBLE_RANGES, rangeAt } from '../../src/sweep/parameterSpace.ts';

const FILE = new URL('../../docs/SOURCES.md', import.meta.url);
const BEGIN = '<!-- generated: parameter ranges (tests/docs/parameterRanges.test.ts) -->';
const END = '<!-- end of generated parameter ranges -->';


const show = (v: number) => (Math.abs(v) >= 10_000 ? v.toLocaleString('en-GB') : String(v));

/** The table as the code gives it. */
function table(): string {
  const rows = numericFields().map((f) => {
    const def = schemaDefault(f.path);
    const r = typeof def === 'number' ? rangeAt(f, def) : undefined;
    const plausible = r
      ? `${show(r.lo)} to ${show(r.hi)} (${PLAUSIBLE_RANGES[f.path] ? 'documented, docs/SENSITIVITY.md' : '±50% of the default'})`
      : def === 0
        ? 'none by default (the default is 0: give one with `--param`)'
        : 'not varied (a run setting, generation or an allocation share)';
    return `| \`${f.path}\` | ${typeof def === 'number' ? show(def) : '—'} | ${show(f.min)} to ${show(f.max)}${f.integer ? ', whole' : ''} | ${plausible} |`;
  });
  return [BEGIN, '', '| path | default | valid range | plausible range |', '|---|---|---|---|', ...rows, '', END].join('\n');
}

describe('docs/SOURCES.md: the generated table of ranges', () => {
  it('is what the schema and the plausible parameter space give, one row per numeric field', () => {
    const text = readFileSync(FILE, 'utf8');
    const a = text.indexOf(BEGIN);
    const b = text.indexOf(END);
    const want = table();
    if (process.env.ICSIM_WRITE_DOCS) {
      writeFileSync(FILE, a >= 0 && b > a ? text.slice(0, a) + want + text.slice(b + END.length) : `${text.trimEnd()}\n\n${want}\n`);
      return;
    }
    expect(a, 'the generated block is missing: run with ICSIM_WRITE_DOCS=1').toBeGreaterThanOrEqual(0);
    expect(text.slice(a, b + END.length)).toBe(want);
    expect(numericFields().length).toBeGreaterThan(200);
  });
});
