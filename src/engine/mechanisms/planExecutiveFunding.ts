/**
 * Who pays for general practice's executive this year (seed 004; docs/ODD.md
 * §7.14a). Its cost is its clinical hours at `costPerHour` plus its
 * management capacity at `managementCost`, at this year's prices, for each
 * GP leadership group. Under `practiceLevy` the practices in each group's
 * scope pay by list, up to `levyCap` of their income (a dearer executive is
 * scaled down, which the voice and attendance mechanisms read from
 * `voice.executiveScale`); under `systemFunded` the ICB pays; existing roles
 * cost no new money. Payments go through the ledger monthly (payExecutive).
 */
import type { RunState } from '../runState.ts';
import { hasExecutive } from '../voice/gpVoice.ts';

/** Sets this year's executive cost as funded, and the share funded. */
export function planExecutiveFunding(st: RunState): void {
  const s = st.scenario;
  const w = st.world;
  const e = s.governance.gp.executive;
  const ex = st.executive;
  const groups = st.voice.gplgs.length;
  ex.cost = 0;
  st.voice.executiveScale = 1;
  if (!hasExecutive(s) || !groups || e.funding === 'existingRoles') {
    ex.byYear.push({ fundedShare: hasExecutive(s) && groups ? 1 : 0, practices: 0, icb: 0 });
    return;
  }
  const cost = Math.round((e.clinicalHours * 12 * e.costPerHour + e.management * e.managementCost) * 100 * st.price);
  if (e.funding === 'practiceLevy') {
    let income = 0;
    for (const pr of w.practices) income += st.offers[pr.org]!;
    const scale = cost > 0 ? Math.min(1, (e.levyCap * income) / (groups * cost)) : 1;
    st.voice.executiveScale = scale;
    ex.cost = Math.round(cost * scale);
  } else ex.cost = cost;
  ex.byYear.push({ fundedShare: st.voice.executiveScale, practices: 0, icb: 0 });
  if (ex.auth < 0) ex.auth = st.ledger.authorise(`GP executive funded by ${e.funding === 'practiceLevy' ? 'a practice levy' : 'the ICB'}`, 'gpLeadershipGroup', 'GP leadership group chair');
}
