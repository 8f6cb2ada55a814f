/**
 * The result tables (a {@link Panel}; its markup is `#tables` in
 * index.html): the summary, outcomes by kind, outcomes by ICS (whose names
 * drill down into the balance chart), the boards' power, the extra tables
 * (loans, breaches, interventions...) and the accountability section, for
 * the result in the page's state. A new run (no result) empties it.
 *
 * The tables' code is a chunk loaded after the first chart (`views`), and
 * the render is incremental: each table is built in a task of its own, so
 * no single task builds (and lays out) them all, and a newer result stops
 * the build of an older one. `drawn()` resolves once the latest build is over.
 */
import type { RunResult } from '../engine/index.ts';
import { h, scrollRegion, yieldToPage } from './dom.ts';
import type { Panel } from './panel.ts';
import { boardName, extraTables, monthly, power } from './resultFields.ts';
import type * as ResultViews from './resultViews.ts';

/** What the result tables need from the page. */
export interface ResultTablesDeps {
  /** The finished run's views (a chunk of their own). */
  views: () => Promise<typeof ResultViews>;
  /** Shows the organisations of one ICS in the balance chart. */
  drill: (system: string) => void;
  /** The label of month `m` of the run (from the run's own months when the result has them). */
  monthLabel: (r: RunResult, m: number) => string;
}

/** The result tables, and a promise of the latest build. */
export function resultTablesPanel(deps: ResultTablesDeps): Panel<{ result: RunResult | null }> & { drawn(): Promise<void> } {
  /** The result whose tables are shown or being built. */
  let showing: RunResult | null = null;
  let building: Promise<void> = Promise.resolve();

  async function build(root: HTMLElement, r: RunResult): Promise<void> {
    const { summaryTable, byKindTable, bySystemTable, powerSection, rowsTable, accountabilitySection } = await deps.views();
    if (showing !== r) return;
    const builders: Array<() => HTMLElement> = [
      () => scrollRegion(summaryTable(r)),
      () => scrollRegion(byKindTable(r)),
      () => bySystemTable(r, deps.drill) ?? h('span'),
      ...(power(r).length ? [() => powerSection(power(r), (b) => boardName(b, r.organisations))] : []),
      ...extraTables(r).map((t) => () => scrollRegion(rowsTable(t.name, t.rows))),
      () => accountabilitySection(r, (m) => deps.monthLabel(r, m)),
    ];
    let first = true;
    for (const make of builders) {
      await yieldToPage();
      if (showing !== r) return;
      const el = make();
      if (first) root.replaceChildren(el);
      else root.append(el);
      first = false;
    }
  }

  return {
    markup: (doc) => doc.getElementById('tables')!,
    state: ({ lastResult }) => ({ result: lastResult }),
    render(root, { result }) {
      showing = result;
      if (!result) {
        root.replaceChildren();
        return;
      }
      building = build(root, result);
    },
    drawn: () => building,
  };
}

/** The label of month `m` of a run: from its own months, else from the months streamed. */
export function runMonthLabel(r: RunResult, m: number, streamed: readonly string[]): string {
  return monthly(r).month[m] ?? streamed[m] ?? String(m);
}
