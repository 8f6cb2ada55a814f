/**
 * The report as PDF through headless Chromium (playwright-core, Debian's
 * /usr/bin/chromium, in a throwaway profile: Playwright refuses --user-data-dir
 * in launch arguments). Returns null when no
 * Chromium is installed, so callers can skip the PDF with a note.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the PDF renderer looks for Chromium. */
export const CHROMIUM = process.env.ICSIM_CHROMIUM ?? '/usr/bin/chromium';

/** Prints HTML to an A4 PDF; null when Chromium is absent. */
export async function printPdf(html: string, executablePath = CHROMIUM): Promise<Buffer | null> {
  if (!existsSync(executablePath)) return null;
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'icsim-pdf-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    // Numbered pages, with the report's title, in the bottom margin: an appendix's pages can be cited and put back in order.
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font-family: 'DejaVu Sans', sans-serif; font-size: 7pt; color: #4d4d4d; width: 100%; margin: 0 25mm; display: flex; justify-content: space-between"><span class="title"></span><span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
    });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
