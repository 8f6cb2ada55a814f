/**
 * Which balances the balance chart plots: sums by kind of organisation, sums
 * by ICS, the organisations of one ICS (drill-down), the largest
 * organisations, or all practices summed. Every series gets a name that is
 * unique in its chart (organisation names such as `int1` repeat across the
 * ICSs of a national run), and the practices' sum, which can dwarf every
 * other line, is drawn only when asked for in a large run.
 */
import { KIND_LABELS, type BalanceSeries } from '../charts/index.ts';

/** One tracked organisation, in snapshot order. */
export interface TrackedBalance {
  org: string;
  name: string;
  kind: string;
}

/** A choice of series. */
export type BalanceView = 'orgs' | 'byKind' | 'bySystem' | 'practices' | `system:${string}`;

/** Runs with more tracked organisations than this start with sums by kind. */
const MANY = 20;

/** The ICS an organisation belongs to: the id's prefix (`ics01:int1` → `ics01`), or '' in a one-ICS run. */
export function systemOf(org: string): string {
  const i = org.indexOf(':');
  return i > 0 ? org.slice(0, i) : '';
}

/** The systems of a run, with a readable name each (from its ICB's name when there is one). */
export function systemsOf(tracked: readonly TrackedBalance[]): Array<{ id: string; name: string }> {
  const out = new Map<string, string>();
  for (const t of tracked) {
    const s = systemOf(t.org);
    if (!s) continue;
    if (t.kind === 'icb') out.set(s, t.name.replace(/\s+ICB$/, ''));
    else if (!out.has(s)) out.set(s, s);
  }
  return [...out].map(([id, name]) => ({ id, name }));
}

/** The view a run starts with. */
export function defaultView(tracked: readonly TrackedBalance[]): BalanceView {
  return tracked.filter((t) => t.kind !== 'practices').length > MANY ? 'byKind' : 'orgs';
}

/** The choices offered for a run. */
export function viewChoices(tracked: readonly TrackedBalance[]): Array<{ value: BalanceView; label: string }> {
  const systems = systemsOf(tracked);
  const out: Array<{ value: BalanceView; label: string }> = [
    { value: 'byKind', label: 'Totals by kind of organisation' },
    { value: 'orgs', label: 'Organisations with the largest balances' },
  ];
  if (systems.length > 1) {
    out.push({ value: 'bySystem', label: 'Totals by ICS (largest 16)' });
    for (const s of systems) out.push({ value: `system:${s.id}`, label: `Organisations of ${s.name}` });
  }
  if (tracked.some((t) => t.kind === 'practices')) out.push({ value: 'practices', label: 'All practices (summed)' });
  return out;
}

function sum(arrays: ReadonlyArray<readonly number[]>): number[] {
  const n = Math.max(0, ...arrays.map((a) => a.length));
  const out = new Array<number>(n).fill(0);
  for (const a of arrays) for (let i = 0; i < a.length; i++) out[i]! += a[i]!;
  return out;
}

/** Names made unique: a repeated name gets its ICS added. */
function uniqueNames(items: ReadonlyArray<{ t: TrackedBalance; values: readonly number[] }>): BalanceSeries[] {
  const count = new Map<string, number>();
  for (const { t } of items) count.set(t.name, (count.get(t.name) ?? 0) + 1);
  return items.map(({ t, values }) => ({ org: t.org, name: (count.get(t.name) ?? 0) > 1 && systemOf(t.org) ? `${t.name}, ${systemOf(t.org)}` : t.name, kind: KIND_LABELS[t.kind]?.toLowerCase() ?? t.kind, values }));
}

/**
 * The series of a view.
 * @param values the balances of `tracked`, in the same order
 */
export function balanceSeries(view: BalanceView, tracked: readonly TrackedBalance[], values: ReadonlyArray<readonly number[]>): BalanceSeries[] {
  const items = tracked.map((t, i) => ({ t, values: values[i] ?? [] }));
  const orgs = items.filter((x) => x.t.kind !== 'practices');
  const practices = items.filter((x) => x.t.kind === 'practices');
  if (view === 'practices') return practices.map((x) => ({ org: x.t.org, name: 'All practices', kind: 'summed', values: x.values }));
  if (view === 'byKind') {
    const kinds = [...new Set(orgs.map((x) => x.t.kind))];
    return kinds.map((k) => ({ org: `kind:${k}`, name: KIND_LABELS[k] ?? k, kind: 'total', values: sum(orgs.filter((x) => x.t.kind === k).map((x) => x.values)) }));
  }
  if (view === 'bySystem') {
    return systemsOf(tracked).map((s) => ({ org: `system:${s.id}`, name: s.name, kind: 'ICS total', values: sum(orgs.filter((x) => systemOf(x.t.org) === s.id).map((x) => x.values)) }));
  }
  if (view.startsWith('system:')) {
    const id = view.slice('system:'.length);
    return uniqueNames(orgs.filter((x) => systemOf(x.t.org) === id));
  }
  // The largest organisations; in a small run the practices' sum is shown with them.
  return uniqueNames(orgs.length > MANY ? orgs : items);
}
