/**
 * The Sensitivity panel in Chromium: a tiny Morris screen (3 parameters,
 * 2 trajectories, 1 year: 8 runs) of the scenario in the editor runs on
 * the worker pool; the chart has one labelled point per parameter and the
 * table the same parameters, largest mu* first; the command line the page
 * names gives the same mu* and sigma; another metric is analysed without
 * running again; the chart exports as SVG and PNG; a screen can be cancelled.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, ROOT } from './support/browser.ts';
import { chartFit } from './support/chartFit.ts';

const exec = promisify(execFile);
const baseURL = inject('baseURL');
let browser: Awaited<ReturnType<typeof launch>>;
let page: Page;
const errors: string[] = [];

const CHOSEN = ['governance.recognition.gp', 'governance.recognition.trust', 'governance.recognition.icb'];

type Row = { parameter: string; muStar: string; sigma: string };
const tableRows = (): Promise<Row[]> =>
  page.locator('#sens-table tbody tr').evaluateAll((trs) => trs.map((tr) => ({ parameter: (tr as HTMLElement).dataset.parameter!, muStar: (tr as HTMLElement).dataset.muStar!, sigma: (tr as HTMLElement).dataset.sigma! })));

beforeAll(async () => {
  browser = await launch();
  page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${baseURL}?model=default&set=years%3D1`);
  await page.waitForSelector('body[data-runs="1"][data-run-state="done"]', { timeout: 60_000 });
  await page.waitForSelector('#sens-run');
});
afterAll(async () => {
  await browser?.close();
});

describe('the Sensitivity panel', () => {
  it('runs a tiny Morris screen: one labelled point per parameter, and a table of the same parameters by mu*', async () => {
    await page.selectOption('#sens-set', 'governance.recognition');
    await page.click('#sens-count');
    await page.click('#sens-none');
    for (const p of CHOSEN) await page.check(`#sens-params input[value="${p}"]`);
    expect(await page.getAttribute('#sens-count', 'data-count')).toBe('3');
    await page.fill('#sens-trajectories', '2');
    await page.fill('#sens-seed', '5');
    await page.click('#sens-run');
    await page.waitForSelector('#sensitivity[data-state="done"]', { timeout: 60_000 });
    expect(await page.textContent('#sens-status')).toMatch(/^8 runs in [\d.]+ s: 3 parameters, 2 trajectories of 4 levels, 1 replication averaged at each of 8 points\.$/);
    expect(await page.getAttribute('#sens-progress', 'value')).toBe('8');

    const labelled = await page.locator('#chart-sensitivity-host g.parameter.labelled').evaluateAll((gs) => gs.map((g) => (g as SVGGElement).dataset.parameter));
    expect([...labelled].sort()).toEqual([...CHOSEN].sort());
    const labels = await page.locator('#chart-sensitivity-host text.label').allTextContents();
    expect([...labels].sort()).toEqual([...CHOSEN].sort());
    const rows = await tableRows();
    expect(rows.map((r) => r.parameter).sort()).toEqual([...CHOSEN].sort());
    const mu = rows.map((r) => Number(r.muStar));
    expect(mu).toEqual([...mu].sort((a, b) => b - a));
    expect(await page.textContent('#sens-drivers')).toContain(`GP influence turns most on ${rows[0]!.parameter}`);
    expect(await page.textContent('#sens-meaning')).toMatch(/^mu\* is how much the result changes/);
    const fit = await chartFit(page, '#sensitivity .chart-host');
    expect(fit.charts).toBe(1);
    expect(fit.problems).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('names a command line that gives the same mu* and sigma', async () => {
    const note = (await page.textContent('#sens-cli'))!;
    const m = /^icsim sensitivity (.*?) --out screen\.ndjson;/.exec(note);
    expect(m, note).not.toBeNull();
    expect(m![1]).toMatch(/^models\/default\.json --set years=1 --method morris --param /);
    for (const p of CHOSEN) expect(m![1]).toContain(`--param ${p}=`);
    expect(m![1]).toMatch(/ --trajectories 2 --reps 1 --seed 5 --metric gpInfluence$/);
    const dir = mkdtempSync(join(tmpdir(), 'icsim-sens-'));
    const out = join(dir, 'screen.ndjson');
    // The page's words, split as a shell would (no argument has spaces or quotes).
    await exec(process.execPath, [join(ROOT, 'bin/icsim.mjs'), 'sensitivity', ...m![1]!.split(' '), '--out', out, '--workers', '0', '--quiet'], { cwd: ROOT });
    const cli = JSON.parse(readFileSync(join(dir, 'screen.sensitivity.json'), 'utf8')) as { metrics: Array<{ metric: string; parameters: Array<{ path: string; muStar: number; sigma: number }> }> };
    expect(cli.metrics[0]!.metric).toBe('gpInfluence');
    expect(await tableRows()).toEqual(cli.metrics[0]!.parameters.map((p) => ({ parameter: p.path, muStar: String(p.muStar), sigma: String(p.sigma) })));
  });

  it('analyses another metric without running again', async () => {
    await page.selectOption('#sens-metric', 'outcomes.deficit');
    await page.waitForSelector('#sensitivity[data-metric="outcomes.deficit"]');
    expect(await page.textContent('#sens-table caption')).toBe('Morris indices of organisation-years in deficit, largest mu* first');
    expect(await page.locator('#chart-sensitivity-host g.parameter').count()).toBe(3);
    expect(await page.getAttribute('#sens-progress', 'value')).toBe('8');
  });

  it('exports the chart as SVG and PNG', async () => {
    const [svgDl] = await Promise.all([page.waitForEvent('download'), page.click('#chart-sensitivity [data-export="svg"]')]);
    const svg = readFileSync((await svgDl.path())!, 'utf8');
    expect(svg).toContain('<svg');
    expect(svg).toContain('What drives organisation-years in deficit: Morris screen');
    for (const p of CHOSEN) expect(svg).toContain(`>${p}</text>`);
    const [pngDl] = await Promise.all([page.waitForEvent('download'), page.click('#chart-sensitivity [data-export="png"]')]);
    expect(readFileSync((await pngDl.path())!).subarray(1, 4).toString()).toBe('PNG');
  });

  it('can be cancelled', async () => {
    await page.fill('#sens-trajectories', '100');
    await page.click('#sens-run');
    await page.waitForSelector('#sensitivity[data-state="running"]');
    await page.click('#sens-cancel');
    await page.waitForSelector('#sensitivity[data-state="cancelled"]');
    expect(await page.textContent('#sens-status')).toBe('Screen cancelled.');
    expect(await page.isEnabled('#sens-run')).toBe(true);
    expect(errors).toEqual([]);
  });
});
