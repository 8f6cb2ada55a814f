/**
 * The engine's smallest light entry, for the page's entry module (src/ui/main.ts): editing a
 * scenario as plain data (variants and paths), re-exported from files that import nothing else.
 * The entry's own modules import it rather than `light.ts`, so that the entry's static import
 * graph ends here: vite.config.ts puts every module the page's code (src/ui/app.ts) needs at
 * start and the entry does not into one chunk, and reads which those are from that graph.
 */
export { applyVariant } from './applyVariant.ts';
export { getPath, parseValue, setPath, splitPath } from './setPath.ts';
