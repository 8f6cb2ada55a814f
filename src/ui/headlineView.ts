/**
 * The first thing a reader sees above the charts: the run's headline (GP
 * influence and year-end outcomes) in words, with why GP influence is what
 * it is under the scenario's rules, and the same scenario and seed run under
 * the other devolution rule, side by side, so the headline explains itself.
 */
import type { RunResult, Scenario, Summary } from '../engine/index.ts';
// The light entry: the engine's index would evaluate its whole schema on the main thread while the first run streams.
import { setPath } from '../engine/light.ts';
import { groupDigits, h, scrollRegion } from './dom.ts';
import { headline, plural, questionFigures } from './resultFields.ts';
import type { WorkerPool } from './workerPool.ts';

/** The settings behind the headline's explanation. */
export interface HeadlineRules {
  devolution: Scenario['governance']['devolution']['mode'];
  allocation: Scenario['allocation']['rule'];
  gpAttends: boolean;
  gpMode: Scenario['governance']['gp']['mode'];
}

/** The rules from values read from a scenario (unknown values fall back to the defaults). */
export function headlineRules(v: { devolution: unknown; allocation: unknown; gpAttends: unknown; gpMode: unknown }): HeadlineRules {
  const pick = <T extends string>(x: unknown, allowed: readonly T[], fallback: T): T => (allowed.includes(x as T) ? (x as T) : fallback);
  return {
    devolution: pick(v.devolution, ['centralised', 'delegated', 'leadProvider'] as const, 'centralised'),
    allocation: pick(v.allocation, ['negotiate', 'rollForward'] as const, 'negotiate'),
    gpAttends: v.gpAttends !== false,
    gpMode: pick(v.gpMode, ['fragmented', 'pcn', 'unified', 'unified+executive'] as const, 'pcn'),
  };
}

const RULE_WORDS: Record<HeadlineRules['devolution'], string> = {
  centralised: 'centralised rules (the ICB board decides; place boards only advise)',
  delegated: 'delegated rules (place boards decide a share of the budget)',
  leadProvider: 'lead-provider rules (a provider decides the place share)',
};

/**
 * One or two sentences saying why GP influence came out as it did;
 * `beside` says whether the other devolution rule is shown beside it.
 */
export function influenceReason(r: RunResult, rules: HeadlineRules, beside = true): string {
  const inf = headline(r.summary).gpInfluence;
  if (rules.allocation === 'rollForward') return 'No board negotiates the budget under the rollForward allocation rule (last year\u2019s shares are carried forward), so GP influence is not measured.';
  if (inf === null) return 'No allocation decision was negotiated in this run, so GP influence is not measured.';
  if (!rules.gpAttends) return 'GP representatives do not attend boards in this scenario, so general practice has no say in what boards decide.';
  const pct = `${(Math.abs(inf) * 100).toFixed(0)}%`;
  const how = 'compared with the same decisions replayed with its seats empty';
  if (inf === 0) return `General practice\u2019s presence changed none of the adopted allocations (${how}), so GP influence is 0: whatever it got, it would have got without being there.`;
  const where =
    rules.devolution === 'centralised'
      ? ` Under centralised rules its only seat is the ICB board\u2019s partner member, with place boards\u2019 advice; ${beside ? 'compare the delegated rules beside it' : 'run it under delegated rules with Compare options below'}.`
      : '';
  if (inf < 0) return `General practice\u2019s presence moved the adopted allocations ${pct} of the way away from what its practices want (${how}): the position its representatives carried differed from theirs.${where}`;
  return `General practice\u2019s presence moved the adopted allocations ${pct} of the way from where they would have been without it towards what its practices want (${how}; 0 = no difference, 1 = all the way).${where}`;
}

/** A share as a signed percentage, e.g. `\u22120.2%`. */
const pct = (v: number) => `${v < 0 ? '\u2212' : v > 0 ? '+' : ''}${Math.abs(v * 100).toFixed(1)}%`;
/** Money in millions, e.g. `\u2212\u00a33.0m`. */
// A word joiner after the minus keeps the sign with the amount when the line wraps.
const millions = (v: number) => `${v < 0 ? '\u2212\u2060' : ''}\u00a3${groupDigits(Math.abs(v) / 1e6, 1)}m`;

/** The headline numbers of a result as a table row: one column per question. */
function row(label: string, summary: Summary): HTMLTableRowElement {
  const hd = headline(summary);
  const q = questionFigures(summary);
  return h(
    'tr',
    {},
    h('th', { scope: 'row' }, label),
    h('td', { 'data-field': 'gpInfluence' }, hd.gpInfluence === null ? 'not measured' : hd.gpInfluence.toFixed(3)),
    h('td', { 'data-field': 'trustsInDeficit', class: q.trusts.inDeficit > 0 ? 'has-deficit' : '' }, `${groupDigits(q.trusts.inDeficit)} of ${groupDigits(q.trusts.of)}`),
    h('td', { 'data-field': 'trustResult' }, q.trusts.of ? `${pct(q.trusts.resultShare)} (${millions(q.trusts.result)})` : ''),
    h('td', { 'data-field': 'practicesInDeficit', class: q.practices.inDeficit > 0 ? 'has-deficit' : '' }, `${groupDigits(q.practices.inDeficit)} of ${groupDigits(q.practices.of)}`),
    h('td', {}, String(hd.decisions)),
  );
}

/**
 * Draws the headline of `r` into `host`; then, when a pool is given, runs
 * the same scenario and seed under the other devolution rule and adds it as
 * a second row. `isCurrent` says whether `r` is still the result shown.
 */
export async function showHeadline(host: HTMLElement, r: RunResult, raw: unknown, rules: HeadlineRules, pool: (() => WorkerPool) | null, isCurrent: () => boolean): Promise<void> {
  const hd = headline(r.summary);
  const q = questionFigures(r.summary);
  const years = plural(r.meta.years, 'year');
  // Over a one-year run the last year is the whole run: said once.
  const over = r.meta.years > 1;
  const n = (v: number) => groupDigits(v);
  const tbody = h('tbody', {}, row(`This run: ${rules.devolution}`, r.summary));
  const other: HeadlineRules['devolution'] = rules.devolution === 'centralised' ? 'delegated' : 'centralised';
  const second = pool !== null && rules.allocation === 'negotiate' && rules.devolution !== 'leadProvider';
  const note = h('p', { class: 'note', id: 'headline-other' }, `Running the same scenario and seed under ${other} rules for comparison\u2026`);
  const question = (id: string, lead: string, rest: string) => h('p', { class: 'headline-text', id }, h('strong', {}, lead), rest);
  host.replaceChildren(
    h('h3', {}, 'What this run shows'),
    question('headline-gp', `GP influence ${hd.gpInfluence === null ? 'not measured' : hd.gpInfluence.toFixed(2)}`, ` under ${RULE_WORDS[rules.devolution]}. ${influenceReason(r, rules, second)}`),
    question(
      'headline-trusts',
      `Trusts: ${n(q.trusts.inDeficit)} of ${plural(q.trusts.of, 'trust')} in deficit in ${q.fy}`,
      q.trusts.of
        ? `, the last year; their combined result was ${pct(q.trusts.resultShare)} of their income (${millions(q.trusts.result)}).${over ? ` Over the ${years}, ${n(q.trustYears.inDeficit)} of ${plural(q.trustYears.of, 'trust-year')} ended in deficit.` : ''}`
        : '.',
    ),
    question(
      'headline-practices',
      `Practices: ${n(q.practices.inDeficit)} of ${plural(q.practices.of, 'practice')} in deficit in ${q.fy}`,
      `${over ? `; over the ${years}, ${n(q.practiceYears.inDeficit)} of ${plural(q.practiceYears.of, 'practice-year')} ended in deficit` : ''}. An organisation is at break-even when its result is within the tolerance band of its income.`,
    ),
    h('p', { class: 'note', id: 'headline-interval' }, `One run (seed ${String(r.meta.seed)}), so these figures have no interval: Compare options below runs replications with common random numbers and gives each figure a 95% confidence interval.`),
    scrollRegion(
      h(
        'table',
        { id: 'headline-table' },
        h('caption', {}, `Headline by devolution rule (seed ${String(r.meta.seed)}, ${years}; GP influence: what its presence changed, 0 = nothing, 1 = all the way to its ideal; trusts and practices in deficit in ${q.fy}; trusts\u2019 combined result as a share of income that year)`),
        h('thead', {}, h('tr', {}, ...['Rules', 'GP influence', `Trusts in deficit, ${q.fy}`, `Trusts\u2019 result, ${q.fy}`, `Practices in deficit, ${q.fy}`, 'Board decisions'].map((c) => h('th', { scope: 'col' }, c)))),
        tbody,
      ),
    ),
    second ? note : '',
  );
  if (!pool || rules.allocation !== 'negotiate' || rules.devolution === 'leadProvider') return;
  try {
    const [alt] = await pool().replicate(setPath(raw, 'governance.devolution.mode', other), { seeds: [r.meta.seed], years: r.meta.years });
    if (!isCurrent() || !alt) return;
    tbody.append(row(`Same seed: ${other}`, alt.summary));
    note.textContent = `The second row runs the same scenario and seed with governance.devolution.mode set to ${other}; use Compare options below for intervals over many seeds.`;
  } catch (e) {
    if (isCurrent()) note.textContent = `The ${other} run could not be made: ${(e as Error).message}`;
  }
}
