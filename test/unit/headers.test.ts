/** The host headers (scripts/deploy/headers.ts): which path gets which headers, and the _headers round trip. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { headerRules, headersFile, headersFor, parseHeadersFile } from "../../scripts/deploy/headers.ts";

const YEAR = "public, max-age=31536000, immutable";

type Row = readonly [path: string, prefix: string, cacheControl: string | undefined];
const ROWS: readonly Row[] = [
  ["/", "/", undefined],
  ["/tilanteet/tyoton/", "/", undefined],
  ["/assets/site.0123456789.css", "/", YEAR],
  ["/pagefind/fragment/fi_1.pf_fragment", "/", YEAR],
  ["/pagefind/index/fi_1.pf_index", "/", YEAR],
  ["/pagefind/filter/fi_1.pf_filter", "/", YEAR],
  ["/pagefind/pagefind.js", "/", undefined],
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
