#!/usr/bin/env node
// Entry point for `npx icsim`: runs the CLI bundled by `npm run build:node`
// (npm's `prepare` step, so `npm ci` builds it); no TypeScript at start-up.

// Output that cannot be written (stdout redirected to a full disk, a closed pipe) is reported in one line, exit code 3
// (src/cli/exitCodes.ts); a reader that stops early (`icsim run --json | head`) simply ends the run.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(0);
    if (stream === process.stdout) process.stderr.write(`icsim: cannot write the output: ${e.code === 'ENOSPC' ? 'no space left on the device (ENOSPC)' : e.code ?? e.message}\n`);
    process.exit(3);
  });
}
let cli;
try {
  cli = await import('../dist-node/icsim.mjs');
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('dist-node')) throw e;
  console.error('icsim: the compiled CLI (dist-node/icsim.mjs) is missing; run `npm run build:node` (or `npm ci`) first');
  process.exit(1);
}
process.exitCode = await cli.main(process.argv.slice(2));
