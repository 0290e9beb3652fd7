/**
 * The build hands Pagefind each page as Eleventy finishes it (lib/rendered-pages.ts),
 * not the files it wrote: the index must hold exactly what the files hold. Indexed
 * again from the files alone (what writeSearchIndex does with nobody handing pages
 * on), the national site and the two-language one give the same fragments — one per
 * page, named by its content — the same page names, and the same number of pages.
 * Pagefind is sent only each page's part for it (scripts/search/indexable-html.ts):
 * indexed from the whole pages, both sites give the same fragments and page counts too. Pages without
 * a data-pagefind-body element are sent only when no page has one, as Pagefind would index them.
 */
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { PAGE_NAMES_FILE } from "../../lib/search/engine.ts";
import { FRAGMENT_DIR, PAGEFIND_DIR, PAGEFIND_ENTRY, type PagefindEntry } from "../../lib/search/pagefind-files.ts";
import { SITE_DIR } from "../helpers/site.ts";
import { buildSwedishSite, SWEDISH_DIR } from "../helpers/swedish-site.ts";

/** writeSearchIndex(siteDir) in a process of its own: Pagefind's package is ESM only, which this test process (CommonJS under tsx) cannot load. */
async function indexFromFiles(siteDir: string): Promise<void> {
  const script = `import { writeSearchIndex } from "./scripts/search/search-index.ts"; await writeSearchIndex(process.argv[1]);`;
  await promisify(execFile)(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script, siteDir]);
}

/**
 * Pagefind's index of every page of siteDir, whole, made ready for Pagefind as the build makes its parts
 * (forPagefind: no soft hyphens, repeated blocks weighed), written into otherDir as into a site.
 */
async function indexWholePages(siteDir: string, otherDir: string): Promise<void> {
  const script = `
    import { readFile } from "node:fs/promises";
    import { relative } from "node:path";
    import * as pagefind from "pagefind";
    import { listFiles } from "./lib/list-files.ts";
    import { forPagefind } from "./scripts/search/indexable-html.ts";
    const [siteDir, outputPath] = process.argv.slice(1);
    const { index } = await pagefind.createIndex({});
    for (const file of listFiles(siteDir).filter((file) => file.endsWith(".html")).sort()) {
      const content = forPagefind(await readFile(file, "utf8"));
      await index.addHTMLFile({ sourcePath: relative(siteDir, file), content });
    }
    await index.writeFiles({ outputPath });
    await pagefind.close();`;
  const args = ["--import", "tsx", "--input-type=module", "-e", script, siteDir, join(otherDir, PAGEFIND_DIR)];
  await promisify(execFile)(process.execPath, args);
}

/** What Pagefind made of the pages: its fragments' names and each language's page count. */
async function indexOf(siteDir: string) {
  const entry = JSON.parse(await readFile(join(siteDir, PAGEFIND_ENTRY), "utf8")) as PagefindEntry;
  return {
    fragments: (await readdir(join(siteDir, FRAGMENT_DIR))).sort(),
    // By language: Pagefind lists the languages in no fixed order.
    pages: Object.fromEntries(
      Object.entries(entry.languages)
        .map(([language, { page_count }]) => [language, page_count] as const)
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    ),
  };
}

for (const [name, siteDir, built] of [
  ["the national site", SITE_DIR, Promise.resolve()],
  ["the Finnish and Swedish site", SWEDISH_DIR, buildSwedishSite()],
] as const) {
  test(`${name}: the pages handed on are indexed as their files hold them`, async () => {
    await built;
    const copy = await mkdtemp(join(tmpdir(), "search-index-stream-"));
    try {
      await cp(siteDir, copy, { recursive: true });
      await rm(join(copy, PAGEFIND_DIR), { recursive: true });
      await indexFromFiles(copy);
      // Each index with the page names written beside it.
      const indexWithNames = async (dir: string) => ({
        ...(await indexOf(dir)),
        pageNames: JSON.parse(await readFile(join(dir, PAGEFIND_DIR, PAGE_NAMES_FILE), "utf8")) as object,
      });
      const [streamed, fromFiles] = [await indexWithNames(siteDir), await indexWithNames(copy)];
      assert.ok(streamed.fragments.length > 60, `${streamed.fragments.length} fragments`);
      assert.equal(streamed, fromFiles);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });

  test(`${name}: the parts for Pagefind make the index the whole pages make`, async () => {
    await built;
    const whole = await mkdtemp(join(tmpdir(), "pagefind-part-"));
    try {
      await indexWholePages(siteDir, whole);
      assert.equal(await indexOf(siteDir), await indexOf(whole));
    } finally {
      await rm(whole, { recursive: true, force: true });
    }
  });
}

test("pages without a data-pagefind-body element are indexed only in a site where no page has one", async () => {
  const page = (body: string) =>
    `<!doctype html><html lang="fi"><head><title>Sivu</title></head><body>${body}</body></html>`;
  const dir = await mkdtemp(join(tmpdir(), "pagefind-bodiless-"));
  const siteWith = async (name: string, pages: Record<string, string>) => {
    const siteDir = join(dir, name);
    for (const [path, html] of Object.entries(pages)) {
      await mkdir(dirname(join(siteDir, path)), { recursive: true });
      await writeFile(join(siteDir, path), html);
    }
    await indexFromFiles(siteDir);
    return indexOf(siteDir);
  };
  try {
    const bodiless = { "index.html": page("<p>Työkyky</p>"), "tulosta/index.html": page("<p>Kuntoutus</p>") };
    assert.equal((await siteWith("no-body", bodiless)).pages, { fi: 2 });
    const mixed = { ...bodiless, "haku/index.html": page("<main data-pagefind-body><p>Haku</p></main>") };
    assert.equal((await siteWith("one-body", mixed)).pages, { fi: 1 });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test.run();
