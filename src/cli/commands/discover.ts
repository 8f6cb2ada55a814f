/**
 * `icsim discover`: scenario discovery. From a sweep (or its shards), a
 * sensitivity design's sweep file, or the JSON of `npm run robustness`, the
 * conditions under which a stated outcome holds: PRIM's trajectory and the
 * chosen box in plain parameter names, with coverage, density and the
 * quasi-p-value of each limit.
 */
import { readSweepRuns } from '../../sweep/readSweepRuns.ts';
import { discoveryFromRobustness, discoveryFromSweep, isRobustnessJson, parseOutcome, type DiscoveryData, type DiscoveryOutcome } from '../../sweep/discoveryData.ts';
import { discover, discoveryText } from '../../sweep/discoveryReport.ts';
import { SweepError } from '../../sweep/SweepError.ts';
import type { Command } from '../command.ts';
import { CliError } from '../CliError.ts';
import { EXIT } from '../exitCodes.ts';
import { readJson } from '../loadModel.ts';
import { parseCommandArgs } from '../parseCommandArgs.ts';
import { requireReadable } from '../requireReadable.ts';
import { wholeNumber } from '../readSweepArgs.ts';
import { writeAtomic } from '../writeAtomic.ts';

const help = `Usage: icsim discover INPUT... (--where COND | --pattern ID) [options]

Scenario discovery with PRIM (Friedman and Fisher 1999, as EMA Workbench
runs it): the region of the inputs in which a stated outcome holds, as a box
of limits on a few inputs, with its coverage (the share of the points where
the outcome holds that lie in the box) and density (the share of the box's
points where it holds).

INPUT is a sweep file (.ndjson or .csv from icsim sweep or icsim
sensitivity; several shard files of one sweep are read together, no merge
needed), or the JSON of npm run robustness (--json FILE). The inputs are the
sweep's varied paths (numeric ones) or the robustness run's parameters; the
unit is a design point.

Outcome (one of):
  --where "METRIC>VALUE"    the mean of METRIC over a point's replications
                            compared with VALUE (>, >=, <, <=), e.g.
                            --where "outcomes.deficit>0.5"
  --variant NAME            the variant whose runs --where reads (needed when
                            the sweep has several)
  --where "METRIC:A>B"      a paired effect: the 95% interval of the mean of
                            METRIC under variant A minus variant B (paired by
                            replication) lies above 0 (">") or below ("<"),
                            e.g. --where "gpInfluence:delegated>centralised"
  --pattern ID              (robustness JSON) the pattern's verdict at each point
  --verdict V               holds (default: the 95% interval of the paired
                            effect lies on the claimed side), fails (does not
                            hold), reversed, unclear, or same-side (the mean
                            effect alone is on the claimed side)

PRIM:
  --peel-alpha A            share of the box peeled per step (default 0.05)
  --paste-alpha A           share pasted back per step (default 0.05)
  --min-mass M              least share of the points in a box (default 0.05)
  --min-coverage C          the box reported is the densest whose coverage is
                            at least C (default 0.8)
  --box N                   report box N of the trajectory instead
  --input PATH              look for conditions in this input only (repeatable;
                            a dotted prefix takes every input under it);
                            default: every numeric input

Output:
  --json                    print the result as JSON instead of text
  --out FILE.json           also write the result as JSON (for icsim chart
                            and icsim report)
  -h, --help                show this help

Each limit has a quasi-p-value (Bryant and Lempert 2010): a one-sided
binomial test of the box against the box with that limit dropped; a limit
with a value above 0.05 adds little. With few points (say under 200) and
many inputs, boxes can fit noise: read the quasi-p-values, and check a box
on a fresh sweep.
`;

/** A fraction option in (lo, hi]. */
function fraction(flag: string, text: string | undefined, dflt: number, lo: number, hi: number): number {
  if (text === undefined) return dflt;
  const v = Number(text);
  if (!(v > lo && v <= hi)) throw new CliError(`${flag} ${text}: expected a number above ${lo} and at most ${hi}`);
  return v;
}

/** The data with only the inputs named (exactly or by dotted prefix). */
function onlyInputs(data: DiscoveryData, wanted: readonly string[], label: string): DiscoveryData {
  const keep = data.names.map((n, j) => (wanted.some((w) => n === w || n.startsWith(`${w}.`)) ? j : -1)).filter((j) => j >= 0);
  const none = wanted.filter((w) => !data.names.some((n) => n === w || n.startsWith(`${w}.`)));
  if (none.length) throw new CliError(`--input ${none.join(', ')}: not an input of ${label} (inputs: ${data.names.slice(0, 12).join(', ')}${data.names.length > 12 ? ', ...' : ''})`);
  return { ...data, names: keep.map((j) => data.names[j]!), ranges: keep.map((j) => data.ranges[j]), x: data.x.map((row) => keep.map((j) => row[j]!)) };
}

export const discoverCommand: Command = {
  name: 'discover',
  help,
  async run(args) {
    const parsed = parseCommandArgs(
      args,
      {
        where: { type: 'string' },
        variant: { type: 'string' },
        pattern: { type: 'string' },
        verdict: { type: 'string' },
        'peel-alpha': { type: 'string' },
        'paste-alpha': { type: 'string' },
        'min-mass': { type: 'string' },
        'min-coverage': { type: 'string' },
        box: { type: 'string' },
        input: { type: 'string', multiple: true, default: [] },
        json: { type: 'boolean', default: false },
        out: { type: 'string' },
      },
      help,
    );
    if (!parsed) return EXIT.ok;
    const { values, positionals } = parsed;
    if (!positionals.length) throw new CliError('discover takes an INPUT file (a sweep file, its shards, or the JSON of npm run robustness)');
    if ((values.where === undefined) === (values.pattern === undefined)) throw new CliError('give one outcome: --where "METRIC>VALUE", --where "METRIC:A>B" or --pattern ID');
    const peelAlpha = fraction('--peel-alpha', values['peel-alpha'], 0.05, 0, 0.5);
    const pasteAlpha = fraction('--paste-alpha', values['paste-alpha'], 0.05, 0, 0.5);
    const minMass = fraction('--min-mass', values['min-mass'], 0.05, 0, 1);
    const minCoverage = fraction('--min-coverage', values['min-coverage'], 0.8, 0, 1);
    if (values.out !== undefined && !/\.json$/i.test(values.out)) throw new CliError(`--out ${values.out}: the file name must end in .json`);
    // A missing, unreadable or directory input is exit 3 naming it, as for every command.
    for (const p of positionals) requireReadable(p);
    let outcome: DiscoveryOutcome;
    const verdicts = ['holds', 'fails', 'reversed', 'unclear', 'same-side'] as const;
    if (values.pattern !== undefined) {
      const verdict = values.verdict ?? 'holds';
      if (!(verdicts as readonly string[]).includes(verdict)) throw new CliError(`--verdict ${verdict}: expected ${verdicts.join(', ')}`);
      outcome = { kind: 'pattern', id: values.pattern, verdict: verdict as (typeof verdicts)[number] };
    } else {
      if (values.verdict !== undefined) throw new CliError('--verdict goes with --pattern');
      try {
        outcome = parseOutcome(values.where!, values.variant);
      } catch (e) {
        if (e instanceof SweepError) throw new CliError(e.message);
        throw e;
      }
      if (outcome.kind === 'effect' && values.variant !== undefined) throw new CliError('--variant goes with a threshold; a paired effect names its two variants');
    }
    let data: DiscoveryData;
    try {
      if (/\.json$/i.test(positionals[0]!)) {
        if (positionals.length > 1) throw new CliError('give one robustness JSON file');
        const raw = readJson(positionals[0]!);
        if (!isRobustnessJson(raw)) throw new CliError(`${positionals[0]}: not the JSON of npm run robustness (expected "points", "parameters" and "patterns")`);
        data = discoveryFromRobustness(raw, outcome, positionals[0]!);
      } else {
        const runs = readSweepRuns(positionals);
        data = discoveryFromSweep(runs, outcome, positionals.join(', '));
        if (runs.missing || runs.failed) process.stderr.write(`discover: ${runs.missing} runs missing and ${runs.failed} failed in ${positionals.join(', ')}; the points are read from the runs present\n`);
      }
    } catch (e) {
      if (e instanceof SweepError) throw new CliError(e.message);
      throw e;
    }
    if (values.input.length) data = onlyInputs(data, values.input, positionals.join(', '));
    if (data.x.length < 2) throw new CliError(`${positionals.join(', ')}: ${data.x.length} design point(s) with the runs the outcome needs; PRIM needs many (a hundred or more is usual)`);
    const box = values.box === undefined ? undefined : wholeNumber('--box', values.box, 0, 1_000_000);
    let report;
    try {
      report = discover(data, positionals, { peelAlpha, pasteAlpha, minMass, minCoverage, box });
    } catch (e) {
      // prim refuses inputs that are not finite numbers (a damaged file): say which file.
      if (e instanceof RangeError) throw new CliError(`${positionals.join(', ')}: ${e.message}`);
      throw e;
    }
    if (box !== undefined && box >= report.trajectory.length) throw new CliError(`--box ${box}: the trajectory has boxes 0 to ${report.trajectory.length - 1}`);
    const json = JSON.stringify(report, null, 1) + '\n';
    if (values.out) writeAtomic(values.out, json);
    process.stdout.write(values.json ? json : discoveryText(report));
    if (!report.cases) process.stderr.write('discover: the outcome holds at no point, so there is no box to find\n');
    return EXIT.ok;
  },
};
