/**
 * Issue 24 item 7 in Chromium: every file the page exports carries its
 * provenance (scenario, scenario hash, seed, icsim version, date): an SVG
 * in a `<metadata>` element and a drawn footer, a PNG in a `tEXt` chunk, a
 * CSV in a leading comment line, the run's JSON in its `meta`; board-paper
 * figures come as PNG too, at 300 dpi.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, runFinished, useChromium } from './support/page.ts';

const baseURL = inject('baseURL');
const chromium = useChromium();
const today = new Date().toISOString().slice(0, 10);

async function download(page: Page, selector: string): Promise<Buffer> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return readFileSync((await dl.path())!);
}

/** The PNG's width and its tEXt chunks (keyword to text). */
function pngInfo(png: Buffer): { width: number; text: Record<string, string> } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const text: Record<string, string> = {};
  let at = 8;
  let width = 0;
  while (at < png.length) {
    const len = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString('latin1');
    const data = png.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') width = data.readUInt32BE(0);
    if (type === 'tEXt') {
      const nul = data.indexOf(0);
      text[data.subarray(0, nul).toString('latin1')] = data.subarray(nul + 1).toString('latin1');
    }
    at += 12 + len;
  }
  return { width, text };
}

describe('exports carry their provenance', () => {
  let page: Page;
  let errors: string[];
  let meta: { scenario: string; scenarioHash: string; seed: number | string; icsim: string };
  beforeAll(async () => {
    ({ page, errors } = await openPage(chromium(), baseURL, 'desktop'));
    await runFinished(page, 1);
    meta = (JSON.parse((await download(page, '#export-json')).toString('utf8')) as { meta: typeof meta }).meta;
  });
  afterAll(async () => {
    await page?.close();
  });

  it('the run\u2019s JSON names its scenario, hash, seed and version', () => {
    expect(meta.scenario).toBeTruthy();
    expect(meta.scenarioHash).toMatch(/^[0-9a-f]{8,}$/);
    expect(meta.icsim).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('a chart\u2019s SVG has the provenance as metadata and as a footer under the chart', async () => {
    const svg = (await download(page, '#chart-flows [data-export="svg"]')).toString('utf8');
    const line = `Source: scenario ${meta.scenario} (scenario hash ${meta.scenarioHash})`;
    expect(svg).toMatch(new RegExp(`<metadata class="provenance">${line.replace(/[()]/g, '\\$&')}.*drawn ${today}</metadata>`));
    const footer = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(' ');
    expect(footer).toContain(`seed ${String(meta.seed)}`);
    expect(footer).toContain(`drawn ${today}`);
  });

  it('a chart\u2019s PNG has the provenance in a tEXt chunk', async () => {
    const { text } = pngInfo(await download(page, '#chart-outcomes [data-export="png"]'));
    expect(text.Source).toMatch(new RegExp(`^Source: scenario ${meta.scenario} \\(scenario hash ${meta.scenarioHash}\\)`));
    expect(text.Title).toBe('Year-end outcomes by kind of organisation');
  });

  it('a chart\u2019s CSV starts with the provenance as a comment line', async () => {
    const csv = (await download(page, '#chart-balances [data-export="csv"]')).toString('utf8');
    const [first, header] = csv.split('\n');
    expect(first).toMatch(new RegExp(`^# Source: scenario ${meta.scenario} .*seed ${String(meta.seed)}.*drawn ${today}$`));
    expect(header).toBe('month,org,kind,balance');
  });

  it('board-paper figures come as PNG at 300 dpi with their provenance', async () => {
    for (const type of ['influence', 'outcomes']) {
      const { width, text } = pngInfo(await download(page, `#export-print-${type}-png`));
      // 160 mm at 300 dpi.
      expect(Math.abs(width - Math.round((160 / 25.4) * 300))).toBeLessThanOrEqual(1);
      expect(text.Source).toContain(`scenario hash ${meta.scenarioHash}`);
      expect(text.Software).toBe(`icsim ${meta.icsim}`);
    }
    expect(errors).toEqual([]);
  });
});
