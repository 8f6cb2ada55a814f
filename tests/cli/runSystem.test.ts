/** `icsim run MODEL --system NAME|CODE`: one ICB alone; an unknown name is bad input that lists the closest. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
function icsim(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin/icsim.mjs'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('icsim run --system', () => {
  it('runs Lancashire and South Cumbria alone, by name or by code, with the same result', () => {
    const byName = icsim('run', 'models/england-2023-24.json', '--system', 'Lancashire and South Cumbria', '--years', '1', '--json');
    expect(byName.code).toBe(0);
    const r = JSON.parse(byName.out);
    // 1 ICB, 4 places, 6 trusts, 4 councils, 202 practices (203 in the file, one with a list under 100 left out).
    expect(r.meta.organisations).toBe(1 + 4 + 6 + 4 + 202);
    expect(Object.keys(r.summary.lastYear.byRegion)).toEqual(['North West']);
    expect(icsim('run', 'models/england-2023-24.json', '--system', 'qe1', '--years', '1', '--json').out).toBe(byName.out);
  });

  it('refuses an unknown name with exit code 2, listing the closest', () => {
    const r = icsim('run', 'models/england-2023-24.json', '--system', 'Greater Manchster', '--years', '1');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^icsim run: --system: no system "Greater Manchster"; the closest: Greater Manchester \(QOP\);/);
  });
});
