/**
 * Every internal link, asset and anchor of every built page resolves: the
 * target file exists and, for `#fragment`, holds an element with that id.
 */
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readPage, SITE_DIR, sitePages } from "./helpers/site.ts";

const pages = sitePages();

/** The file a URL path serves, as a static host resolves it. */
function fileFor(path: string): string | undefined {
  const direct = join(SITE_DIR, path);
  if (existsSync(direct) && statSync(direct).isFile()) return path;
  const index = join(path, "index.html");
  return existsSync(join(SITE_DIR, index)) ? index : undefined;
}

const idsByFile = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  let ids = idsByFile.get(file);
  if (!ids) {
    ids = new Set(readPage(file).querySelectorAll("[id]").map((el) => el.id));
    idsByFile.set(file, ids);
  }
  return ids;
}

for (const page of pages) {
  test(`links and anchors resolve: ${page}`, () => {
    const html = readPage(page);
    const references = [
      ...html.querySelectorAll("a[href]").map((el) => el.getAttribute("href")!),
      ...html.querySelectorAll("link[href]").map((el) => el.getAttribute("href")!),
      ...html.querySelectorAll("script[src], img[src]").map((el) => el.getAttribute("src")!),
      ...html.querySelectorAll("form[action]").map((el) => el.getAttribute("action")!),
    ];
    const broken: string[] = [];
    for (const reference of references) {
      const url = new URL(reference, `http://handbook.test${page}`);
      if (url.host !== "handbook.test") continue; // external: not ours to check offline
      const file = fileFor(decodeURIComponent(url.pathname));
      if (!file) broken.push(`${reference} (no such page)`);
      else if (url.hash && file.endsWith(".html") && !idsIn(`/${file.replace(/^\//, "")}`).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${reference} (no element with id ${url.hash})`);
      }
    }
    assert.equal(broken, [], `broken on ${page}:\n  ${broken.join("\n  ")}`);
  });
}

test("the link check catches a broken link and a broken anchor", () => {
  assert.is(fileFor("/tilanteet/ei-ole/"), undefined);
  const situationFile = fileFor("/tilanteet/tyoton/")!;
  assert.ok(situationFile);
  assert.ok(idsIn(`/${situationFile}`).has("tyoton-primaarivaihe"));
  assert.not.ok(idsIn(`/${situationFile}`).has("ei-ole"));
});

test.run();
