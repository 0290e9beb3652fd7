/**
 * Long work done a slice at a time: between slices the caller's pause lets the
 * browser paint and answer the reader, so no task blocks the page for long.
 */

/** A slice this long stays well under the 50 ms that makes a task "long", even on a phone four times slower. */
const SLICE_MS = 8;

/** Calls `each` on every item, awaiting `pause` whenever a slice has run for `sliceMs`. */
export async function inSlices<T>(
  items: Iterable<T>,
  each: (item: T) => unknown,
  pause: () => Promise<void>,
  sliceMs = SLICE_MS,
): Promise<void> {
  let sliceStarted = performance.now();
  for (const item of items) {
    each(item);
    if (performance.now() - sliceStarted >= sliceMs) {
      await pause();
      sliceStarted = performance.now();
    }
  }
}
