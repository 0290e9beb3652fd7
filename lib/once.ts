/**
 * `load()` run the first time the result is asked for, and that promise given every time after. A module
 * of its own: the search page's script imports it, and lib/collections.ts would bring its module-level
 * indexes along.
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}
