/**
 * Global sensitivity analysis: Morris screening and Sobol' variance-based
 * indices, with their designs and bootstrap intervals; scenario discovery
 * (PRIM) and robustness across scenarios (regret, satisficing). Pure functions of
 * plain arrays (no DOM, no node:*), shared by the command line and the page.
 */
export { morrisDesign, morrisDelta, type MorrisDesignOptions } from './morrisDesign.ts';
export { morrisIndices, elementaryEffects, type MorrisIndices, type MorrisIndicesOptions } from './morrisIndices.ts';
export { sobolSequence, SOBOL_MAX_DIMS } from './sobolSequence.ts';
export { sobolDesign, SOBOL_DESIGN_MAX_DIMS, type SobolDesignOptions } from './sobolDesign.ts';
export { sobolIndices, type SobolIndices, type SobolIndicesOptions } from './sobolIndices.ts';
export { bootstrapHalfWidths, normalQuantile, type BootstrapOptions } from './bootstrap.ts';
export { prim, primQuantile, type PrimBox, type PrimOptions, type PrimResult } from './prim.ts';
export { choosePrimBox, type ChooseBoxOptions } from './choosePrimBox.ts';
export { binomialUpperTail } from './binomialUpperTail.ts';
export { regret, type RegretOptions, type RegretResult } from './regret.ts';
export { satisficing, type Threshold } from './satisficing.ts';
export { prunePrimBox, primBoxAt, type PruneOptions } from './prunePrimBox.ts';
