/** The host headers (scripts/deploy/headers.ts): which path gets which headers, and the _headers round trip. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { headerRules, headersFile, headersFor, parseHeadersFile } from "../../scripts/deploy/headers.ts";
import { PAGEFIND_HASHED_FOLDERS, PAGEFIND_SCRIPT } from "../../lib/search/pagefind-files.ts";

const YEAR = "public, max-age=31536000, immutable";

type Row = readonly [path: string, prefix: string, cacheControl: string | undefined];
const ROWS: readonly Row[] = [
  ["/", "/", undefined],
  ["/tilanteet/tyoton/", "/", undefined],
  ["/assets/site.0123456789.css", "/", YEAR],
  ...PAGEFIND_HASHED_FOLDERS.map((dir): Row => [`/${dir}fi_1`, "/", YEAR]),
  [`/${PAGEFIND_SCRIPT}`, "/", undefined],
  ["/sw.js", "/", "no-cache"],
  ["/tyokyky/assets/search.js", "/tyokyky/", YEAR],
  ["/assets/search.js", "/tyokyky/", undefined],
];

for (const [path, prefix, cacheControl] of ROWS) {
  test(`${path} under ${prefix}: Cache-Control ${cacheControl ?? "none"}`, () => {
    const headers = headersFor(path, headerRules(prefix));
    assert.is(headers["Cache-Control"], cacheControl);
    const inside = path.startsWith(prefix);
    assert.is(
      Boolean(headers["Content-Security-Policy"]),
      inside,
      "security headers everywhere under the prefix, nowhere else",
    );
  });
}

test("_headers is read back as the rules it was written from", () => {
  for (const prefix of ["/", "/tyokyky/"]) {
    const rules = headerRules(prefix);
    assert.equal(parseHeadersFile(headersFile(rules)), rules);
  }
});

test.run();
