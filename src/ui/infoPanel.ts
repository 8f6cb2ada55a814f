/**
 * The Info panel (a {@link Panel}; its markup is `#info-body` in index.html):
 * the scenario's own description and sources (read from the scenario in the
 * editor into the page's state as a {@link ScenarioAbout}), how the model
 * works in plain words (a summary of docs/ODD.md), and a glossary of the
 * terms the page uses.
 */
import { clear, h } from './dom.ts';
import type { ScenarioAbout } from './pageStore.ts';
import type { Panel } from './panel.ts';

/** The model's mechanisms, in plain words (after docs/ODD.md sections 1, 3 and 7). */
const MECHANISMS: ReadonlyArray<[title: string, text: string]> = [
  [
    'What it is for',
    'icsim simulates an English integrated care system month by month. It asks how much say general practice has over how the ICB\u2019s budget is split between services, how many organisations end each year in surplus, at break-even or in deficit, and which of several options a board should choose and how sure it can be.',
  ],
  [
    'Money',
    'Each April the ICB\u2019s budget for the year is split across seven service lines (acute, community, mental health, primary care, prescribing, social care, prevention). The split is either last year\u2019s carried forward or bargained by boards. Budgets become contracts; every payment goes through a double-entry ledger that is checked every month, so no money appears or disappears.',
  ],
  [
    'Boards and decisions',
    'Under centralised rules the ICB board decides and place boards only advise; under delegated rules each place board decides a share of the budget; under lead-provider rules a provider does. A board first seeks a consensus everyone can accept (a bargaining solution), then a majority vote, then the executive decides; if all fail, last year\u2019s split stands.',
  ],
  [
    'The GP voice',
    'Practices hold positions on how money should be spent. They meet in their primary care networks (PCNs) and, where one exists, a GP leadership group, and converge on what they will say. What reaches a board depends on whether the clinical directors have the hours to attend, whether general practice speaks with one voice or contradicts itself (PCNs against the LMC), and whether it has executive support.',
  ],
  [
    'GP influence',
    'Every board decision is replayed with general practice\u2019s seats empty: its representatives neither bargain, propose, vote nor advise, and the board decides as it would have without them. GP influence is how far general practice\u2019s presence moved the adopted split from that replay towards what its practices want, judged by how much the practices value each split: 0 means its presence changed nothing, 1 that it took the decision all the way to the practices\u2019 ideal, and a negative value that it moved the decision away from what they want (its representatives carried a different position). Decisions count by the money decided. Influence is zero where general practice has no seat. Influence is not the same as getting what you want: GP success is how good the adopted split was for practices (0 = the worst the board could have chosen for them, 1 = their ideal), and GP luck is the success they would have had anyway with their seats empty, because others wanted the same. The decision log shows each decision line by line beside its replay.',
  ],
  [
    'Who decides how much is delegated',
    'Where devolution is contested, the ICB board decides each year\u2019s share of the budget delegated to places, within a step of last year\u2019s: councils and a united general practice push for more, trusts and the ICB executive for less, and the share moves towards the side whose members turn up with more recognition. Scenarios can instead fix the share as an input.',
  ],
  [
    'Breaches and what follows',
    'A place that lends to another without the ICB approval the loan needed commits an accountability breach. A breach may be found and investigated; a proven one can remove the lender\u2019s accountable officer (a leadership reset), suspend its delegated budget, and cost it a penalty paid to the ICB. An officer who weighs that risk lends less without approval, so fewer breaches can also mean fewer rescues of a struggling neighbour.',
  ],
  [
    'Who pays for the GP executive',
    'General practice\u2019s executive support can come from existing roles (hours taken from GP leaders, who then attend less elsewhere), from a levy on practices (charged to their accounts), or from the ICB (the system pays, and the executive\u2019s position is pulled towards the ICB\u2019s). Its cost goes through the ledger.',
  ],
  [
    'Patients and pressure',
    'Demand follows a trend, a winter peak and noise for each place. Patients fit to leave hospital wait for a council care package; those waits (delayed discharges) occupy beds and raise acute costs. Spending on community services reduces admissions after a delay of some months.',
  ],
  [
    'Year end',
    'In March each organisation\u2019s income and spending give its result: within the tolerance band it is at break-even, above it in surplus, below in deficit. Deficits carry forward as debt and savings targets; places may lend to each other, pool results or be topped up by the ICB depending on the finance rule; repeated deficits bring an intervention.',
  ],
  [
    'Chance and replications',
    'Every random draw comes from a stream named by the seed, the purpose and the organisation, so the same seed gives the same run anywhere, and two options run with the same seeds share their luck. Comparing options over many seeds (replications) gives intervals that show how sure a difference is.',
  ],
];

/** Terms used on the page. */
const GLOSSARY: ReadonlyArray<[term: string, meaning: string]> = [
  ['ICS', 'Integrated care system: the NHS bodies, councils and partners that plan health and care for an area of about 0.5 to 3 million people. England has 42.'],
  ['ICB', 'Integrated care board: the NHS body of an ICS that holds the budget and commissions services; its board makes the system\u2019s allocation decisions.'],
  ['Place', 'A smaller area within an ICS, often a council area (about 250,000 to 500,000 people), with a place board of local NHS, council and GP leaders.'],
  ['PCN', 'Primary care network: a group of GP practices (typically 30,000 to 50,000 patients) working together.'],
  ['Clinical director', 'The GP who leads a PCN and represents it, for a few paid hours a month, at place meetings.'],
  ['LMC', 'Local medical committee: the statutory body representing GPs locally; it can speak for general practice alongside, or against, the PCNs.'],
  ['GP leadership group', 'A group that brings PCN clinical directors (and sometimes the LMC and system clinical leads) together so general practice speaks with one voice.'],
  ['Surplus / break-even / deficit', 'An organisation\u2019s result for the financial year: income above spending by more than the tolerance band (surplus), within it (break-even), or below (deficit).'],
  ['Tolerance band', 'The share of income within which a result counts as break-even (the scenario\u2019s finance.toleranceBand).'],
  ['Delayed discharge', 'A patient medically fit to leave hospital who is still in a bed, usually waiting for social care.'],
  ['Seed', 'The number or word that fixes every random draw of a run; the same seed gives the same result.'],
  ['Replication', 'One run of an option with one seed; a comparison runs each option with the same list of seeds.'],
  ['Paired difference', 'The difference between two options run with the same seed, averaged over seeds: the shared luck cancels, so the interval is narrower.'],
  ['GP influence', 'How far general practice\u2019s presence moved a decision from what the board would have decided with its seats empty towards what its practices want (0 = no difference, 1 = all the way, below 0 = away from it).'],
  ['GP success and luck', 'Success: how good a decision was for practices, from the worst the board could have chosen for them (0) to their ideal (1). Luck: the success they would have had with their seats empty.'],
  ['Seats empty (counterfactual)', 'The same decision replayed, with the same draws, as if general practice\u2019s representatives had not been there.'],
  ['Accountability breach', 'A loan between places made without the ICB approval it needed.'],
  ['Banzhaf and Shapley-Shubik indices', 'Measures of how often a seat\u2019s vote decides a board\u2019s outcome, from its voting weight and the quota.'],
];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What the Info panel shows of raw scenario data (its description, sources and variants may be missing). */
export function scenarioAbout(raw: unknown): ScenarioAbout {
  return {
    name: isObject(raw) && typeof raw.name === 'string' ? raw.name : 'this scenario',
    description: isObject(raw) && typeof raw.description === 'string' ? raw.description : '',
    sources: isObject(raw) && Array.isArray(raw.sources) ? raw.sources.filter((s): s is string => typeof s === 'string') : [],
    variants: isObject(raw) && isObject(raw.variants) ? Object.keys(raw.variants) : [],
  };
}

/** The Info panel: empty until a scenario has been read. */
export const infoPanel: Panel<{ about: ScenarioAbout | null }> = {
  markup: (doc) => doc.getElementById('info-body')!,
  state: ({ about }) => ({ about }),
  render(root, { about }) {
    if (!about) {
      clear(root);
      return;
    }
    const { name, description, sources, variants } = about;
    root.replaceChildren(
      h(
        'details',
        { open: true, id: 'info-scenario' },
        h('summary', {}, `About the scenario: ${name}`),
        h('p', {}, description || 'The scenario has no description.'),
        variants.length ? h('p', {}, `Named variants (options) in the file: ${variants.join(', ')}. Run one with "Run as" above the Run button, or compare them below.`) : '',
        sources.length ? h('details', { id: 'info-sources' }, h('summary', {}, `Sources (${sources.length})`), h('ul', {}, ...sources.map((s) => h('li', {}, s)))) : '',
      ),
      h('details', { id: 'info-model' }, h('summary', {}, 'How the model works'), ...MECHANISMS.map(([t, text]) => h('p', {}, h('strong', {}, `${t}. `), text)), h('p', { class: 'note' }, 'The full description is docs/ODD.md in the repository.')),
      h('details', { id: 'info-glossary' }, h('summary', {}, 'Glossary'), h('dl', {}, ...GLOSSARY.flatMap(([t, m]) => [h('dt', {}, t), h('dd', {}, m)]))),
    );
  },
};
