#!/usr/bin/env node
// Entry point for `npx icsim`: runs the CLI bundled by `npm run build:node`
// (npm's `prepare` step, so `npm ci` builds it); no TypeScript at start-up.
let cli;
try {
  cli = await import('../dist-node/icsim.mjs');
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('dist-node')) throw e;
  console.error('icsim: the compiled CLI (dist-node/icsim.mjs) is missing; run `npm run build:node` (or `npm ci`) first');
  process.exit(1);
}
process.exitCode = await cli.main(process.argv.slice(2));
