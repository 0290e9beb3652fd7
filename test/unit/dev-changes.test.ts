/** What each saved file makes the preview redo (scripts/dev/changes.ts): one row per rule. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { classifyChange, largestChange, type ChangeKind } from "../../scripts/dev/changes.ts";

const ROWS: ReadonlyArray<readonly [string, ChangeKind | undefined]> = [
  ["content/actions.yaml", "content"],
  ["content/situations/tyoton.yaml", "content"],
  ["content/prose/verkostot.md", "content"],
  ["./content/actors.yaml", "content"],
  ["content\\phases.yaml", "content"],
  ["src/assets/site.css", "styles"],
  ["src/assets/favicon.svg", "scripts"],
  ["src/browser/search/search-page.ts", "scripts"],
  ["src/pages/index.njk", "templates"],
  ["src/_includes/layouts/base.njk", "templates"],
  ["src/ui/fi.json", "templates"],
  ["src/ui/sv.json", "templates"],
  ["src/_data/site.js", "code"],
  ["src/eleventy/filters.ts", "code"],
  ["lib/handbook/handbook.ts", "code"],
  [".eleventy.js", "code"],
  ["scripts/site/assets.ts", "code"],
  ["scripts/data/cross-check.ts", "code"],
  ["scripts/build.ts", "code"],
  // Written by the build itself.
  ["content/.schema/actions.schema.json", undefined],
  // Editors' scratch files.
  ["content/.actions.yaml.swp", undefined],
  ["content/4913", undefined],
  ["content/actions.yaml~", undefined],
  ["content/#actions.yaml#", undefined],
  ["content/actions.yaml.4242.tmp", undefined],
  // Not part of the site.
  ["README.md", undefined],
  ["test/unit/dev-changes.test.ts", undefined],
];

for (const [path, kind] of ROWS) {
  test(`${path} → ${kind ?? "nothing"}`, () => assert.is(classifyChange(path), kind));
}

test("a burst of saves needs the largest of its changes", () => {
  assert.is(largestChange([]), undefined);
  assert.is(largestChange(["styles"]), "styles");
  assert.is(largestChange(["styles", "templates"]), "templates");
  assert.is(largestChange(["content", "styles", "scripts"]), "content");
  assert.is(largestChange(["templates", "code", "content"]), "code");
});

test.run();
