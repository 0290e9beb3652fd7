import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { gunzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import { PAGE_NAMES_FILE, type PageNames } from "../../lib/search/engine.ts";
import { listFiles } from "../../lib/list-files.ts";
import { withoutSoftHyphens } from "../../lib/search/fold.ts";

/**
 * Pagefind files the site never fetches, which would only weigh on it (and
 * on the offline cache): the ready-made UIs (we use the JS API), the worker
 * (search runs with noWorker) and the WebAssembly for pages without a language.
 */
const UNUSED_FILES = [
  "pagefind-worker.js",
  "wasm.unknown.pagefind",
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-highlight.js",
];

/** The page's HTML as Pagefind should read it: soft hyphens (U+00AD, or &shy;) would split words in the index and the excerpts. */
function indexableHtml(html: string): string {
  return withoutSoftHyphens(html).replace(/&shy;|&#173;|&#xad;/gi, "");
}

/** Pagefind's fragments are gzipped JSON behind a 12-byte signature. */
const FRAGMENT_SIGNATURE = "pagefind_dcd";

/**
 * Each indexed page's name and kind by its Pagefind id (the fragment's hash),
 * read back from the fragments: the search page ranks every result by them
 * without downloading and unpacking a fragment per result.
 */
async function writePageNames(pagefindDir: string): Promise<void> {
  const names: Record<string, PageNames[string]> = {};
  for (const file of (await readdir(join(pagefindDir, "fragment"))).sort()) {
    const raw = gunzipSync(await readFile(join(pagefindDir, "fragment", file))).toString("utf8");
    if (!raw.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`Pagefind fragment ${file} has no signature`);
    const { meta } = JSON.parse(raw.slice(FRAGMENT_SIGNATURE.length)) as { meta: Record<string, string> };
    names[file.replace(/\.pf_fragment$/, "")] = [meta.name ?? meta.title ?? "", meta.kind ?? "page"];
  }
  await writeFile(join(pagefindDir, PAGE_NAMES_FILE), JSON.stringify(names));
}

/** Indexes the built site with Pagefind. Its Node API returns errors instead of throwing. */
export async function writeSearchIndex(siteDir: string): Promise<{ pages: number }> {
  const fail = (stage: string, errors: readonly string[]) => {
    throw new Error(`Pagefind ${stage} failed:\n  ${errors.join("\n  ")}`);
  };
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index || errors.length) return fail("createIndex", errors);
    const pages = (await listFiles(siteDir)).filter((file) => file.endsWith(".html"));
    for (const file of pages) {
      const content = indexableHtml(await readFile(file, "utf8"));
      const added = await index.addHTMLFile({ sourcePath: relative(siteDir, file), content });
      if (added.errors.length) return fail(`addHTMLFile ${file}`, added.errors);
    }
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length) return fail("writeFiles", written.errors);
    await Promise.all(UNUSED_FILES.map((file) => rm(join(siteDir, "pagefind", file), { force: true })));
    await writePageNames(join(siteDir, "pagefind"));
    // Pages without data-pagefind-body are read but not indexed: count what Pagefind kept.
    const entry = JSON.parse(await readFile(join(siteDir, "pagefind", "pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    return { pages: Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0) };
  } finally {
    await pagefind.close();
  }
}
