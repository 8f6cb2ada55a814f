/** `icsim summarise`: not built yet (see the issue that owns it). */
import type { Command } from '../command.ts';
import { CliError } from '../CliError.ts';

export const summariseCommand: Command = {
  name: 'summarise',
  summary: '(not available yet)',
  help: 'Usage: icsim summarise ... (not available yet)\n',
  async run() {
    throw new CliError('summarise is not available yet in this version', 3);
  },
};
