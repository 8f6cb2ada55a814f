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
import { problemText, setVerbose } from './problemLine.ts';
import { closest } from './closest.ts';

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
  // --verbose (anywhere before a "--") lists every problem of an error instead of their count and the first.
  const end = argv.indexOf('--') < 0 ? argv.length : argv.indexOf('--');
  setVerbose(argv.slice(0, end).includes('--verbose'));
  const [name, ...rest] = argv.filter((a, i) => i >= end || a !== '--verbose');
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    // No command at all is a usage error: said in one line on stderr, like every other.
    if (!name) process.stderr.write('icsim: no command given (the commands are listed above)\n');
    return name ? EXIT.ok : EXIT.badInput;
  }
  if (name === '--version' || name === '-v') {
    const { VERSION } = await import('../engine/errors.ts');
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const entry: CommandEntry | undefined = commands.find((c) => c.name === name);
  if (!entry) {
    const near = closest(name, commands.map((c) => c.name));
    process.stderr.write(`${problemText(`unknown command "${name}"${near ? `; did you mean "${near}"?` : ''} (icsim --help lists the commands)`, 'icsim: ')}\n`);
    return EXIT.badInput;
  }
  try {
    const cmd = await entry.load();
    return await cmd.run(rest);
  } catch (e) {
    const say = (message: string) => process.stderr.write(`${problemText(message, `icsim ${name}: `)}\n`);
    if (e instanceof CliError) {
      say(e.message);
      return e.exitCode;
    }
    if (e instanceof ScenarioError || e instanceof SweepError || e instanceof ExportError || e instanceof ScaleError) {
      say(e.message);
      return EXIT.badInput;
    }
    if (e instanceof LedgerError) {
      say(e.message);
      return EXIT.failed;
    }
    const code = (e as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      say(`${(e as Error).message.replace(/\n/g, ' ')} (see icsim ${name} --help)`);
      return EXIT.badInput;
    }
    if (isFsError(e)) {
      say(ioError(e, `cannot ${e.syscall ?? 'use'} the file`).message);
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
