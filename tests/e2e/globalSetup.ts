/**
 * Global setup of the `e2e` vitest project: Chromium (installed with apt
 * when missing), a production build of the page, and a preview server whose
 * address the tests receive with `inject('baseURL')`.
 */
import type { TestProject } from 'vitest/node';
import { buildAndServe, ensureChromium } from './support/browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureChromium();
  const served = await buildAndServe();
  project.provide('baseURL', served.url);
  return () => served.close();
}
