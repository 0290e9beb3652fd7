/**
 * Pagefind's own file names and formats, as Pagefind 1.5.2 writes them —
 * known here and nowhere else, so a Pagefind upgrade that renames or
 * reformats a file is one module's change (and the test that finds these
 * names elsewhere, test/unit/pagefind-files.test.ts, keeps it so).
 * Paths are relative to the site root, with `/` between folders, and
 * spelled out whole: a bundle drops a string it does not use, but not one
 * built from others.
 */

/** The folder Pagefind's index is written to. */
export const PAGEFIND_DIR = "pagefind";

/** Pagefind's browser API, a module script. */
export const PAGEFIND_SCRIPT = "pagefind/pagefind.js";

/** The entry file the browser API reads first: for each language, its metadata and WebAssembly. */
export const PAGEFIND_ENTRY = "pagefind/pagefind-entry.json";

/** The entry file as the browser API fetches it, tagged with the metaCacheTag option's value. */
export const pagefindEntryFetched = (metaCacheTag: string) =>
  `${PAGEFIND_ENTRY}?ts=${encodeURIComponent(metaCacheTag)}`;

/** The part of the entry file the build reads. */
export interface PagefindEntry {
  readonly languages: Readonly<Record<string, { readonly hash: string; readonly page_count: number }>>;
}

/** The WebAssembly for a language (`fi`; `unknown` for pages without one). */
export const pagefindWasm = (language: string) => `pagefind/wasm.${language}.pagefind`;

/** The folder of the page fragments: one per page, named by its Pagefind id (a content hash). */
export const FRAGMENT_DIR = "pagefind/fragment";

/** A fragment's Pagefind id: its file name without the extension. */
export const fragmentId = (fileName: string) => fileName.replace(/\.pf_fragment$/, "");

/**
 * A language's metadata file, by its hash (the entry file's `languages.<language>.hash`, `fi_` and ten hex
 * digits): CBOR of [version, pages, index chunks, filters as [name, hash], …].
 */
export const pagefindMeta = (hash: string) => `pagefind/pagefind.${hash}.pf_meta`;

/**
 * A filter's file, by its hash (`fi_` and seven hex digits, named in the metadata): CBOR of
 * [filter, [[value, [page numbers]], …]], its values in no fixed order.
 */
export const pagefindFilter = (hash: string) => `pagefind/filter/${hash}.pf_filter`;

/** The folder of the index chunks, which a search downloads by the words it looks up. */
export const INDEX_DIR = "pagefind/index";

/**
 * Folders whose files carry a content hash in their name (fragments, index
 * chunks, filters). Everything else Pagefind writes (its entry, script,
 * metadata and WebAssembly) keeps its name from build to build.
 */
export const PAGEFIND_HASHED_FOLDERS = ["pagefind/fragment/", "pagefind/index/", "pagefind/filter/"] as const;

/**
 * Files Pagefind writes that the site never fetches: the ready-made UIs (the
 * search page uses the JS API), the worker (search runs with noWorker) and
 * the WebAssembly for pages without a language.
 */
export const PAGEFIND_UNUSED_FILES = [
  "pagefind/pagefind-worker.js",
  "pagefind/wasm.unknown.pagefind",
  "pagefind/pagefind-ui.js",
  "pagefind/pagefind-ui.css",
  "pagefind/pagefind-modular-ui.js",
  "pagefind/pagefind-modular-ui.css",
  "pagefind/pagefind-component-ui.js",
  "pagefind/pagefind-component-ui.css",
  "pagefind/pagefind-highlight.js",
];

/**
 * Pagefind's gzipped files, by URL: its WebAssembly, metadata, index, filter
 * and fragment files. Inflated, each begins with a signature; Pagefind's
 * script looks for it first and inflates only what lacks it, so they may
 * arrive inflated (src/browser/search/pagefind-fetch.ts).
 */
const GZIPPED_URL = /\/pagefind\/[^?]*\.(?:pagefind|pf_meta|pf_index|pf_filter|pf_fragment)(?:\?|$)/;
export const isGzippedPagefindUrl = (url: string) => GZIPPED_URL.test(url);

/** What an inflated file of the index begins with, before its JSON (a fragment) or CBOR (the rest). */
export const PAGEFIND_SIGNATURE = "pagefind_dcd";

/** The JSON of an inflated fragment (the build reads its metadata back). */
export function fragmentJson(inflated: string, fileName: string): unknown {
  if (!inflated.startsWith(PAGEFIND_SIGNATURE)) throw new Error(`Pagefind fragment ${fileName} has no signature`);
  return JSON.parse(inflated.slice(PAGEFIND_SIGNATURE.length));
}
