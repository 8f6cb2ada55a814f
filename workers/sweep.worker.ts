/**
 * Pool worker of `icsim sweep`: runs one task at a time and returns only
 * the row. The sweep context (model, variants, varied paths) arrives once,
 * as the pool's workerData.
 */
import Tinypool from 'tinypool';
import { createRunOne, type SweepContext } from '../src/sweep/runOne.ts';

export default createRunOne(Tinypool.workerData as SweepContext);
