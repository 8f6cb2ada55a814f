import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/engine/version.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = `${root}dist-node/`;

// dist-node/ is written by scripts/build-node.mjs, the vitest global setup (and npm's prepare step).
describe('the compiled CLI and workers', () => {
  it('holds the CLI and both Node workers, none of which loads tsx', () => {
    const files = readdirSync(dist).filter((f) => f.endsWith('.mjs'));
    expect(files).toEqual(expect.arrayContaining(['icsim.mjs', 'sim.node-worker.mjs', 'sweep.worker.mjs']));
    for (const f of files) expect(readFileSync(dist + f, 'utf8'), f).not.toMatch(/from\s*["']tsx|import\(["']tsx/);
  });

  it('runs with plain node, without TypeScript', () => {
    const r = spawnSync(process.execPath, ['bin/icsim.mjs', '--version'], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${VERSION}\n`);
    expect(r.status).toBe(0);
  });
});
