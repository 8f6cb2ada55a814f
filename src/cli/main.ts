/**
 * The `icsim` command line: dispatches to one module per sub-command.
 * Every error prints as one line without a stack trace (set ICSIM_DEBUG=1
 * for the stack), with the exit code of exitCodes.ts.
 */
// Error classes from their own files, and commands loaded on demand: start-up compiles only what a command needs.
import { LedgerError, ScaleError, ScenarioError } from '../engine/errors.ts';
import { CliError } from './CliError.ts';
import { EXIT } from './exitCodes.ts';
import { ioError, isFsError } from './ioError.ts';
import { SweepError } from '../sweep/SweepError.ts';
import { ExportError } from '../export/ExportError.ts';
import { commands, type CommandEntry } from './commands/index.ts';
import { binEntry, runSingleThreaded, wantsSingleThreaded, watchParent } from './singleThreaded.ts';

function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: icsim COMMAND [options]   (icsim COMMAND --help for details)',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
  ].join('\n');
}

/** Runs the CLI with arguments (without node and script); returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  // The compiled CLI runs sweeps that fill every core in a single-threaded child (singleThreaded.ts).
  if (typeof ICSIM_BUNDLE !== 'undefined') {
    watchParent();
    if (wantsSingleThreaded(argv)) return runSingleThreaded(argv, binEntry(import.meta.url));
  }
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? EXIT.ok : EXIT.badInput;
  }
  if (name === '--version' || name === '-v') {
    const { VERSION } = await import('../engine/errors.ts');
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const entry: CommandEntry | undefined = commands.find((c) => c.name === name);
  if (!entry) {
    process.stderr.write(`icsim: unknown command "${name}"\n\n${usage()}`);
    return EXIT.badInput;
  }
  try {
    const cmd = await entry.load();
    return await cmd.run(rest);
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`icsim ${name}: ${e.message}\n`);
      return e.exitCode;
    }
    if (e instanceof ScenarioError || e instanceof SweepError || e instanceof ExportError || e instanceof ScaleError) {
      process.stderr.write(`icsim ${name}: ${e.message}\n`);
      return EXIT.badInput;
    }
    if (e instanceof LedgerError) {
      process.stderr.write(`icsim ${name}: ${e.message}\n`);
      return EXIT.failed;
    }
    const code = (e as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`icsim ${name}: ${(e as Error).message.replace(/\n/g, ' ')} (see icsim ${name} --help)\n`);
      return EXIT.badInput;
    }
    if (isFsError(e)) {
      process.stderr.write(`icsim ${name}: ${ioError(e, `cannot ${e.syscall ?? 'use'} the file`).message}\n`);
      return EXIT.io;
    }
    // Anything else is a fault of icsim itself: one line, the stack only on request.
    const err = e as Error;
    process.stderr.write(
      `icsim ${name}: failed: ${err?.name ?? 'Error'}: ${String(err?.message ?? e).replace(/\s*\n\s*/g, '; ')}` +
        (process.env.ICSIM_DEBUG ? `\n${err?.stack ?? ''}\n` : ' (a fault in icsim: please report it with the command; ICSIM_DEBUG=1 shows where)\n'),
    );
    return EXIT.failed;
  }
}
