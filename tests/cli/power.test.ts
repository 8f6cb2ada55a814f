import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const icsim = (...args: string[]) => spawnSync(process.execPath, ['bin/icsim.mjs', 'power', ...args], { cwd: root, encoding: 'utf8' });

describe('icsim power', () => {
  it('prints a table of the three indices per seat', () => {
    const r = icsim('--weights', '4,4,4,2,2,1', '--quota', '12');
    expect(r.status).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => /^\s+\d+\s+\d+\s/.test(l));
    expect(rows).toHaveLength(6);
    expect(rows[0]!.trim().split(/\s+/)).toEqual(['1', '4', '0.2381', '0.3125', '0.2333']);
    expect(rows[3]!.trim().split(/\s+/)).toEqual(['4', '2', '0.1429', '0.1875', '0.1500']);
    expect(rows[5]!.trim().split(/\s+/)).toEqual(['6', '1', '0.0000', '0.0000', '0.0000']);
  });

  it('prints JSON with the index arrays', () => {
    const r = icsim('--weights', '4,4,4,2,2,1', '--quota', '12', '--json');
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.banzhaf).toHaveLength(6);
    expect(j.banzhaf[0]).toBeCloseTo(5 / 21, 14);
    expect(j.banzhafAbsolute[3]).toBe(0.1875);
    expect(j.shapleyShubik[0]).toBeCloseTo(7 / 30, 14);
    expect(j.shapleyShubik[5]).toBe(0);
  });

  it.each([
    [['--weights', '4,1.5', '--quota', '2'], /"1.5" is not a non-negative whole number/],
    [['--weights', '4,-1', '--quota', '2'], /"-1" is not a non-negative whole number/],
    [['--weights', '', '--quota', '2'], /expected a comma-separated list/],
    [['--weights', '4,,1', '--quota', '2'], /expected a comma-separated list/],
    [['--weights', '1,2', '--quota', '4'], /out of range.*total weight 3/],
    [['--weights', '1,2', '--quota', '0'], /out of range/],
    [['--weights', '1,2', '--quota', 'x'], /not a number/],
    [['--quota', '2'], /--weights is required/],
  ])('rejects %j with a clear error', (args, message) => {
    const r = icsim(...args);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });
});
