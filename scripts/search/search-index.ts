import { readdirSync, readFileSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { gunzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import { PAGE_NAMES_FILE, type PageNames } from "../../lib/search/engine.ts";
import { listFiles } from "../../lib/list-files.ts";
import { unescapeText } from "../../lib/search/excerpt.ts";
import { fallbackRuns, type FallbackRun } from "../../lib/i18n/finnish-fallback.ts";
import {
  FRAGMENT_DIR,
  fragmentId,
  fragmentJson,
  PAGEFIND_DIR,
  PAGEFIND_UNUSED_FILES,
} from "../../lib/search/pagefind-files.ts";
import { indexableHtml, pagefindBody, type PagefindBody } from "./indexable-html.ts";
import { stabiliseFilters } from "./stable-filters.ts";
import type { RenderedPagesListener } from "../../lib/rendered-pages.ts";
import { inBackground } from "../site/in-background.ts";

/**
 * A page's title when it is (partly) a Finnish fallback, run by run: the page leaves it out of the metadata
 * Pagefind searches and writes it in data-fallback-title as JSON (src/_includes/layouts/page.njk).
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
  // Read synchronously, as scripts/site/hash-files.ts reads: small files, a fraction of the CPU.
  for (const file of readdirSync(join(siteDir, FRAGMENT_DIR)).sort()) {
    const inflated = gunzipSync(readFileSync(join(siteDir, FRAGMENT_DIR, file))).toString("utf8");
    const { url, meta } = fragmentJson(inflated, file) as { url: string; meta: Record<string, string> };
    const name = meta.name ?? meta.title ?? "";
    const kind = meta.kind ?? "page";
    const title = fallbackTitles.get(url);
    names[fragmentId(file)] = title === undefined ? [name, kind] : [name, kind, title];
  }
  await writeFile(join(siteDir, PAGEFIND_DIR, PAGE_NAMES_FILE), JSON.stringify(names));
}

/** A search index being built: it takes each page as Eleventy finishes it (a listener of lib/rendered-pages.ts). */
export interface SearchIndexing extends RenderedPagesListener {
  /** Adds the pages not handed on (read from the site), writes the index; how many pages it holds. */
  write(): Promise<{ pages: number }>;
}

/** A page for the index: its path in the site and its HTML. */
interface IndexedPage {
  readonly sourcePath: string;
  readonly html: string;
}

const failure = (stage: string, errors: readonly string[]) =>
  new Error(`Pagefind ${stage} failed:\n  ${errors.join("\n  ")}`);

/**
 * Starts Pagefind's index of the site being built into siteDir. Pagefind reads each page in its own process,
 * while the next ones render, and numbers the pages as they come: so they are sent in the fixed order of
 * the plan (lib/rendered-pages.ts), whichever finishes first, and the index is the same from one build to
 * the next. What was not handed on (a page Eleventy did not plan, or a run nobody listened to) is read
 * from the site at the end, in path order. Pagefind's Node API returns errors instead of throwing. The caller closes Pagefind (closeSearchIndexing).
 */
export function startSearchIndex(siteDir: string): SearchIndexing {
  // Awaited by write(), which reports a failure.
  const opened = inBackground(
    pagefind.createIndex({}).then(({ index, errors }) => {
      if (!index || errors.length) throw failure("createIndex", errors);
      return index;
    }),
  );
  const planned: string[] = [];
  /** Pages rendered but not yet sent, by URL (null: not HTML, nothing to index). */
  const waiting = new Map<string, IndexedPage | null>();
  let nextPlanned = 0;
  const sent = new Set<string>();
  const adds: Promise<{ path: string; errors: readonly string[] }>[] = [];
  const fallbackTitles = new Map<string, readonly FallbackRun[]>();
  const add = ({ sourcePath, html }: IndexedPage, body?: PagefindBody) => {
    const title = fallbackTitle(html);
    if (title !== undefined) fallbackTitles.set(pagefindUrl(sourcePath), title);
    const content = indexableHtml(html, body);
    adds.push(
      opened.then(async (index) => ({ path: sourcePath, ...(await index.addHTMLFile({ sourcePath, content })) })),
    );
  };
  /**
   * Pages without a data-pagefind-body element (the print page, the search page, 404): Pagefind leaves
   * them out of an index once any page has one, after parsing them all the same (the print page alone is
   * a sixth of what a site would send). Held back, and added only if no page has one (write).
   */
  const bodiless: IndexedPage[] = [];
  let anyBody = false;
  const send = (page: IndexedPage) => {
    sent.add(page.sourcePath);
    const body = pagefindBody(page.html);
    if (body) {
      anyBody = true;
      add(page, body);
    } else bodiless.push(page);
  };
  const sendInOrder = () => {
    for (; nextPlanned < planned.length && waiting.has(planned[nextPlanned]!); nextPlanned++) {
      const page = waiting.get(planned[nextPlanned]!)!;
      waiting.delete(planned[nextPlanned]!);
      if (page) send(page);
    }
  };
  return {
    planned(urls) {
      planned.push(...urls);
      sendInOrder();
    },
    rendered(url, outputPath, content) {
      waiting.set(
        url,
        outputPath.endsWith(".html") ? { sourcePath: relative(siteDir, outputPath), html: content } : null,
      );
      sendInOrder();
    },
    async write() {
      const rest = listFiles(siteDir)
        .filter((file) => file.endsWith(".html"))
        .map((file) => relative(siteDir, file))
        .filter((sourcePath) => !sent.has(sourcePath))
        .sort();
      const htmls = await Promise.all(rest.map((sourcePath) => readFile(join(siteDir, sourcePath), "utf8")));
      rest.forEach((sourcePath, i) => send({ sourcePath, html: htmls[i]! }));
      if (!anyBody) for (const page of bodiless) add(page);
      const index = await opened;
      for (const { path, errors } of await Promise.all(adds))
        if (errors.length) throw failure(`addHTMLFile ${path}`, errors);
      const written = await index.writeFiles({ outputPath: join(siteDir, PAGEFIND_DIR) });
      if (written.errors.length) throw failure("writeFiles", written.errors);
      await index.deleteIndex();
      await Promise.all(PAGEFIND_UNUSED_FILES.map((file) => rm(join(siteDir, file), { force: true })));
      const entry = stabiliseFilters(siteDir);
      await writePageNames(siteDir, fallbackTitles);
      return { pages: Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0) };
    },
  };
}

/** Ends Pagefind's process, which every index of this process shares. */
export const closeSearchIndexing = (): Promise<unknown> => pagefind.close();

/** Indexes a site already built, page by page from its files, and closes Pagefind. */
export async function writeSearchIndex(siteDir: string): Promise<{ pages: number }> {
  try {
    return await startSearchIndex(siteDir).write();
  } finally {
    await closeSearchIndexing();
  }
}
