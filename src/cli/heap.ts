/** How far V8 lets the heap grow between full collections, set once per process for the run's peak memory. */
import { setFlagsFromString } from 'node:v8';

/** At most 1.5 times what survived the last full collection. */
const GROWING_PERCENT = 50;

/**
 * V8 lets the old generation grow to up to four times what survived the last full collection before collecting it
 * again. A run that keeps a large model (1M posts: about 700 MB) and makes much short-lived garbage besides then
 * peaks far above what it keeps: `migrate` at 1M posts measured 1.1–1.3 GB, and under 1 GiB with this bound, in the
 * same time. V8 reads the flag at every full collection, so setting it at start-up is enough. A user's own
 * `node --heap-growing-percent=N` is left as it is (Node does not take the flag in NODE_OPTIONS).
 */
export function boundHeapGrowth(execArgv: readonly string[]): void {
  if (execArgv.some((a) => a.includes('heap-growing-percent'))) return;
  setFlagsFromString(`--heap-growing-percent=${GROWING_PERCENT}`);
}
