/** `icsim report`: not built yet (see the issue that owns it). */
import type { Command } from '../command.ts';
import { CliError } from '../CliError.ts';

export const reportCommand: Command = {
  name: 'report',
  summary: '(not available yet)',
  help: 'Usage: icsim report ... (not available yet)\n',
  async run() {
    throw new CliError('report is not available yet in this version', 3);
  },
};
