import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRowLine, rowLine, scanForResume, splitCsv, SweepWriter, type SweepRow } from '../../src/sweep/index.ts';
import { fakeHeader, tempDir, writeNdjson } from './helpers.ts';

const row = (run: number, extra: object = {}): SweepRow => ({ run, point: 0, variant: 'base', rep: run, seed: `1:${run}`, m: run * 1.5, ...extra });

describe('sweep files', () => {
  it('find the runs done and cut a torn last line', () => {
    const dir = tempDir();
    const file = join(dir, 'a.ndjson');
    const header = fakeHeader({ reps: 5, runs: 5 });
    writeNdjson(file, header, [row(0), row(1)]);
    appendFileSync(file, '{"run":2,"point":0,"vari');
    const { scan, done } = scanForResume(file, 'ndjson', header);
    expect([...done]).toEqual([1, 1, 0, 0, 0]);
    expect(scan.rows).toBe(2);
    expect(scan.tornBytes).toBe(24);
    const w = SweepWriter.resume(file, header, 'ndjson', scan);
    w.write(row(2));
    w.close();
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(JSON.parse(lines[3]!)).toEqual(row(2));
  });

  it('refuse damaged lines, and files that are not sweeps', () => {
    const dir = tempDir();
    const header = fakeHeader({ reps: 5, runs: 5 });
    const a = join(dir, 'a.ndjson');
    writeNdjson(a, header, [row(0)]);
    appendFileSync(a, '{"run":1,"poi\n');
    expect(() => scanForResume(a, 'ndjson', header)).toThrow(/a\.ndjson:3: not valid JSON.*the file is damaged/);
    const b = join(dir, 'b.ndjson');
    writeNdjson(b, header, [row(0)]);
    appendFileSync(b, 'garbage\n' + JSON.stringify(row(1)) + '\n');
    expect(() => scanForResume(b, 'ndjson', header)).toThrow(/b\.ndjson:3: not valid JSON/);
    // A file of something else, even one line without a newline, is never cut.
    writeFileSync(b, 'x,y');
    expect(() => scanForResume(b, 'ndjson', header)).toThrow(/b\.ndjson:1: not an icsim sweep file/);
    writeFileSync(b, '{"a":1}\n{"b":2}\n');
    expect(() => scanForResume(b, 'ndjson', header)).toThrow(/b\.ndjson:1: not an icsim sweep file/);
    // A header cut short is torn: the file is started again.
    writeFileSync(b, '{"icsimSweep":1,"id":"fe');
    expect(scanForResume(b, 'ndjson', header).scan).toMatchObject({ header: undefined, keepBytes: 0, tornBytes: 24 });
  });

  it('refuse a file of another sweep or shard, and runs written twice', () => {
    const dir = tempDir();
    const header = fakeHeader({ reps: 5, runs: 5 });
    const a = join(dir, 'a.ndjson');
    writeNdjson(a, { ...header, id: '0123456789abcdef' }, [row(0)]);
    expect(() => scanForResume(a, 'ndjson', header)).toThrow(/belongs to a different sweep \(id 0123456789abcdef/);
    writeNdjson(a, { ...header, shard: { index: 0, count: 2 } }, [row(0)]);
    expect(() => scanForResume(a, 'ndjson', header)).toThrow(/holds shard 0\/2 of this sweep, not shard none/);
    writeNdjson(a, header, [row(0), row(1), row(0)]);
    expect(() => scanForResume(a, 'ndjson', header)).toThrow(/a\.ndjson:4: run 0 is written twice/);
  });

  it('write CSV that reads back, quoting where needed', () => {
    const dir = tempDir();
    const file = join(dir, 'a.csv');
    const header = fakeHeader({ reps: 3, runs: 3, variants: ['a, "b"'] });
    const w = SweepWriter.create(file, header, 'csv');
    w.write(row(0, { variant: 'a, "b"' }));
    w.write(row(1, { variant: 'a, "b"' }));
    w.close();
    const text = readFileSync(file, 'utf8').split('\n');
    expect(text[0]).toMatch(/^# icsim-sweep \{"icsimSweep":1/);
    // The last column holds the error of a failed run, empty for runs that finished.
    expect(text[1]).toBe('run,point,variant,rep,seed,m,error');
    expect(text[2]).toBe('0,0,"a, ""b""",0,1:0,0,');
    expect(splitCsv(text[3]!)).toEqual(['1', '0', 'a, "b"', '1', '1:1', '1.5', '']);
    expect(parseRowLine(text[3]!, 'csv', splitCsv(text[1]!))).toEqual({ ...row(1, { variant: 'a, "b"' }), error: null });
    const { done, scan } = scanForResume(file, 'csv', header);
    expect([...done]).toEqual([1, 1, 0]);
    expect(scan.columns).toEqual(['run', 'point', 'variant', 'rep', 'seed', 'm', 'error']);
    // A torn CSV line.
    writeFileSync(file, readFileSync(file, 'utf8') + '2,0,"a, ""b');
    expect(scanForResume(file, 'csv', header).scan.tornBytes).toBe(11);
  });

  it('one line per row', () => {
    expect(rowLine(row(3), 'ndjson')).toBe('{"run":3,"point":0,"variant":"base","rep":3,"seed":"1:3","m":4.5}\n');
    expect(rowLine(row(3), 'csv', ['run', 'point', 'variant', 'rep', 'seed', 'm'])).toBe('3,0,base,3,1:3,4.5\n');
  });
});
