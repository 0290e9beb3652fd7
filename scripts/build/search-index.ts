import { rm } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";

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

/** Indexes the built site with Pagefind. Its Node API returns errors instead of throwing. */
export async function writeSearchIndex(siteDir: string): Promise<{ pages: number }> {
  const fail = (stage: string, errors: readonly string[]) => {
    throw new Error(`Pagefind ${stage} failed:\n  ${errors.join("\n  ")}`);
  };
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index || errors.length) return fail("createIndex", errors);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) return fail("addDirectory", added.errors);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length) return fail("writeFiles", written.errors);
    await Promise.all(UNUSED_FILES.map((file) => rm(join(siteDir, "pagefind", file), { force: true })));
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
