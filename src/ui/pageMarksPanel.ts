/**
 * The page's marks on `<body>` (a {@link Panel} whose root is the body):
 * `data-run-state`, `data-runs`, `data-month`, `data-stale`,
 * `data-first-chart` and `data-result-hash`, which the browser tests and the bench wait on. They
 * say what the page's state says, and nothing else writes them.
 */
import type { Panel } from './panel.ts';
import type { RunState } from './runController.ts';

/** What the marks say. */
interface PageMarks {
  runState: RunState;
  /** A run could not start: the page is in the `error` state without a run that failed. */
  notStarted: boolean;
  runs: number;
  month: number;
  stale: boolean;
  resultHash: string | null;
  firstChart: boolean;
}

/** The marks on the page's body. */
export const pageMarksPanel: Panel<PageMarks> = {
  markup: (doc) => doc.body,
  state: (p) => ({ runState: p.runState, notStarted: p.notStarted !== null, runs: p.runs, month: p.month, stale: p.stale, resultHash: p.resultHash, firstChart: p.firstChart }),
  render(root, s) {
    // Each mark is written only when it changes (the month changes at every batch of a run, the others seldom).
    const mark = (key: string, value: string | null) => {
      if (value !== null && root.dataset[key] !== value) root.dataset[key] = value;
    };
    mark('runState', s.notStarted ? 'error' : s.runState);
    mark('stale', String(s.stale));
    // Before the first run the body has no count or month (tests wait for `data-runs="1"`).
    mark('runs', s.runs ? String(s.runs) : null);
    mark('month', s.runs ? String(s.month) : null);
    mark('resultHash', s.resultHash);
    mark('firstChart', s.firstChart ? 'true' : null);
  },
};
