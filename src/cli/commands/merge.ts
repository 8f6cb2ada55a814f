/** `icsim merge`: not built yet (see the issue that owns it). */
import type { Command } from '../command.ts';
import { CliError } from '../CliError.ts';

export const mergeCommand: Command = {
  name: 'merge',
  summary: '(not available yet)',
  help: 'Usage: icsim merge ... (not available yet)\n',
  async run() {
    throw new CliError('merge is not available yet in this version', 3);
  },
};
