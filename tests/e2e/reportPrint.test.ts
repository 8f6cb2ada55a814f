/**
 * Issue 24 item 1: `icsim report`'s page printed to A4 in Chromium keeps
 * every text inside its figure: the provenance footer wraps within the
 * figure, the small multiples' titles fit their cells (none runs into its
 * neighbour), and the appraisal table and paragraphs stay within the text
 * width. The page is laid out as printed (print media, the A4 text width of
 * the report's @page rule) and printed to PDF as `icsim report` does.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from './support/browser.ts';
import { useChromium } from './support/page.ts';

const run = promisify(execFile);
const chromium = useChromium();
void inject('baseURL');

/** A4 is 210 mm wide; the report's @page rule leaves 25 mm each side: 160 mm of text, in CSS px. */
const TEXT_WIDTH_PX = Math.round((160 / 25.4) * 96);

/** Variants with long hyphenated names, the case that ran titles into each other. */
const VARIANTS = ['devolved-unified-attending', 'devolved-unified-absent', 'devolved-divided-attending', 'advisory-unified-attending', 'advisory-unified-absent', 'contested-unified-attending'];

/** Every text of the printed page that leaves its figure (or the text column), and titles that overlap. */
async function printProblems(page: Page): Promise<{ figures: number; texts: number; problems: string[] }> {
  return page.evaluate(() => {
    const problems: string[] = [];
    let texts = 0;
    const figs = [...document.querySelectorAll('figure')];
    for (const fig of figs) {
      const svg = fig.querySelector('svg')!;
      const b = svg.getBoundingClientRect();
      const boxes: Array<{ text: string; r: DOMRect }> = [];
      for (const t of svg.querySelectorAll('text, tspan')) {
        if (t.tagName === 'text' && t.querySelector('tspan')) continue;
        const text = (t.textContent ?? '').trim();
        if (!text) continue;
        const r = t.getBoundingClientRect();
        if (!r.width) continue;
        texts++;
        if (r.left < b.left - 0.5 || r.right > b.right + 0.5 || r.top < b.top - 0.5 || r.bottom > b.bottom + 0.5) {
          problems.push(`${fig.id}: "${text.slice(0, 50)}" spans ${Math.round(r.left - b.left)}..${Math.round(r.right - b.left)} px of a ${Math.round(b.width)} px figure`);
        }
        if (t.closest('.panel-title')) boxes.push({ text, r });
      }
      // Small-multiple titles side by side must not touch.
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const p = boxes[i]!.r;
          const q = boxes[j]!.r;
          if (p.left < q.right - 0.5 && q.left < p.right - 0.5 && p.top < q.bottom - 0.5 && q.top < p.bottom - 0.5) problems.push(`${fig.id}: "${boxes[i]!.text}" overlaps "${boxes[j]!.text}"`);
        }
    }
    // Nothing outside the text column: tables, paragraphs, figures.
    const body = document.body.getBoundingClientRect();
    for (const el of document.querySelectorAll('body > *, table.appraisal th, table.appraisal td')) {
      const r = el.getBoundingClientRect();
      if (r.width && (r.right > body.right + 0.5 || r.left < body.left - 0.5)) problems.push(`<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40)}" reaches ${Math.round(r.right - body.left)} px of a ${Math.round(body.width)} px column`);
    }
    if (document.documentElement.scrollWidth > window.innerWidth) problems.push(`the page is ${document.documentElement.scrollWidth} px wide in a ${window.innerWidth} px window`);
    return { figures: figs.length, texts, problems: problems.slice(0, 40) };
  });
}

describe('the report printed to A4', () => {
  const dir = mkdtempSync(join(tmpdir(), 'icsim-report-'));
  const sweep = join(dir, 'options.ndjson');
  beforeAll(async () => {
    const icsim = join(ROOT, 'bin/icsim.mjs');
    await run(process.execPath, [icsim, 'sweep', 'models/three-point-plan.json', ...VARIANTS.flatMap((v) => ['--variant', v]), '--variant', 'base', '--reps', '2', '--years', '2', '--workers', '1', '--out', sweep], { cwd: ROOT });
    await run(process.execPath, [icsim, 'report', sweep, '--out', join(dir, 'options.html'), '--date', '2026-12-07'], { cwd: ROOT });
    await run(process.execPath, [icsim, 'report', join(ROOT, 'tests/export/fixtures/run.json'), '--out', join(dir, 'run.html'), '--date', '2026-12-07', '--no-pdf'], { cwd: ROOT });
  });

  for (const name of ['options', 'run'] as const) {
    it(`${name}: every text inside its figure, titles apart, nothing wider than the text column`, async () => {
      const page = await chromium().newPage();
      await page.setViewportSize({ width: TEXT_WIDTH_PX, height: 1000 });
      await page.emulateMedia({ media: 'print' });
      await page.setContent(readFileSync(join(dir, `${name}.html`), 'utf8'), { waitUntil: 'load' });
      const fit = await printProblems(page);
      expect(fit.figures).toBeGreaterThanOrEqual(name === 'options' ? 3 : 2);
      expect(fit.texts).toBeGreaterThan(50);
      expect(fit.problems).toEqual([]);
      // The footer is whole: the date is its last words, on the figure.
      const footers = await page.locator('figure text.provenance').evaluateAll((ts) => ts.map((t) => (t.textContent ?? '').replace(/\s+/g, ' ').trim()));
      expect(footers.length).toBe(fit.figures);
      for (const f of footers) expect(f).toMatch(/drawn 2026-12-07$/);
      await page.close();
    });
  }

  it('the PDF beside the page is A4, on several pages', () => {
    const pdf = readFileSync(join(dir, 'options.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdf.toString('latin1');
    // A4 in points: 595 x 842.
    expect(text).toMatch(/\/MediaBox \[0 0 594\.9\d* 841\.9\d*\]/);
    expect([...text.matchAll(/\/Type \/Page[^s]/g)].length).toBeGreaterThanOrEqual(2);
  });
});
