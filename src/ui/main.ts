/**
 * Page entry (an async module script in index.html: it runs as soon as it
 * has loaded, without waiting for the document to be parsed and laid out):
 * starts the simulation worker first and sends it the page's initial
 * scenario, so the worker loads, builds the run and computes its first month
 * while the page's own code loads; then loads the page and hands it the
 * scenario and the workers (`startApp`) once the document is parsed.
 */
// Nothing here loads zod: the page's code (app.ts) and its checks (validation.ts) set it to run without eval
// (zodJitless.ts) before the engine's schema is built; the entry stays small, so that the worker starts sooner.
import { initialScenario } from './initialScenario.ts';
import { SimWorkers } from './simWorker.ts';
import './styles.css';

const workers = new SimWorkers();
workers.prewarm();
const initial = initialScenario();
void initial
  .then((s) => {
    // Plausible input only; the worker validates it (the page reports any issue when it adopts the start).
    if (!s.problem && s.runInput !== undefined) workers.prestartRun(s.runInput);
  })
  .catch(() => undefined);
// The entry runs as soon as it has loaded (index.html: async), maybe before the document is parsed: the page waits for it.
const parsed = new Promise<void>((resolve) => (document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }) : resolve()));
void Promise.all([import('./app.ts'), parsed]).then(([{ startApp }]) => startApp({ initial, workers }));
