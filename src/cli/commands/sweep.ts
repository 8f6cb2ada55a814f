/** `icsim sweep`: not built yet (see the issue that owns it). */
import type { Command } from '../command.ts';
import { CliError } from '../CliError.ts';

export const sweepCommand: Command = {
  name: 'sweep',
  summary: '(not available yet)',
  help: 'Usage: icsim sweep ... (not available yet)\n',
  async run() {
    throw new CliError('sweep is not available yet in this version', 3);
  },
};
