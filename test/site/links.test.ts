/** Every internal link, asset and anchor of every built page resolves. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { LinkChecker } from "../helpers/link-check.ts";
import { SITE_DIR, sitePages } from "../helpers/site.ts";

const checker = new LinkChecker(SITE_DIR);

for (const page of sitePages()) {
  test(`links and anchors resolve: ${page}`, () => {
    const broken = checker.brokenOn(page);
    assert.equal(broken, [], `broken on ${page}:\n  ${broken.join("\n  ")}`);
  });
}

test("the link check catches a missing page, a missing anchor and a link outside the prefix", () => {
  assert.is(checker.fileFor("/tilanteet/ei-ole/"), undefined);
  const situationFile = checker.fileFor("/tilanteet/tyoton/")!;
  assert.ok(checker.idsIn(`/${situationFile}`).has("tyoton-primaarivaihe"));
  assert.not.ok(checker.idsIn(`/${situationFile}`).has("ei-ole"));
  const prefixed = new LinkChecker(SITE_DIR, "/tyokyky/");
  assert.ok(
    prefixed.brokenOn("/").some((b) => b.includes("outside /tyokyky/")),
    "unprefixed links must fail under a prefix",
  );
});

test.run();
