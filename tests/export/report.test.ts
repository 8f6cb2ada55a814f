import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM } from '../../src/export/report/printPdf.ts';
import { files, GRID, icsim, OPTIONS, RUN, scratch } from './helpers.ts';

describe('icsim report', () => {
  it('writes one self-contained page with the appraisal table and inline figures', async () => {
    const dir = scratch();
    const out = join(dir, 'appendix.html');
    const r = await icsim('report', OPTIONS, '--out', out, '--baseline', 'status-quo-plus', '--date', '2000-01-01', '--no-pdf');
    expect(r.code).toBe(0);
    expect(files(dir)).toEqual(['appendix.html']);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    // No external resources: no src attributes, no stylesheet links, no URLs but data: and the SVG namespace.
    expect(html).not.toMatch(/\ssrc=/);
    expect(html).not.toMatch(/<link[^>]+stylesheet/);
    expect([...html.matchAll(/(?:href|url)\s*[=(]\s*["']?([^"')\s>]+)/g)].map((m) => m[1]).filter((u) => !u!.startsWith('data:') && !u!.startsWith('#'))).toEqual([]);
    expect(html.match(/<svg /g)).toHaveLength(3);
    expect(html).not.toContain('<?xml');
    expect(html).toContain('<table class="appraisal">');
    expect(html).toContain('Difference from status-quo-plus (95% CI)');
    expect(html).toMatch(/<td class="opt">practices-employ<\/td>/);
    expect(html).toContain('drawn 2000-01-01');
    // Element ids are unique on the page.
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('draws the response curve and heatmap for a sweep that varies two parameters', async () => {
    const dir = scratch();
    const r = await icsim('report', GRID, '--out', join(dir, 'grid.html'), '--date', '2000-01-01', '--no-pdf');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/4 figures \(influence, outcomes, response, heatmap\)/);
  });

  it('refuses a run result with --baseline, writing nothing', async () => {
    const dir = scratch();
    const r = await icsim('report', RUN, '--out', join(dir, 'x.html'), '--baseline', 'a', '--no-pdf');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/run\.json: --baseline and --metric need sweep results/);
    expect(files(dir)).toEqual([]);
  });

  it.skipIf(!existsSync(CHROMIUM))('writes an A4 PDF beside the page when Chromium is available', async () => {
    const dir = scratch();
    const r = await icsim('report', RUN, '--out', join(dir, 'run.html'), '--date', '2000-01-01');
    expect(r.code).toBe(0);
    expect(files(dir)).toEqual(['run.html', 'run.pdf']);
    const pdf = readFileSync(join(dir, 'run.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
  });
});

describe('the report keeps intervals within what a metric can be', () => {
  it('clips a level to its bounds and says so; leaves a difference alone', async () => {
    const { clipLevel } = await import('../../src/export/report/buildReport.ts');
    // A count's interval from two replications reaches below zero (Student's t with 1 degree of freedom).
    expect(clipLevel('outcomes.deficit', -9.97, 79)).toEqual({ ciLow: 0, ciHigh: 79, clipped: true });
    // GP influence lies in [-1, 1].
    expect(clipLevel('gpInfluence', -1.378, 1.785)).toEqual({ ciLow: -1, ciHigh: 1, clipped: true });
    expect(clipLevel('gpInfluence', -0.031, 0.039)).toEqual({ ciLow: -0.031, ciHigh: 0.039, clipped: false });
    // Money is unbounded; a missing interval stays missing.
    expect(clipLevel('systemBalance', -151e6, -11.7e6).clipped).toBe(false);
    expect(clipLevel('outcomes.deficit', NaN, NaN)).toEqual({ ciLow: NaN, ciHigh: NaN, clipped: false });
  });

  it('marks clipped intervals in the table of a two-replication sweep, with the note', async () => {
    const dir = scratch();
    const out = join(dir, 'appendix.html');
    const r = await icsim('report', OPTIONS, '--out', out, '--baseline', 'status-quo-plus', '--date', '2000-01-01', '--no-pdf');
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    const cells = [...html.matchAll(/<span>\(([^<]*)\)<\/span>/g)].map((m) => m[1]!);
    // The fixture's counts have intervals reaching below zero in three cells: clipped at 0 (or ±1 for GP influence), marked, and noted.
    const clipped = cells.filter((x) => x.endsWith('*'));
    expect(clipped.length).toBeGreaterThan(0);
    for (const c of clipped) expect(c).toMatch(/^(0|−?1) to /);
    expect(html).toContain('An interval clipped at its metric');
  });
});
