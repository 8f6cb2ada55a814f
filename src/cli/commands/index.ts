/** The registry of sub-commands. Each lives in its own file. */
import type { Command } from '../command.ts';
import { chartCommand } from './chart.ts';
import { mergeCommand } from './merge.ts';
import { powerCommand } from './power.ts';
import { reportCommand } from './report.ts';
import { runCommand } from './run.ts';
import { sensitivityCommand } from './sensitivity.ts';
import { summariseCommand } from './summarise.ts';
import { sweepCommand } from './sweep.ts';
import { validateCommand } from './validate.ts';

export const commands: Command[] = [
  runCommand,
  validateCommand,
  powerCommand,
  sweepCommand,
  mergeCommand,
  summariseCommand,
  sensitivityCommand,
  chartCommand,
  reportCommand,
];
