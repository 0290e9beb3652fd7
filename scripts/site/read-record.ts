/**
 * What a render reads of its data, recorded as it reads, and whether other data would read the same
 * (./render-reuse.ts). The data is handed over behind proxies that note each property read, each key
 * listed and each property asked after; the render sees the same values it would have seen without them
 * (a render that changes its data changes it, and its recording is spoiled).
 *
 * An object read in both is taken as read the same, unlooked-at: the data of a run's editions is shared
 * read-only (the national content is one object for every edition of a thread).
 */

/** A plain object or array: recorded through. Anything else but a function (a Map, a class's instance) is compared by identity. */
export function isPlain(value: unknown): value is object {
  if (typeof value !== "object" || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return Array.isArray(value) ? prototype === Array.prototype : prototype === Object.prototype || prototype === null;
}

/** An own property as a key listing sees it. */
type Own = "enumerable" | "hidden" | "absent";

const ownOf = (object: object, key: PropertyKey): Own => {
  const descriptor = Reflect.getOwnPropertyDescriptor(object, key);
  return descriptor ? (descriptor.enumerable ? "enumerable" : "hidden") : "absent";
};

/** What a render read of one plain object. */
export class ObjectReads {
  /** Each property read: its value, or, for a plain object, what was read of it in turn. */
  readonly values = new Map<PropertyKey, unknown>();
  /** `key in object`. */
  readonly present = new Map<PropertyKey, boolean>();
  /** Own-property checks (for…in, hasOwnProperty, spreading, JSON). */
  readonly own = new Map<PropertyKey, Own>();
  /** The own keys, when they were listed. */
  keys: readonly PropertyKey[] | undefined;

  constructor(readonly object: object) {}
}

/**
 * A function read: the same one only matters if it was called. Eleventy makes a page's front-matter
 * functions (its permalink) anew for every run, and a template's data holds them whether it calls them or not.
 */
export class FunctionRead {
  called = false;

  constructor(readonly fn: (...args: never[]) => unknown) {}
}

export interface Recording<T extends object> {
  /** The data to render from instead of the original. */
  readonly data: T;
  readonly reads: ObjectReads;
  /** Whether the render tried to change the data: then what it read says nothing certain. */
  readonly spoiled: () => boolean;
}

/**
 * Starts recording what is read of `data`. Objects in `shared` are read as they are, without a proxy, and
 * recorded as themselves: compared by identity, what is read inside them is not noted.
 */
export function recordReads<T extends object>(
  data: T,
  shared: Pick<WeakSet<object>, "has"> = new WeakSet(),
): Recording<T> {
  const proxies = new WeakMap<object, object>();
  const functionProxies = new WeakMap<object, { read: FunctionRead; proxy: object }>();
  const readsOf = new WeakMap<object, ObjectReads>();
  let spoiled = false;

  const readsFor = (object: object): ObjectReads => {
    let reads = readsOf.get(object);
    if (!reads) readsOf.set(object, (reads = new ObjectReads(object)));
    return reads;
  };

  /** A value read: noted, and handed on behind a proxy if it is plain. */
  const noted = (reads: ObjectReads, key: PropertyKey, value: unknown): unknown => {
    if (typeof value === "function") {
      const { read, proxy } = functionProxyOf(value as (...args: never[]) => unknown);
      reads.values.set(key, read);
      return proxy;
    }
    if (!isPlain(value) || shared.has(value)) {
      reads.values.set(key, value);
      return value;
    }
    reads.values.set(key, readsFor(value));
    return proxyOf(value);
  };

  const functionProxyOf = (fn: (...args: never[]) => unknown) => {
    let known = functionProxies.get(fn);
    if (!known) {
      const read = new FunctionRead(fn);
      const called = () => {
        read.called = true;
      };
      const proxy = new Proxy(fn, {
        apply: (target, self, args): unknown => (called(), Reflect.apply(target, self, args)),
        construct: (target, args, newTarget): object => (
          called(),
          Reflect.construct(target, args, newTarget) as object
        ),
      });
      functionProxies.set(fn, (known = { read, proxy }));
    }
    return known;
  };

  const proxyOf = (object: object): object => {
    const known = proxies.get(object);
    if (known) return known;
    const reads = readsFor(object);
    const isArray = Array.isArray(object);
    // A fresh target, not the object: a frozen object's proxy could hand on no proxy of its properties.
    const target = isArray ? [] : (Object.create(Object.getPrototypeOf(object) as object | null) as object);
    const spoil = () => {
      spoiled = true;
    };
    const proxy = new Proxy(target, {
      get: (_, key) => noted(reads, key, Reflect.get(object, key)),
      has: (_, key) => {
        const present = Reflect.has(object, key);
        reads.present.set(key, present);
        return present;
      },
      ownKeys: () => (reads.keys = Reflect.ownKeys(object)),
      getOwnPropertyDescriptor: (_, key) => {
        const own = ownOf(object, key);
        reads.own.set(key, own);
        if (own === "absent") return undefined;
        // An array's length is its target's too, which the proxy must report as it is: not configurable.
        if (isArray && key === "length")
          return { value: noted(reads, key, Reflect.get(object, key)), writable: true, configurable: false };
        return {
          value: noted(reads, key, Reflect.get(object, key)),
          writable: true,
          enumerable: own === "enumerable",
          configurable: true,
        };
      },
      set: (_, key, value) => (spoil(), Reflect.set(object, key, value)),
      deleteProperty: (_, key) => (spoil(), Reflect.deleteProperty(object, key)),
      defineProperty: (_, key, descriptor) => (spoil(), Reflect.defineProperty(object, key, descriptor)),
    });
    proxies.set(object, proxy);
    return proxy;
  };

  return { data: proxyOf(data) as T, reads: readsFor(data), spoiled: () => spoiled };
}

const sameKeys = (a: readonly PropertyKey[], b: readonly PropertyKey[]) =>
  a.length === b.length && a.every((key, i) => key === b[i]);

/** Whether a render of `data` would read what `reads` recorded: the same values, keys and properties. */
export function readsSame(reads: ObjectReads, data: unknown): boolean {
  return same(reads, data, new Map());
}

function same(reads: ObjectReads, object: unknown, comparing: Map<ObjectReads, unknown>): boolean {
  if (object === reads.object) return true;
  if (!isPlain(object) || Object.getPrototypeOf(object) !== Object.getPrototypeOf(reads.object)) return false;
  // Data that refers back to itself: what is being compared further up is taken as the same here.
  if (comparing.get(reads) === object) return true;
  comparing.set(reads, object);
  if (reads.keys && !sameKeys(Reflect.ownKeys(object), reads.keys)) return false;
  for (const [key, own] of reads.own) if (ownOf(object, key) !== own) return false;
  for (const [key, present] of reads.present) if (Reflect.has(object, key) !== present) return false;
  for (const [key, read] of reads.values) {
    const value: unknown = Reflect.get(object, key);
    if (read instanceof ObjectReads) {
      if (!same(read, value, comparing)) return false;
    } else if (read instanceof FunctionRead) {
      if (read.called ? value !== read.fn : typeof value !== "function") return false;
    } else if (!Object.is(value, read)) return false;
  }
  return true;
}
