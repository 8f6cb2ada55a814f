/**
 * Defined as `true` by esbuild in the Node bundle (scripts/build-node.mjs) and
 * absent when TypeScript runs from source (vitest); read it with `typeof`.
 */
declare const ICSIM_BUNDLE: true | undefined;
