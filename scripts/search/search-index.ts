import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { gunzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import { PAGE_NAMES_FILE, type PageNames } from "../../lib/search/engine.ts";
import { listFiles } from "../../lib/list-files.ts";
import { withoutSoftHyphens } from "../../lib/search/fold.ts";
import { unescapeText } from "../../lib/search/excerpt.ts";
import { fallbackRuns, type FallbackRun } from "../../lib/i18n/finnish-fallback.ts";
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
 * A page's title when it is (partly) a Finnish fallback, run by run: the page leaves it out of the metadata
 * Pagefind searches and writes it in data-fallback-title as JSON (src/_includes/layouts/base.njk).
 */
function fallbackTitle(html: string): FallbackRun[] | undefined {
  const attribute = /\bdata-fallback-title="([^"]*)"/.exec(html)?.[1];
  return attribute === undefined ? undefined : fallbackRuns(JSON.parse(unescapeText(attribute)) as string);
}

/** The URL Pagefind gives a page at `sourcePath`. */
const pagefindUrl = (sourcePath: string) => `/${sourcePath.replace(/(^|\/)index\.html$/, "$1")}`;

/**
 * Each indexed page's name and kind by its Pagefind id (the fragment's hash),
 * read back from the fragments, and a fallback title by the page's URL: the
 * search page ranks and titles every result by them without downloading and
 * unpacking a fragment per result.
 */
async function writePageNames(
  siteDir: string,
  fallbackTitles: ReadonlyMap<string, readonly FallbackRun[]>,
): Promise<void> {
  const names: Record<string, PageNames[string]> = {};
  for (const file of (await readdir(join(siteDir, FRAGMENT_DIR))).sort()) {
    const inflated = gunzipSync(await readFile(join(siteDir, FRAGMENT_DIR, file))).toString("utf8");
    const { url, meta } = fragmentJson(inflated, file) as { url: string; meta: Record<string, string> };
    const name = meta.name ?? meta.title ?? "";
    const kind = meta.kind ?? "page";
    const title = fallbackTitles.get(url);
    names[fragmentId(file)] = title === undefined ? [name, kind] : [name, kind, title];
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
    const htmls = await Promise.all(pages.map((file) => readFile(file, "utf8")));
    const fallbackTitles = new Map<string, readonly FallbackRun[]>();
    // Sent all at once, in one order (Pagefind numbers pages as they come): its process reads one page while the next is on its way.
    const added = await Promise.all(
      pages.map(async (file, i) => {
        const sourcePath = relative(siteDir, file);
        const title = fallbackTitle(htmls[i]!);
        if (title !== undefined) fallbackTitles.set(pagefindUrl(sourcePath), title);
        return { path: file, ...(await index.addHTMLFile({ sourcePath, content: indexableHtml(htmls[i]!) })) };
      }),
    );
    for (const { path, errors } of added) if (errors.length) return fail(`addHTMLFile ${path}`, errors);
    const written = await index.writeFiles({ outputPath: join(siteDir, PAGEFIND_DIR) });
    if (written.errors.length) return fail("writeFiles", written.errors);
    await Promise.all(PAGEFIND_UNUSED_FILES.map((file) => rm(join(siteDir, file), { force: true })));
    await writePageNames(siteDir, fallbackTitles);
    // Pages without data-pagefind-body are read but not indexed: count what Pagefind kept.
    const entry = JSON.parse(await readFile(join(siteDir, PAGEFIND_ENTRY), "utf8")) as PagefindEntry;
    return { pages: Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0) };
  } finally {
    await pagefind.close();
  }
}
