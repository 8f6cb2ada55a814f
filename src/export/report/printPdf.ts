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
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
