/**
 * Pagefind's own file names and formats are known in lib/search/pagefind-files.ts
 * only: a Pagefind upgrade that renames a file changes that module, and this
 * test finds any other place that spells one out.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { codeFiles, findInLines } from "../helpers/source-lines.ts";

const HOME = "lib/search/pagefind-files.ts";
const THIS_TEST = "test/unit/pagefind-files.test.ts";

/** What Pagefind 1.5 names its files, as a line would spell it, with a line that does. */
const PAGEFIND_NAMES: readonly (readonly [what: string, pattern: RegExp, example: string])[] = [
  ["the entry file", /pagefind-entry/, 'fetch("pagefind/pagefind-entry.json")'],
  ["an index file's extension", /pf_(?:meta|index|filter|fragment)/, "fi_1.pf_fragment"],
  ["a WebAssembly file", /wasm\.[\w${}.]*\.pagefind/, "`wasm.${language}.pagefind`"],
  ["the fragments' signature", /pagefind_dcd/, 'raw.startsWith("pagefind_dcd")'],
  ["a Pagefind script or stylesheet", /pagefind(?:-[a-z-]+)?\.(?:js|css)\b/, '"pagefind-ui.css"'],
  ["the index folder", /["'`/]pagefind\/|join\([^)]*["'`]pagefind["'`]/, 'join(siteDir, "pagefind")'],
];

/** The package's name, which is not a file name. */
const withoutImports = (line: string) => line.replace(/\bfrom "pagefind"/g, "");

test(`Pagefind's file names are spelled out in ${HOME} only`, () => {
  const files = codeFiles().filter((file) => file !== HOME && file !== THIS_TEST);
  const found = findInLines(
    files,
    PAGEFIND_NAMES.map(([what, pattern]) => [what, pattern]),
    withoutImports,
  );
  assert.equal(found, [], found.map((f) => `${f.where}  (${f.what})`).join("\n"));
});

test("each pattern finds the name it is for", () => {
  for (const [what, pattern, example] of PAGEFIND_NAMES) assert.match(example, pattern, what);
  assert.not.match(withoutImports('import * as pagefind from "pagefind";'), PAGEFIND_NAMES[5]![1]);
});

test.run();
