import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { gunzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import { PAGE_NAMES_FILE, type PageNames } from "../../lib/search/engine.ts";
import { listFiles } from "../../lib/list-files.ts";
import { withoutSoftHyphens } from "../../lib/search/fold.ts";
import {
  FRAGMENT_DIR,
  fragmentId,
  fragmentJson,
  PAGEFIND_DIR,
  PAGEFIND_ENTRY,
  PAGEFIND_UNUSED_FILES,
  type PagefindEntry,
} from "../../lib/search/pagefind-files.ts";
import { weighRepeatedBlocks } from "./repeated-blocks.ts";

/**
 * The page's HTML as Pagefind should read it: soft hyphens (U+00AD, or &shy;)
 * would split words in the index and the excerpts, and repeated blocks weigh less.
 */
function indexableHtml(html: string): string {
  return weighRepeatedBlocks(withoutSoftHyphens(html).replace(/&shy;|&#173;|&#xad;/gi, ""));
}

/**
 * Each indexed page's name and kind by its Pagefind id (the fragment's hash),
 * read back from the fragments: the search page ranks every result by them
 * without downloading and unpacking a fragment per result.
 */
async function writePageNames(siteDir: string): Promise<void> {
  const names: Record<string, PageNames[string]> = {};
  for (const file of (await readdir(join(siteDir, FRAGMENT_DIR))).sort()) {
    const inflated = gunzipSync(await readFile(join(siteDir, FRAGMENT_DIR, file))).toString("utf8");
    const { meta } = fragmentJson(inflated, file) as { meta: Record<string, string> };
    names[fragmentId(file)] = [meta.name ?? meta.title ?? "", meta.kind ?? "page"];
  }
  await writeFile(join(siteDir, PAGEFIND_DIR, PAGE_NAMES_FILE), JSON.stringify(names));
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
    const written = await index.writeFiles({ outputPath: join(siteDir, PAGEFIND_DIR) });
    if (written.errors.length) return fail("writeFiles", written.errors);
    await Promise.all(PAGEFIND_UNUSED_FILES.map((file) => rm(join(siteDir, file), { force: true })));
    await writePageNames(siteDir);
    // Pages without data-pagefind-body are read but not indexed: count what Pagefind kept.
    const entry = JSON.parse(await readFile(join(siteDir, PAGEFIND_ENTRY), "utf8")) as PagefindEntry;
    return { pages: Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0) };
  } finally {
    await pagefind.close();
  }
}
