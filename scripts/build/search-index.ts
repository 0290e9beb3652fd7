import { readFile, rm } from "node:fs/promises";
import { join, relative } from "node:path";
import * as pagefind from "pagefind";
import { listFiles } from "../../lib/list-files.ts";
import { withoutSoftHyphens } from "../../lib/search-fold.ts";

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
    // Pages without data-pagefind-body are read but not indexed: count what Pagefind kept.
    const entry = JSON.parse(await readFile(join(siteDir, "pagefind", "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    return { pages: Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0) };
  } finally {
    await pagefind.close();
  }
}
