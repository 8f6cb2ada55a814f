/**
 * The registry of sub-commands. Each lives in its own file and is loaded
 * only when it runs (or shows its help), so `icsim --help` and each command
 * start without compiling the others (the compiled CLI splits them into
 * chunks). The one-line summaries for `icsim --help` live here.
 */
import type { Command } from '../command.ts';

/** A sub-command as listed: its name, its summary, and how to load it. */
export interface CommandEntry {
  name: string;
  /** One line for `icsim --help`. */
  summary: string;
  load: () => Promise<Command>;
}

export const commands: CommandEntry[] = [
  { name: 'run', summary: 'run one simulation and print its summary or full result', load: async () => (await import('./run.ts')).runCommand },
  { name: 'validate', summary: 'check scenario files against the schema', load: async () => (await import('./validate.ts')).validateCommand },
  { name: 'power', summary: 'Banzhaf and Shapley-Shubik power of each seat of a weighted vote', load: async () => (await import('./power.ts')).powerCommand },
  { name: 'sweep', summary: 'run a model over parameter designs, variants and replications in parallel', load: async () => (await import('./sweep.ts')).sweepCommand },
  { name: 'merge', summary: 'merge the shard files of a sweep, checking every run is present once', load: async () => (await import('./merge.ts')).mergeCommand },
  { name: 'summarise', summary: 'mean, sd and 95% CI per design point and variant; paired differences from a baseline', load: async () => (await import('./summarise.ts')).summariseCommand },
  { name: 'sensitivity', summary: 'Morris screening and Sobol\u2019 indices of a model, run as a sweep; analyse the result', load: async () => (await import('./sensitivity.ts')).sensitivityCommand },
  { name: 'discover', summary: 'scenario discovery (PRIM): the conditions under which an outcome holds, from a sweep or the robustness JSON', load: async () => (await import('./discover.ts')).discoverCommand },
  { name: 'robust', summary: 'options × a Latin hypercube of futures (common random numbers): regret and satisficing tables', load: async () => (await import('./robust.ts')).robustCommand },
  { name: 'chart', summary: 'print-ready figure (SVG/PNG, CSV, manifest) from a run result or a sweep', load: async () => (await import('./chart.ts')).chartCommand },
  { name: 'report', summary: 'self-contained HTML (and PDF) appendix: options appraisal table and figures', load: async () => (await import('./report.ts')).reportCommand },
];
