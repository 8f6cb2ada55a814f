/**
 * Outputs never clobber (issue 25, src/cli/writeAtomic.ts): `--out` onto a
 * FIFO or a device writes straight through, a symbolic link is followed
 * (its target written, the link kept), and nothing that is not a regular
 * file is ever replaced by one.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomic } from '../../src/cli/writeAtomic.ts';
import { runCliInProcess } from '../helpers/cli.ts';

const root = new URL('../../', import.meta.url).pathname;
const OPTIONS = join(root, 'tests/export/fixtures/options.ndjson');
const RUN = join(root, 'tests/export/fixtures/run.json');
const dir = mkdtempSync(join(tmpdir(), 'icsim-out-'));
const at = (name: string) => join(dir, name);
let n = 0;

/** A new FIFO with a reader (`cat`, in its own process) that copies what arrives to a file; resolves with that text once the writer closes. */
function fifoWithReader(name: string): { path: string; received: Promise<string> } {
  const path = at(name);
  expect(spawnSync('mkfifo', [path]).status).toBe(0);
  const copy = at(`${name}.received`);
  const reader = spawn('sh', ['-c', 'cat "$1" > "$2"', 'sh', path, copy]);
  const received = new Promise<string>((done) => reader.on('exit', () => done(readFileSync(copy, 'utf8'))));
  return { path, received };
}

/** A symbolic link to /dev/null, named like an output. */
function linkToDevNull(name: string): string {
  const link = at(name);
  symlinkSync('/dev/null', link);
  return link;
}

const expectDevNullIntact = (link: string) => {
  expect(lstatSync(link).isSymbolicLink()).toBe(true);
  expect(readlinkSync(link)).toBe('/dev/null');
  expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
};

describe('--out onto a FIFO writes straight through and leaves the FIFO', () => {
  it('run --out', async () => {
    const { path, received } = fifoWithReader('run-fifo.json');
    const r = await runCliInProcess(['run', '--years', '1', '--seed', '3', '--out', path]);
    expect(r.code).toBe(0);
    expect(JSON.parse(await received).meta.years).toBe(1);
    expect(lstatSync(path).isFIFO()).toBe(true);
  });

  it('summarise --csv', async () => {
    const { path, received } = fifoWithReader('summary-fifo.csv');
    const r = await runCliInProcess(['summarise', OPTIONS, '--csv', path]);
    expect(r.code).toBe(0);
    expect((await received).split('\n')[0]).toMatch(/^variant,metric,n,mean,/);
    expect(lstatSync(path).isFIFO()).toBe(true);
  });

  it('merge refuses a FIFO (it writes a checked regular file) and leaves it', async () => {
    const path = at('merge-fifo.ndjson');
    expect(spawnSync('mkfifo', [path]).status).toBe(0);
    const r = await runCliInProcess(['merge', OPTIONS, '--out', path, '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/merge-fifo\.ndjson: merge writes a regular file/);
    expect(lstatSync(path).isFIFO()).toBe(true);
  });
});

describe('--out onto a symbolic link writes its target and keeps the link', () => {
  it('a link to /dev/null: run --out, summarise --csv, chart --out, report --out stay links to a device', async () => {
    const runLink = linkToDevNull('run-null.json');
    expect((await runCliInProcess(['run', '--years', '1', '--out', runLink])).code).toBe(0);
    expectDevNullIntact(runLink);
    const csvLink = linkToDevNull('summary-null.csv');
    expect((await runCliInProcess(['summarise', OPTIONS, '--csv', csvLink])).code).toBe(0);
    expectDevNullIntact(csvLink);
    const svgLink = linkToDevNull('chart-null.svg');
    expect((await runCliInProcess(['chart', RUN, '--type', 'influence', '--out', svgLink, '--date', '2026-01-01'])).code).toBe(0);
    expectDevNullIntact(svgLink);
    const htmlLink = linkToDevNull('report-null.html');
    expect((await runCliInProcess(['report', RUN, '--out', htmlLink, '--no-pdf', '--date', '2026-01-01'])).code).toBe(0);
    expectDevNullIntact(htmlLink);
  });

  it('/dev/null named directly stays a device', async () => {
    expect((await runCliInProcess(['run', '--years', '1', '--out', '/dev/null'])).code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('a link to a regular file: the file gets the output, the link stays, the mode is kept', async () => {
    const target = at('real.csv');
    writeFileSync(target, 'old\n');
    chmodSync(target, 0o640);
    const link = at('link.csv');
    symlinkSync('real.csv', link);
    expect((await runCliInProcess(['summarise', OPTIONS, '--csv', link])).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toMatch(/^variant,metric,n,mean,/);
    expect(statSync(target).mode & 0o777).toBe(0o640);
  });

  it('a link whose target does not exist yet: the target is created, the link stays', async () => {
    const link = at('dangling.json');
    symlinkSync('made-later.json', link);
    expect((await runCliInProcess(['run', '--years', '1', '--out', link])).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(at('made-later.json'), 'utf8')).meta.years).toBe(1);
  });

  it('merge --force through a link writes the link target', async () => {
    const target = at('merged-real.ndjson');
    writeFileSync(target, 'old\n');
    const link = at('merged-link.ndjson');
    symlinkSync(target, link);
    expect((await runCliInProcess(['merge', OPTIONS, '--out', link, '--force'])).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8').split('\n')[0]).toContain('"icsimSweep":1');
  });
});

describe('what is not a file is never replaced', () => {
  it('a directory is refused with exit 3, naming it', async () => {
    const d = at(`folder-${n++}.json`);
    mkdirSync(d);
    const r = await runCliInProcess(['run', '--years', '1', '--out', d]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/folder-\d+\.json: cannot write the file: it is a directory/);
    expect(statSync(d).isDirectory()).toBe(true);
  });

  it('sweep --out: a directory is 3, a FIFO or device 2, each named, nothing replaced', async () => {
    const d = at(`sweep-folder-${n++}.ndjson`);
    mkdirSync(d);
    for (const extra of [[], ['--resume']]) {
      const r = await runCliInProcess(['sweep', '--years', '1', '--reps', '1', '--workers', '0', ...extra, '--out', d]);
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/sweep-folder-\d+\.ndjson: cannot write the file: it is a directory/);
    }
    const link = linkToDevNull('sweep-null.ndjson');
    const r = await runCliInProcess(['sweep', '--years', '1', '--reps', '1', '--workers', '0', '--resume', '--out', link]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/sweep-null\.ndjson: not a regular file/);
    expectDevNullIntact(link);
  });

  it('a loop of links is refused with exit 3', () => {
    symlinkSync('loop-b', at('loop-a'));
    symlinkSync('loop-a', at('loop-b'));
    expect(() => writeAtomic(at('loop-a'), 'x')).toThrow(/loop-a: cannot write the file: ELOOP/);
    expect(lstatSync(at('loop-a')).isSymbolicLink()).toBe(true);
  });
});
