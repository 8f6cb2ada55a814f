/**
 * The planning round at the start of each financial year (docs/ODD.md §3
 * step 4): prices, the year's ledger authorisations, leader turnover, the
 * allocation decided by the boards, contracts and who pays them, the
 * executive's funding, council funding and care-package capacity, each
 * provider's cost plan, and Nash bargaining of trust contracts.
 */
import { fyLabel } from '../calendar.ts';
import { bargainContracts } from '../contractBargaining.ts';
import { trendIndex } from '../demand.ts';
import { LINE_COUNT, LINES } from '../lines.ts';
import { KIND_DESCRIPTORS } from '../orgKinds.ts';
import { inputPriceGrowth, isProvider } from '../providerFinance.ts';
import type { RunState } from '../runState.ts';
import { growthIndex, valueIn } from '../yearly.ts';
import { changeLeaders } from './changeLeaders.ts';
import { planBudgets } from './planBudgets.ts';
import { planContracts } from './planContracts.ts';
import { planCosts } from './planCosts.ts';
import { planExecutiveFunding } from './planExecutiveFunding.ts';
import { planPayers } from './planPayers.ts';
import { planSocialCareCapacity } from './planSocialCareCapacity.ts';
import { setCostProfiles } from './setCostProfiles.ts';

const COMMUNITY = LINES.indexOf('community');

/** Runs the planning round of financial year `year` (0 = the first). */
export function planYear(st: RunState, year: number): void {
  const s = st.scenario;
  const w = st.world;
  const L = st.ledger;
  // Prices are indexed to the year before the run (the starting outturn, 1); every year, the first included, moves them by its own inputs.
  st.price = growthIndex(s.costs.inflation, s.startYear, year + 1);
  st.nationalPrice *= (1 + valueIn(s.income.costUplift, s.startYear, year)) * (1 - valueIn(s.income.efficiencyFactor, s.startYear, year));
  for (let l = 0; l < LINE_COUNT; l++) st.planTrend[l] = trendIndex(s, l, year + 0.5);
  L.resetYear();
  const fy = fyLabel(s.startYear + year);
  st.auth.nhse = L.authorise(`allocation ${fy}`, 'nhsEngland', 'NHS England chief executive');
  st.auth.localGov = L.authorise(`council funding ${fy}`, 'localGovernment', 'council section 151 officer');
  // Operating spending is authorised once per organisation for the run (each transfer carries its month).
  if (year === 0) st.auth.spend = Int32Array.from(w.orgs, (o) => L.authorise('operating spend', o.id, o.officer));
  st.auth.allocation = Int32Array.from(w.systems, (sys) => {
    const icb = w.orgs[sys.icb]!;
    return L.authorise(`allocation ${fy} by ${s.allocation.rule} across lines`, icb.id, icb.officer);
  });
  changeLeaders(st, year);
  const yb = planBudgets(st, year);
  const budgets = w.places.map((p) => Float64Array.from(yb.central[p.index]!, (v, l) => v + yb.delegated[p.index]![l]!));
  const contracts = planContracts(st, year, yb, budgets);
  planExecutiveFunding(st);
  planPayers(st, year, yb, contracts);
  // Room for the run's monthly transfers (allocations, council funding, contracts, prescribing, costs) at once.
  if (year === 0) L.reserve((st.summaryOnly ? 2 : st.totalMonths) * (w.systems.length + st.contracts.length + 3 * w.places.length + w.orgs.length * 2) + 1024);
  // Community spending index (real, per unit of need) drives the admissions delay.
  for (const p of w.places) {
    const real = budgets[p.index]![COMMUNITY]! / st.price / trendIndex(s, COMMUNITY, year);
    if (year === 0) st.baseCommunity[p.index] = real;
    st.communityIndex[p.index] = st.baseCommunity[p.index]! > 0 ? real / st.baseCommunity[p.index]! : 1;
  }
  for (const org of w.orgs) {
    if (KIND_DESCRIPTORS[org.kind].localGovernmentFunded) st.councilFunding[org.index] = Math.round(st.councilPopulation[org.index]! * s.council.fundingPerHead * 100 * growthIndex(s.council.fundingGrowth, s.startYear, year + 1));
  }
  if (year === 0) setCostProfiles(st, budgets);
  for (const o of w.orgs) if (isProvider(o.kind)) o.costIndex *= inputPriceGrowth(s, o.kind, year);
  planSocialCareCapacity(st, year, budgets);
  planCosts(st, year);
  bargainContracts(
    s,
    w,
    st.contracts,
    st.offers,
    (org) => {
      const o = w.orgs[org]!;
      return o.plannedIncome > 0 ? o.plannedCost / o.plannedIncome : 1;
    },
    // The ICB's contingency reserve is the money it holds uncommitted.
    (org) => (KIND_DESCRIPTORS[w.orgs[org]!.kind].holdsReserve ? st.envelopes[w.orgs[org]!.system]! * s.allocation.reserveShare : 0),
  );
}
