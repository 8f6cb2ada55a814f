// Entry of the robustness pool worker: Node 20 cannot start a .ts worker, so this
// plain-JS shim registers tsx inside the worker, then loads the TypeScript.
import { register } from 'tsx/esm/api';

register();
export default (await import('./robustness.ts')).pointEffects;
