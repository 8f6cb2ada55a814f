import { defineConfig } from 'vitest/config';
import { CONTENT_SECURITY_POLICY } from './src/ui/contentSecurityPolicy.ts';

export default defineConfig({
  base: './',
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    target: 'es2022',
    // The engine's modules only define values (docs/ARCHITECTURE.md): one the page does not use is left out of its chunks, so a
    // light import (src/engine/light.ts) does not evaluate the rest of the barrel (the page's entry then starts the worker sooner).
    rolldownOptions: { treeshake: { moduleSideEffects: [{ test: /[\\/]src[\\/]engine[\\/]/, sideEffects: false }] } },
  },
  plugins: [
    {
      // The built page carries its Content-Security-Policy (src/ui/contentSecurityPolicy.ts) as a meta element.
      name: 'icsim-csp',
      apply: 'build',
      transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
    },
  ],
  // `npm start` and the browser tests serve the build with the same policy as a header (it then covers the workers too).
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  test: {
    // Tests that start the CLI or a Node worker run the esbuild bundle: build it first.
    globalSetup: ['scripts/build-node.mjs'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**'], environment: 'node', testTimeout: 120_000 },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], environment: 'node', testTimeout: 180_000, hookTimeout: 300_000, fileParallelism: false, globalSetup: ['tests/e2e/globalSetup.ts'] },
      },
    ],
  },
});
