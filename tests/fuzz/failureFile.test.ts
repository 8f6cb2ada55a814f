import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FailureFile } from '../../src/fuzz/failureFile.ts';
import { runMetamorphic } from '../../src/fuzz/runMetamorphic.ts';

describe('FailureFile', () => {
  it('leaves an earlier file alone until the first failure, then replaces it and appends line by line', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'icsim-ff-')), 'failures.ndjson');
    writeFileSync(path, '{"old":true}\n');
    const f = new FailureFile(path);
    expect(readFileSync(path, 'utf8')).toBe('{"old":true}\n');
    f.add({ index: 3 });
    expect(readFileSync(path, 'utf8')).toBe('{"index":3}\n');
    f.add({ index: 7 });
    expect(readFileSync(path, 'utf8')).toBe('{"index":3}\n{"index":7}\n');
    expect(f.count).toBe(2);
  });
});

describe('runMetamorphic progress', () => {
  it('reports every drawn case, valid or not, in order', () => {
    const seen: number[] = [];
    runMetamorphic(25, 0, 6, ['determinism'], (index, broken) => {
      seen.push(index);
      expect(broken).toEqual([]);
    });
    expect(seen).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
