/**
 * Pagefind's browser API, loaded from the site's own index (a relative
 * import, so any path prefix works), set up, and dropped after a failure.
 */
import type { Pagefind } from "../../../lib/search/engine.ts";
import { PAGEFIND_SCRIPT } from "../../../lib/search/pagefind-files.ts";

/** The site root: this script is bundled into assets/. */
export const siteRoot = new URL("../", import.meta.url);

/** Pagefind's set-up calls, which only this page makes. */
interface PagefindSetup {
  options(options: object): Promise<void>;
  /** Starts loading the index's metadata and WebAssembly. */
  init(): Promise<void>;
  /** Drops the instance: the next call makes a new one. */
  destroy(): Promise<void>;
}

const importPagefind = () => import(new URL(PAGEFIND_SCRIPT, siteRoot).href) as Promise<Pagefind & PagefindSetup>;

/** Pagefind, set up for this page, its metadata and WebAssembly on the way. `build` tags the entry file. */
export async function loadPagefind(build: string): Promise<Pagefind> {
  const pagefind = await importPagefind();
  await pagefind.options({
    // Pagefind 1.5's worker is a second 41 kB script; its work here is a few
    // short tasks between our pauses, so it runs on the main thread.
    noWorker: true,
    baseUrl: siteRoot.pathname,
    // ä/ö optional: `tyokyky` finds `työkyky`, and Pagefind ranks the exact spelling first.
    exactDiacritics: false,
    metaCacheTag: build || null,
  });
  void pagefind.init();
  return pagefind;
}

/** Pagefind keeps a failed download's error for good; after one, the next search needs a new instance. */
export async function forgetPagefind(): Promise<void> {
  const pagefind = await importPagefind().catch(() => undefined);
  await pagefind?.destroy();
}
