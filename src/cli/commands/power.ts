/** `icsim power`: not built yet (see the issue that owns it). */
import type { Command } from '../command.ts';
import { CliError } from '../CliError.ts';

export const powerCommand: Command = {
  name: 'power',
  summary: '(not available yet)',
  help: 'Usage: icsim power ... (not available yet)\n',
  async run() {
    throw new CliError('power is not available yet in this version', 3);
  },
};
