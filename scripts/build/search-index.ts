import { rm } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";

/** Pagefind's ready-made UIs: the search page uses its JS API, so these would only weigh on the site. */
const UNUSED_UI_FILES = [
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
    await Promise.all(UNUSED_UI_FILES.map((file) => rm(join(siteDir, "pagefind", file), { force: true })));
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
