/** `icsim chart`: not built yet (see the issue that owns it). */
import type { Command } from '../command.ts';
import { CliError } from '../CliError.ts';

export const chartCommand: Command = {
  name: 'chart',
  summary: '(not available yet)',
  help: 'Usage: icsim chart ... (not available yet)\n',
  async run() {
    throw new CliError('chart is not available yet in this version', 3);
  },
};
