/**
 * Page entry: starts the simulation worker first, so it loads in parallel
 * with the page's own code, then loads the page.
 */
import { prewarmSimWorker } from './simWorker.ts';
import './styles.css';

prewarmSimWorker();
void import('./app.ts');
