/**
 * The scenario checks the page runs on the main thread (the engine's schema
 * and variants), loaded as a chunk of its own after the run has started, so
 * that evaluating the schema is not part of the page's first task.
 */
import './zodJitless.ts';
export { prepareScenario, readVariants } from '../api/prepareScenario.ts';
export { applyVariant } from '../sweep/applyVariant.ts';
