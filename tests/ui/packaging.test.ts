/**
 * Issue 24 item 10: the project ships like one. The licence file is the MIT
 * licence package.json names; CITATION.cff's version and licence match the
 * package and the engine's VERSION; the Containerfile builds on Debian with
 * Debian's Node.js packages and is the image docs/CLUSTER.md uses. (The
 * image itself is built where a container engine runs: see the closing note
 * of issue 24.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/engine/version.ts';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const pkg = JSON.parse(read('package.json')) as { version: string; license: string; engines: { node: string } };

describe('packaging', () => {
  it('LICENSE is the MIT licence package.json names', () => {
    expect(pkg.license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
    expect(read('LICENSE')).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });

  it('CITATION.cff has the fields CFF 1.2.0 requires, and the package\u2019s version and licence', () => {
    const cff = read('CITATION.cff');
    for (const key of ['cff-version: 1.2.0', 'message:', 'title:', 'authors:']) expect(cff).toContain(key);
    expect(cff).toMatch(new RegExp(`^version: ${pkg.version.replace(/\./g, '\\.')}$`, 'm'));
    expect(pkg.version).toBe(VERSION);
    expect(cff).toMatch(/^license: MIT$/m);
  });

  it('the Containerfile uses Debian\u2019s Node.js packages, and docs/CLUSTER.md builds its image from it', () => {
    const file = read('Containerfile');
    // Debian 13 by default; a site without registry access passes its own Debian 13 base (docs/CLUSTER.md).
    expect(file).toMatch(/^ARG BASE=docker\.io\/library\/debian:trixie-slim$/m);
    expect(file).toMatch(/^FROM \$\{BASE\}$/m);
    expect(file).toMatch(/apt-get install -y --no-install-recommends nodejs npm/);
    expect(file).toContain('npm ci --omit=dev --ignore-scripts');
    expect(file).toContain('node scripts/build-node.mjs');
    const docs = read('docs/CLUSTER.md');
    expect(docs).toContain('-f Containerfile .');
    expect(docs).toContain('--build-arg BASE=');
    expect(docs).toContain('apptainer exec icsim.sif icsim sweep');
    expect(docs).not.toMatch(/FROM node:/);
  });
});
