/**
 * Offline handbook: after the first visit every page, the stylesheet, the
 * scripts and the whole Pagefind index are in a cache named for this build.
 * Pages come from the network when it answers (so updates show) and from the
 * cache when it does not; everything else comes from the cache first.
 */
declare const PRECACHE: readonly string[];
declare const VERSION: string;

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const CACHE_PREFIX = "kasikirja-";
const CACHE = `${CACHE_PREFIX}${VERSION}`;
const scope = worker.registration.scope;

worker.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((path) => new URL(path, scope).href)))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(CACHE_PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !request.url.startsWith(scope)) return;
  event.respondWith(respond(request));
});

async function respond(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  // The search page keeps its query in ?q=…; Pagefind adds ?ts=… to its entry file.
  const cached = await cache.match(request, { ignoreSearch: true });
  if (request.mode === "navigate") {
    try {
      return await fetch(request);
    } catch {
      return cached ?? (await cache.match(new URL("404.html", scope).href)) ?? Response.error();
    }
  }
  return cached ?? fetch(request);
}
