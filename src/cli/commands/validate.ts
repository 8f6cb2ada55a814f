/** `icsim validate`: checks scenario files without running them. */
import type { Command } from '../command.ts';
import { CliError } from '../CliError.ts';
import { loadModel } from '../loadModel.ts';
import { parseCommandArgs } from '../parseCommandArgs.ts';
import { problemText } from '../problemLine.ts';

const help = `Usage: icsim validate MODEL...

Checks each scenario file against the schema and its cross-references.
Prints "ok FILE" for each valid file and the problems (file, field, what is
allowed) for each invalid one. Exits 2 if any file is invalid, 3 if a file
cannot be read.
`;

export const validateCommand: Command = {
  name: 'validate',
  help,
  async run(args) {
    const parsed = parseCommandArgs(args, {}, help);
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    if (positionals.length === 0) throw new CliError('validate needs at least one MODEL file');
    let code = 0;
    for (const file of positionals) {
      try {
        loadModel(file);
        process.stdout.write(`ok ${file}\n`);
      } catch (e) {
        if (!(e instanceof CliError)) throw e;
        code = Math.max(code, e.exitCode);
        process.stderr.write(`${problemText(e.message)}\n`);
      }
    }
    return code;
  },
};
