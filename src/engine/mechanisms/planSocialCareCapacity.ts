/**
 * Care-package capacity follows what the council can buy (docs/ODD.md §7.4): its
 * funding plus the NHS social care line, in real terms at its input prices,
 * against the first year. Delays then rise when funding falls behind demand.
 *
 * The NHS responds, as England did with its discharge funds (the Adult Social
 * Care Discharge Fund, £500m in 2022/23 and £600m in 2023/24, then the Better
 * Care Fund; docs/SOURCES.md): where the packages the council can buy fall
 * short of this year's need, the ICB pays for a share of the shortfall
 * (`council.dischargeResponse`), up to a share of its envelope
 * (`council.dischargeCap`; when the places' asks exceed it, each gets the same share of
 * its ask, whatever the order places are listed in). A delayed bed-day costs the NHS several times a
 * day of a package, so funding packages is the cheaper way out.
 */
import { LINES } from '../lines.ts';
import { KIND_DESCRIPTORS } from '../orgKinds.ts';
import { trendIndex } from '../demand.ts';
import type { RunState } from '../runState.ts';

const SOCIAL_CARE = LINES.indexOf('socialCare');
const ACUTE = LINES.indexOf('acute');

/** Sets each place's care-package capacity for the year from its council's money. */
export function planSocialCareCapacity(st: RunState, year: number, budgets: Float64Array[]): void {
  const w = st.world;
  const money = new Float64Array(w.orgs.length);
  for (const o of w.orgs) if (KIND_DESCRIPTORS[o.kind].localGovernmentFunded) money[o.index] = st.councilFunding[o.index]!;
  for (const p of w.places) money[p.council]! += budgets[p.index]![SOCIAL_CARE]!;
  if (year === 0) st.councilMoneyBase = money;
  const s = st.scenario;
  const c = s.council;
  // Need grows with acute demand over the year ahead (packages in use are proportional to admissions).
  const growth = trendIndex(s, ACUTE, year + 0.5);
  // First what each place's shortfall asks for, then the ICB's cap shared in proportion to those asks, so that no
  // place is served first because it is listed first (issue 25).
  const bought = new Float64Array(w.places.length);
  const wanted = new Float64Array(w.places.length);
  const perPackage = new Float64Array(w.places.length);
  const asked = new Float64Array(w.systems.length);
  for (const p of w.places) {
    const base = st.councilMoneyBase[p.council]!;
    const real = base > 0 ? money[p.council]! / base / w.orgs[p.council]!.costIndex : 1;
    bought[p.index] = p.packageCapacity * real;
    const need = (p.packageCapacity / c.capacityHeadroom) * growth;
    perPackage[p.index] = w.orgs[p.council]!.explicitScale * w.orgs[p.council]!.costIndex * 100 * c.packageCostPerMonth * 12;
    wanted[p.index] = Math.max(0, need - bought[p.index]!) * c.dischargeResponse;
    asked[p.system]! += wanted[p.index]! * perPackage[p.index]!;
  }
  for (const p of w.places) {
    const room = Math.max(0, c.dischargeCap * st.envelopes[p.system]!);
    const share = asked[p.system]! > room ? room / asked[p.system]! : 1;
    // Packages that cost nothing need no money: the response is then limited by the shortfall alone.
    const funded = perPackage[p.index]! > 0 ? wanted[p.index]! * share : wanted[p.index]!;
    st.dischargeFund[p.index] = Math.round(funded * perPackage[p.index]!);
    st.packageCapacityNow[p.index] = bought[p.index]! + funded;
  }
}
