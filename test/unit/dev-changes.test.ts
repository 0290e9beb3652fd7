/** What each saved file makes the preview redo (scripts/dev/changes.ts): one row per rule. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { planBuild } from "../../scripts/dev/build-plan.ts";
import { classifyChange, contentFolders, type ChangeKind } from "../../scripts/dev/changes.ts";

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

const EDITION_ROWS: ReadonlyArray<readonly [string, ChangeKind | undefined]> = [
  ["examples/esimerkkialue/contacts.yaml", "content"],
  ["./examples/esimerkkialue/notes/tyottomat.md", "content"],
  // Written by the edition step.
  ["examples/esimerkkialue/.schema/contacts.schema.json", undefined],
  ["examples/esimerkkialue/.national-texts.json", undefined],
  ["examples/esimerkkialue/.contacts.yaml.swp", undefined],
  // Another folder that only starts like it.
  ["examples/esimerkkialue2/contacts.yaml", undefined],
];

for (const [path, kind] of EDITION_ROWS) {
  test(`with EDITION=examples/esimerkkialue/: ${path} → ${kind ?? "nothing"}`, () =>
    assert.is(classifyChange(path, contentFolders({ EDITION: "examples/esimerkkialue/" })), kind));
}

const TRANSLATION_ROWS: ReadonlyArray<readonly [string, ChangeKind | undefined]> = [
  ["test/fixtures/translation/sv/actions.yaml", "content"],
  // Kept by npm run translation-report.
  ["test/fixtures/translation/sv/.finnish-texts.json", undefined],
  ["test/fixtures/translation/sv/.actions.yaml.swp", undefined],
];

for (const [path, kind] of TRANSLATION_ROWS) {
  test(`with TRANSLATIONS=test/fixtures/translation: ${path} → ${kind ?? "nothing"}`, () =>
    assert.is(classifyChange(path, contentFolders({ TRANSLATIONS: "test/fixtures/translation" })), kind));
}

test("the translations' folder: TRANSLATIONS, else the edition's own, else content/translations", () => {
  assert.equal(contentFolders({ TRANSLATIONS: "./kaannokset/" }), ["kaannokset"]);
  assert.equal(contentFolders({}), ["content/translations"]);
});

test("a stylesheet alone is swapped in place; with anything else, the pages are rebuilt too", () => {
  assert.is(planBuild(["src/assets/site.css"]).stylesheetOnly, true);
  assert.is(planBuild(["src/assets/site.css", "src/pages/index.njk"]).stylesheetOnly, false);
  assert.is(planBuild("everything").stylesheetOnly, false);
});

test("a batch of saves runs every stage any of its files needs", () => {
  // A template beside a browser script: the scripts are bundled and the template is read again.
  const templateAndScript = planBuild(["src/pages/index.njk", "src/browser/checklist.ts"]);
  assert.equal(templateAndScript.templates, ["src/pages/index.njk"]);
  assert.ok(templateAndScript.assets && templateAndScript.pages);
  // A template beside content (a git checkout): the content is validated and the template is read again.
  const contentAndTemplate = planBuild(["content/actions.yaml", "src/_includes/layouts/base.njk"]);
  assert.equal(contentAndTemplate.templates, ["src/_includes/layouts/base.njk"]);
  assert.ok(contentAndTemplate.data && contentAndTemplate.assets && contentAndTemplate.pages);
});

test("each stage runs only when a saved file needs it", () => {
  assert.equal(planBuild(["src/pages/index.njk"]), {
    data: false,
    templates: ["src/pages/index.njk"],
    assets: false,
    stylesheetOnly: false,
    pages: true,
    hostFiles: false,
  });
  assert.is(planBuild(["src/browser/checklist.ts"]).pages, false, "browser scripts keep their names");
  assert.is(planBuild(["src/ui/fi.json"]).assets, true, "the browser scripts bundle the UI strings");
  assert.is(planBuild(["src/_data/accessibility.json"]).assets, false);
  assert.is(planBuild(["content/phases.yaml"]).hostFiles, false);
  assert.equal(planBuild("everything"), {
    data: true,
    templates: [],
    assets: true,
    stylesheetOnly: false,
    pages: true,
    hostFiles: true,
  });
});

test.run();
