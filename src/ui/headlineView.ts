/**
 * The first thing a reader sees above the charts: the run's headline (GP
 * influence and year-end outcomes) in words, with why GP influence is what
 * it is under the scenario's rules, and the same scenario and seed run under
 * the other devolution rule, side by side, so the headline explains itself.
 */
import type { RunResult, Scenario, Summary } from '../engine/index.ts';
import { setPath } from '../engine/index.ts';
import { h } from './dom.ts';
import { headline } from './resultFields.ts';
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

/** One or two sentences saying why GP influence came out as it did. */
export function influenceReason(r: RunResult, rules: HeadlineRules): string {
  const inf = headline(r.summary).gpInfluence;
  if (rules.allocation === 'rollForward') return 'No board negotiates the budget under the rollForward allocation rule (last year\u2019s shares are carried forward), so GP influence is not measured.';
  if (inf === null) return 'No allocation decision was negotiated in this run, so GP influence is not measured.';
  if (!rules.gpAttends) return 'GP representatives do not attend boards in this scenario, so general practice has no say in what boards decide.';
  const pct = `${(Math.abs(inf) * 100).toFixed(0)}%`;
  const how = 'compared with the same decisions replayed with its seats empty';
  if (inf === 0) return `General practice\u2019s presence changed none of the adopted allocations (${how}), so GP influence is 0: whatever it got, it would have got without being there.`;
  const where = rules.devolution === 'centralised' ? ' Under centralised rules its only seat is the ICB board\u2019s partner member, with place boards\u2019 advice; compare the delegated rules beside it.' : '';
  if (inf < 0) return `General practice\u2019s presence moved the adopted allocations ${pct} of the way away from what its practices want (${how}): the position its representatives carried differed from theirs.${where}`;
  return `General practice\u2019s presence moved the adopted allocations ${pct} of the way from where they would have been without it towards what its practices want (${how}; 0 = no difference, 1 = all the way).${where}`;
}

/** The headline numbers of a result as a table row. */
function row(label: string, summary: Summary): HTMLTableRowElement {
  const hd = headline(summary);
  return h(
    'tr',
    {},
    h('th', { scope: 'row' }, label),
    h('td', { 'data-field': 'gpInfluence' }, hd.gpInfluence === null ? 'not measured' : hd.gpInfluence.toFixed(3)),
    h('td', {}, String(hd.surplus)),
    h('td', {}, String(hd.breakeven)),
    h('td', { class: hd.deficit > 0 ? 'has-deficit' : '' }, String(hd.deficit)),
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
  const orgYears = hd.surplus + hd.breakeven + hd.deficit;
  const tbody = h('tbody', {}, row(`This run: ${rules.devolution}`, r.summary));
  const other: HeadlineRules['devolution'] = rules.devolution === 'centralised' ? 'delegated' : 'centralised';
  const note = h('p', { class: 'note', id: 'headline-other' }, `Running the same scenario and seed under ${other} rules for comparison\u2026`);
  host.replaceChildren(
    h('h3', {}, 'What this run shows'),
    h(
      'p',
      { class: 'headline-text' },
      h('strong', {}, `GP influence ${hd.gpInfluence === null ? 'not measured' : hd.gpInfluence.toFixed(2)}`),
      ` under ${RULE_WORDS[rules.devolution]}. `,
      influenceReason(r, rules),
    ),
    h(
      'p',
      { class: 'headline-text' },
      h('strong', {}, `${hd.deficit} of ${orgYears} organisation-years in deficit`),
      ` over ${r.meta.years} year${r.meta.years === 1 ? '' : 's'} (${hd.surplus} in surplus, ${hd.breakeven} at break-even); an organisation is at break-even when its result is within the tolerance band of its income.`,
    ),
    h(
      'table',
      { id: 'headline-table' },
      h('caption', {}, `Headline by devolution rule (seed ${String(r.meta.seed)}, ${r.meta.years} years; GP influence: what its presence changed, 0 = nothing, 1 = all the way to its ideal; organisation-years; board decisions)`),
      h('thead', {}, h('tr', {}, ...['Rules', 'GP influence', 'Surplus', 'Break-even', 'Deficit', 'Decisions'].map((c) => h('th', { scope: 'col' }, c)))),
      tbody,
    ),
    pool && rules.allocation === 'negotiate' && rules.devolution !== 'leadProvider' ? note : '',
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
