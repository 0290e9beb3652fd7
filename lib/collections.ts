/**
 * Small helpers over lists, written once: the data step, the site's filters
 * and the search facets all index, de-duplicate and group the same way.
 */

/** Orders items by their `name`, code unit by code unit (not by locale): the same order on every machine. */
export const byName = (a: { readonly name: string }, b: { readonly name: string }) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/** Each item once, in first-seen order. */
export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** Items grouped under every key `keysOf` gives them, in list order. */
export function groupBy<T, K>(items: Iterable<T>, keysOf: (item: T) => K | readonly K[]): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const keys = keysOf(item);
    for (const key of Array.isArray(keys) ? (keys as readonly K[]) : [keys as K]) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/**
 * `derive(source)` computed once per source object (or per `keyOf(source)`):
 * templates call filters once per page, and this keeps their cost linear in
 * the site's size.
 */
export function memoizedBy<S, R>(
  derive: (source: S) => R,
  keyOf: (source: S) => object = (source) => source as object,
): (source: S) => R {
  const results = new WeakMap<object, R>();
  return (source) => {
    const key = keyOf(source);
    if (!results.has(key)) results.set(key, derive(source));
    return results.get(key)!;
  };
}

interface Identified {
  readonly id: string;
}

const indexOf = memoizedBy(
  (list: readonly Identified[]): ReadonlyMap<string, Identified> => new Map(list.map((item) => [item.id, item])),
);

/** Items by id, indexed once per list. */
export function indexById<T extends Identified>(list: readonly T[]): ReadonlyMap<string, T> {
  return indexOf(list) as ReadonlyMap<string, T>;
}

/** The item with this id; a missing id is a bug in the data, so it throws. */
export function findById<T extends Identified>(list: readonly T[], id: string): T {
  const item = indexById(list).get(id);
  if (!item) throw new Error(`no item with id "${id}"`);
  return item;
}
