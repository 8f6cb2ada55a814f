import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
function icsim(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin/icsim.mjs'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const tmp = mkdtempSync(join(tmpdir(), 'icsim-cli-'));

describe('icsim run', () => {
  it('prints a JSON result with the documented fields, byte-identical for one seed', () => {
    const a = icsim('run', '--json', '--seed', '7', '--years', '2');
    expect(a.code).toBe(0);
    const r = JSON.parse(a.out);
    expect(r.summary.ledger.conserved).toBe(true);
    for (const k of ['surplus', 'breakeven', 'deficit']) expect(Number.isInteger(r.summary.outcomes[k])).toBe(true);
    expect(r.summary.outcomes.byKind.acute).toBeDefined();
    expect(r.summary.ledger.transfers).toBeGreaterThan(0);
    expect(r.years[0]).toMatchObject({ fy: '2024/25' });
    expect(Object.keys(r.years[0])).toEqual(expect.arrayContaining(['income', 'spend', 'balance', 'outcome']));
    for (const k of ['bedsOccupied', 'delayedDischarges', 'carePackages', 'emergencyAdmissions', 'spendingByLine']) expect(r.series[k]).toBeDefined();
    const b = icsim('run', '--json', '--seed', '7', '--years', '2');
    expect(b.out).toBe(a.out);
  });

  it('prints a readable summary by default and writes --out only on success', () => {
    const out = join(tmp, 'r.json');
    const ok = icsim('run', '--years', '1', '--out', out);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/Outcomes \(organisation-years\)/);
    expect(JSON.parse(readFileSync(out, 'utf8')).meta.years).toBe(1);
    const bad = join(tmp, 'bad.json');
    const fail = icsim('run', '--set', 'years=0', '--out', bad);
    expect(fail.code).not.toBe(0);
    expect(fail.err).toMatch(/years: Too small/);
    expect(existsSync(bad)).toBe(false);
  });

  it('applies --set with validation', () => {
    const r = icsim('run', '--json', '--years', '1', '--set', 'allocation.perHead=2000');
    expect(JSON.parse(r.out).summary.ledger.inflow).toBeGreaterThan(0);
    const bad = icsim('run', '--set', 'allocation.perHeed=2000');
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/allocation.perHeed: unknown field "perHeed" \(allowed here: rule, perHead/);
    expect(bad.err).not.toMatch(/\n\s+at /);
  });
});

describe('icsim validate', () => {
  it('says ok for valid files', () => {
    const r = icsim('validate', 'models/default.json', 'models/england.json');
    expect(r.code).toBe(0);
    expect(r.out).toBe('ok models/default.json\nok models/england.json\n');
  });
  it('rejects each kind of bad input naming the file and the field, without a stack trace', () => {
    const base = JSON.parse(readFileSync(join(root, 'models/default.json'), 'utf8'));
    const cases: Array<[string, string, RegExp]> = [
      ['missing.json', '', /missing.json: cannot read the file: no such file or directory/],
      ['broken.json', '{"name": ', /broken.json: not valid JSON/],
      ['unknown.json', JSON.stringify({ ...base, colour: 1 }), /unknown.json: colour: unknown field "colour"/],
      ['type.json', JSON.stringify({ ...base, years: 'ten' }), /type.json: years: Invalid input: expected number, received string/],
      ['negative.json', JSON.stringify({ ...base, systems: [{ ...base.systems[0], places: [{ ...base.systems[0].places[0], population: -1 }, ...base.systems[0].places.slice(1)] }] }), /negative.json: systems\[0\].places\[0\].population: Too small/],
      ['shares.json', JSON.stringify({ ...base, allocation: { shares: { acute: 0.9 } } }), /shares.json: allocation.shares: shares must sum to 1/],
      ['pcn.json', JSON.stringify({ ...base, systems: [{ ...base.systems[0], places: [{ ...base.systems[0].places[0], pcns: ['ghost'] }, ...base.systems[0].places.slice(1)] }] }), /pcn.json: systems\[0\].places\[0\].pcns\[0\]: PCN "ghost" does not exist/],
    ];
    for (const [name, text, re] of cases) {
      const f = join(tmp, name);
      if (text) writeFileSync(f, text);
      const r = icsim('validate', f);
      // Exit codes (src/cli/exitCodes.ts): 3 when the file system fails, 2 for bad input.
      expect(r.code, name).toBe(name === 'missing.json' ? 3 : 2);
      expect(r.err, name).toMatch(re);
      expect(r.err, name).not.toMatch(/\n\s+at /);
    }
  });
  it('shows help', () => {
    expect(icsim('run', '--help').out).toMatch(/Usage: icsim run/);
    expect(icsim('--help').out).toMatch(/Commands:/);
    expect(icsim('nonsense').code).toBe(2);
  });
});
