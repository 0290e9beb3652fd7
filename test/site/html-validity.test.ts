/** The W3C Nu HTML Checker (vnu-jar, on the system Java or $JAVA_HOME's) finds no error on any page. */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { test } from "uvu";
import * as assert from "uvu/assert";
import vnu from "vnu-jar";
import { JAVA_PATH } from "../../scripts/site/java.ts";
import { pagePath, SITE_DIR, sitePages } from "../helpers/site.ts";
import { buildSwedishSite, SWEDISH_DIR } from "../helpers/swedish-site.ts";

interface VnuMessage {
  readonly type: string;
  readonly url: string;
  readonly message: string;
  readonly lastLine?: number;
}

async function vnuErrors(dir: string): Promise<VnuMessage[]> {
  const args = ["-jar", String(vnu), "--skip-non-html", "--errors-only", "--format", "json", dir];
  try {
    const { stderr } = await promisify(execFile)(JAVA_PATH, args, { maxBuffer: 64 * 1024 * 1024 });
    return (JSON.parse(stderr || '{"messages":[]}') as { messages: VnuMessage[] }).messages;
  } catch (error) {
    // vnu exits 1 when it finds errors; the JSON report is on stderr.
    const stderr = (error as { stderr?: string }).stderr ?? "";
    if (!stderr.trim().startsWith("{")) throw error;
    return (JSON.parse(stderr) as { messages: VnuMessage[] }).messages;
  }
}

const pages = sitePages();
let errors: VnuMessage[] = [];
test.before(async () => {
  errors = await vnuErrors(SITE_DIR);
});

for (const page of pages) {
  test(`valid HTML: ${page}`, () => {
    const mine = errors.filter((e) => e.url.endsWith(pagePath(page)));
    assert.is(mine.length, 0, mine.map((e) => `  line ${e.lastLine}: ${e.message}`).join("\n"));
  });
}

test("every error vnu reports belongs to a page checked above", () => {
  const known = pages.map((page) => pagePath(page));
  for (const error of errors) {
    assert.ok(
      known.some((file) => error.url.endsWith(file)),
      `${error.url}: ${error.message}`,
    );
  }
});

test("every Swedish page is valid HTML too (its lang=fi passages included)", async () => {
  await buildSwedishSite();
  const swedish = await vnuErrors(`${SWEDISH_DIR}/sv`);
  assert.equal(
    swedish.map((e) => `${e.url} line ${e.lastLine}: ${e.message}`),
    [],
  );
});

test("the checker fails on a page with known HTML errors", async () => {
  const found = await vnuErrors("test/fixtures/invalid-html");
  assert.ok(found.length >= 2, JSON.stringify(found));
});

test.run();
