/**
 * The browser worker's fast start (issue 24, item 9; src/api/fastStartApi.ts): the default model
 * validated when the page is built is the file's own validation, and a run started from it answers
 * exactly as the full API does (start report, every month, the result), before and after the full
 * API has taken it over, also when a link sets only its years; any other start goes to the full API.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import parsedDefault from 'virtual:icsim/parsed-default';
import { createFastStartApi } from '../../src/api/fastStartApi.ts';
import { createSimApi } from '../../src/api/createSimApi.ts';
import { unpackBatch } from '../../src/api/snapshotBatch.ts';
import { parseScenario, setPath } from '../../src/engine/index.ts';

const text = readFileSync(new URL('../../models/default.json', import.meta.url), 'utf8');

/** A fast-start API beside a plain one, the full API's loads counted; `months(n)` steps both and gives each side's batch. */
function sideBySide() {
  const counted = { loads: 0 };
  const fast = createFastStartApi(parsedDefault, async () => (counted.loads++, createSimApi()));
  const plain = createSimApi();
  const months = async (n: number) => [JSON.stringify(unpackBatch(await fast.next(n))), JSON.stringify(unpackBatch(plain.next(n)))];
  return { fast, plain, counted, months };
}

describe('the fast start of the bundled default model', () => {
  it('carries the model file and its validation as parseScenario gives it', () => {
    expect(parsedDefault.text).toBe(text);
    expect(parsedDefault.scenario).toEqual(JSON.parse(JSON.stringify(parseScenario(JSON.parse(text), 'models/default.json'))));
  });

  it('answers as the full API: start, months before and after the full API takes over, result, reset', async () => {
    const { fast, plain, counted, months } = sideBySide();
    const options = { seed: 3, years: 2 };
    expect(await fast.start(text, options)).toEqual(plain.start(text, options));
    expect(counted.loads).toBe(0);
    // Months stepped here, then (once the full API has loaded behind them) by the full API.
    const [fast1, plain1] = await months(1);
    expect(fast1).toBe(plain1);
    const [fast5, plain5] = await months(5);
    expect(fast5).toBe(plain5);
    expect(await fast.month()).toBe(6);
    expect(counted.loads).toBe(1);
    const [fast12, plain12] = await months(12);
    expect(fast12).toBe(plain12);
    expect(JSON.stringify(await fast.result())).toBe(JSON.stringify(plain.result()));
    expect(await fast.reset()).toEqual(plain.reset());
    const [fast3, plain3] = await months(3);
    expect(fast3).toBe(plain3);
  });

  it('knows, from the build, every number of years the schema allows as giving the file\'s validation with only the years changed', () => {
    expect(parsedDefault.years).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it('starts fast a link that only sets the years (as the page writes it), and answers as the full API', async () => {
    const tenYears = JSON.stringify(setPath(JSON.parse(text), 'years', 10), null, 2) + '\n';
    const { fast, plain, counted, months } = sideBySide();
    const options = { seed: 5 };
    const info = await fast.start(tenYears, options);
    expect(info).toEqual(plain.start(tenYears, options));
    expect(info.ok && info.totalMonths).toBe(120);
    expect(counted.loads).toBe(0);
    const [fast1, plain1] = await months(1);
    expect(fast1).toBe(plain1);
    const [fast13, plain13] = await months(13);
    expect(fast13).toBe(plain13);
    expect(await fast.month()).toBe(14);
    expect(counted.loads).toBe(1);
    expect(await fast.reset()).toEqual(plain.reset());
    const [fast2, plain2] = await months(2);
    expect(fast2).toBe(plain2);
  });

  it('sends any other start to the full API: an edited text, overrides, or a second start', async () => {
    const edited = text.replace('"name": "default"', '"name": "edited"');
    expect(edited).not.toBe(text);
    for (const [raw, options] of [
      [edited, { seed: 2 }],
      [text, { seed: 2, overrides: { years: 1 } }],
      // The years and something else; years the schema refuses (the full API says why); years as text.
      [JSON.stringify({ ...JSON.parse(text), years: 3, startYear: 2025 }), { seed: 2 }],
      [JSON.stringify({ ...JSON.parse(text), years: 60 }), { seed: 2 }],
      [JSON.stringify({ ...JSON.parse(text), years: '3' }), { seed: 2 }],
      ['{ "years": 3', { seed: 2 }],
    ] as const) {
      let loads = 0;
      const fast = createFastStartApi(parsedDefault, async () => (loads++, createSimApi()));
      expect(await fast.start(raw, options)).toEqual(createSimApi().start(raw, options));
      expect(loads).toBe(1);
    }
    const fast = createFastStartApi(parsedDefault, async () => createSimApi());
    await fast.start(text, { seed: 1, years: 1 });
    const plain = createSimApi();
    expect(await fast.start(text, { seed: 4, years: 1 })).toEqual(plain.start(text, { seed: 4, years: 1 }));
    expect(JSON.stringify(unpackBatch(await fast.next(12)))).toBe(JSON.stringify(unpackBatch(plain.next(12))));
  });
});
