#!/usr/bin/env node
// Entry point for `npx icsim`: registers tsx so the TypeScript CLI runs without a build step.
import { register } from 'tsx/esm/api';

// Output that cannot be written (stdout redirected to a full disk, a closed pipe) is reported in one line, exit code 3
// (src/cli/exitCodes.ts); a reader that stops early (`icsim run --json | head`) simply ends the run.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(0);
    if (stream === process.stdout) process.stderr.write(`icsim: cannot write the output: ${e.code === 'ENOSPC' ? 'no space left on the device (ENOSPC)' : e.code ?? e.message}\n`);
    process.exit(3);
  });
}
register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
