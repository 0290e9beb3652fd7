/**
 * Offline handbook. Installing precaches every file of this build (pages,
 * stylesheet, scripts, the whole Pagefind index) in a cache named for it; if
 * one file fails, the cache is deleted and the install fails, so the reader
 * keeps the previous worker or none — the network serves them either way.
 *
 * Search and pages always come from the same build: only files whose names
 * carry a content hash are answered from the cache first. Everything else —
 * pages and Pagefind's unhashed entry, script, metadata and WebAssembly —
 * comes from the network while it answers, from the cache when it does not.
 * Offline, a page that is not in the cache gets the offline page, status 503.
 *
 * Asked which build it holds (newer-build.ts), it answers with the build id
 * that the pages of its build carry in `<html data-build>`.
 */
import { BUILD_QUESTION } from "./build-question.ts";

declare const PRECACHE: readonly string[];
declare const VERSION: string;
/** The build id (scripts/site/build-id.ts) of the pages this worker stores. */
declare const BUILD: string;
/** Folders under the scope whose files carry a content hash: "assets/", Pagefind's index folders, … */
declare const HASHED_FOLDERS: readonly string[];
/** The offline page, relative to the scope: "offline.html". */
declare const OFFLINE_PAGE: string;

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}
interface WorkerScope {
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
  addEventListener(type: "message", listener: (event: ExtendableMessageEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const CACHE_PREFIX = "kasikirja-";
const CACHE = `${CACHE_PREFIX}${VERSION}`;
const scope = worker.registration.scope;
const hashedPrefixes = HASHED_FOLDERS.map((folder) => new URL(folder, scope).href);

worker.addEventListener("install", (event) => {
  event.waitUntil(precache().then(() => worker.skipWaiting()));
});

async function precache(): Promise<void> {
  const cache = await caches.open(CACHE);
  try {
    // Revalidated, so a host's short HTTP caching cannot put an older build's file in this build's cache.
    await cache.addAll(PRECACHE.map((path) => new Request(new URL(path, scope).href, { cache: "no-cache" })));
  } catch (error) {
    await caches.delete(CACHE);
    throw error;
  }
}

worker.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith(CACHE_PREFIX) && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !request.url.startsWith(scope)) return;
  event.respondWith(
    hashedPrefixes.some((prefix) => request.url.startsWith(prefix)) ? cacheFirst(request) : networkFirst(request),
  );
});

worker.addEventListener("message", (event) => {
  if (event.data === BUILD_QUESTION) event.ports[0]?.postMessage(BUILD);
});

/** A content-hashed file never changes: any cached copy is the right one. */
async function cacheFirst(request: Request): Promise<Response> {
  return (await caches.match(request, { cacheName: CACHE })) ?? fetch(request);
}

async function networkFirst(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (offline) {
    // The search page keeps its query in ?q=…; Pagefind asks for its entry file with ?ts=<build>.
    const cached = await caches.match(request, { cacheName: CACHE, ignoreSearch: true });
    if (cached) return cached;
    if (request.mode !== "navigate") throw offline;
    return offlinePage();
  }
}

async function offlinePage(): Promise<Response> {
  const page = await caches.match(new URL(OFFLINE_PAGE, scope).href, { cacheName: CACHE });
  if (!page) return Response.error();
  return new Response(page.body, { status: 503, statusText: "Service Unavailable", headers: page.headers });
}
