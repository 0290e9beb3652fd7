/**
 * Every UI string lives in src/ui/<language>.json and is read through `t`: every
 * language's table has the same keys with the same placeholders, no key is
 * missing, none is unused, and no template types its own words.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { ActorKind, ChangeKind } from "../../lib/handbook/content-schema.ts";
import { LANGUAGES, NATIONAL_LANGUAGE } from "../../lib/languages.ts";
import { literalKeys, pickKeys, placeholders, translate, uiKeys, type UiTable } from "../../lib/ui-text.ts";
import { dynamicPrefixes, typedText } from "../helpers/ui-usage.ts";

const tables = Object.fromEntries(
  LANGUAGES.map((language) => [language, JSON.parse(readFileSync(`src/ui/${language}.json`, "utf8")) as UiTable]),
) as Record<(typeof LANGUAGES)[number], UiTable>;
const ui = tables[NATIONAL_LANGUAGE];
const tableKeys = uiKeys(ui);

/** The values a run-time key suffix can take: `("actor." + actor.kind) | t` covers every actor kind. */
const DYNAMIC_SUFFIXES: Readonly<Record<string, readonly string[]>> = {
  "actor.": ActorKind.options,
  "actors.": ActorKind.options,
  "changes.kind.": ChangeKind.options,
};

/** Templates, browser scripts and the site's code: every place that may read ui.json. */
const readers = readdirSync("src", { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(njk|ts|js)$/.test(entry.name))
  .map((entry) => join(entry.parentPath, entry.name));
const templates = readers.filter((file) => file.endsWith(".njk"));
/** Pages that are not HTML (robots.txt, sitemap.xml, the manifest) have no layout and no prose. */
const htmlTemplates = templates.filter((file) => {
  const source = readFileSync(file, "utf8");
  return file.includes("_includes/") || /\blayout:/.test(source);
});

function usedKeys(): Set<string> {
  const used = new Set<string>();
  for (const file of readers) {
    const source = readFileSync(file, "utf8");
    for (const key of literalKeys(source)) used.add(key);
    for (const prefix of dynamicPrefixes(source)) {
      const suffixes = DYNAMIC_SUFFIXES[prefix];
      assert.ok(
        suffixes,
        `${file}: key prefix "${prefix}" is completed at run time; list its values in DYNAMIC_SUFFIXES`,
      );
      for (const suffix of suffixes) used.add(prefix + suffix);
    }
  }
  return used;
}

test("the places that read UI strings are found", () => {
  assert.ok(templates.length >= 30, `templates: ${templates.length}`);
  assert.ok(htmlTemplates.length >= 27, `HTML templates: ${htmlTemplates.length}`);
  assert.ok(
    readers.some((file) => file.startsWith("src/browser/")),
    "browser scripts are read too",
  );
  assert.ok(tableKeys.length >= 90, `keys in ui.json: ${tableKeys.length}`);
});

/** What is wrong with `table` beside the national one: keys missing or extra, placeholders that differ, empty strings. */
function tableProblems(table: UiTable): string[] {
  const keys = uiKeys(table);
  const own = new Set(keys);
  const national = new Set(tableKeys);
  return [
    ...tableKeys.filter((key) => !own.has(key)).map((key) => `missing: ${key}`),
    ...keys.filter((key) => !national.has(key)).map((key) => `not in ${NATIONAL_LANGUAGE}.json: ${key}`),
    ...keys
      .filter((key) => national.has(key))
      .filter((key) => {
        const [text, nationalText] = [table, ui].map((t) => JSON.stringify(placeholders(stringAt(t, key))));
        return text !== nationalText;
      })
      .map((key) => `other placeholders than ${NATIONAL_LANGUAGE}.json: ${key}`),
    ...keys.filter((key) => !stringAt(table, key).trim()).map((key) => `empty: ${key}`),
  ];
}

/** The raw string at a key, placeholders unfilled. */
function stringAt(table: UiTable, key: string): string {
  const params = new Proxy({}, { get: (_target, name) => `{${String(name)}}` });
  return translate(table, key, params);
}

for (const language of LANGUAGES) {
  test(`${language}.json has every key of ${NATIONAL_LANGUAGE}.json, with the same placeholders, and no other`, () => {
    assert.equal(tableProblems(tables[language]), []);
    assert.is(translate(tables[language], "site.lang"), language, "site.lang names the table's language");
  });
}

test("a table with a key missing, an extra key, other placeholders or an empty string is caught", () => {
  const broken = structuredClone(tables.sv) as Record<string, Record<string, string>>;
  delete broken.nav!.home;
  broken.nav!.extra = "x";
  broken.keyword!.title = "Ämnesord";
  broken.search!.button = " ";
  assert.equal(tableProblems(broken), [
    "missing: nav.home",
    "not in fi.json: nav.extra",
    "other placeholders than fi.json: keyword.title",
    "empty: search.button",
  ]);
});

test("every key the templates and scripts read is in ui.json", () => {
  const used = usedKeys();
  assert.ok(used.size >= 90, `keys read: ${used.size}`);
  const table = new Set(tableKeys);
  assert.equal(
    [...used].filter((key) => !table.has(key)),
    [],
  );
});

test("every key in ui.json is read somewhere", () => {
  const used = usedKeys();
  assert.equal(
    tableKeys.filter((key) => !used.has(key)),
    [],
  );
});

test("no template types words of its own", () => {
  for (const file of htmlTemplates) assert.equal(typedText(readFileSync(file, "utf8")), [], file);
});

// The checks themselves, one row per rule: each must see what it is meant to.
const KEY_ROWS: ReadonlyArray<readonly [string, string[]]> = [
  ['<h1>{{ "nav.home" | t }}</h1>', ["nav.home"]],
  ['{{ "keyword.title" | t({ label: x }) }}', ["keyword.title"]],
  ['{{ matrix("phase.caption" | t({ name: n }), columns) }}', ["phase.caption"]],
  ['title(data) { return this.t("nav.keywords", {}, data.ui); }', ["nav.keywords"]],
  ['status.textContent = t("search.resultsOne");', ["search.resultsOne"]],
  ["{{ ui.home }}", []],
];
test("literalKeys finds keys read through the filter, front matter and scripts", () => {
  for (const [source, keys] of KEY_ROWS) assert.equal(literalKeys(source), keys, source);
  assert.equal(dynamicPrefixes('<dd>{{ ("actor." + actor.kind) | t }}</dd>'), ["actor."]);
});

test("pickKeys keeps exactly the keys asked for, in their groups", () => {
  const table: UiTable = {
    site: { name: "N", lang: "fi" },
    search: { kinds: { actor: "Toimija", phase: "Vaihe" }, title: "Haku" },
  };
  assert.equal(pickKeys(table, new Set(["search.kinds.actor", "site.lang"])), {
    site: { lang: "fi" },
    search: { kinds: { actor: "Toimija" } },
  });
  assert.equal(pickKeys(table, new Set()), {});
  assert.equal(pickKeys(table, new Set(["search"])), {}, "a group's name is not a string's key");
});

const TYPED_ROWS: ReadonlyArray<readonly [string, string[]]> = [
  ['<p>{{ "home.lead" | t }}</p>', []],
  ["<p>Tai selaa: {{ x }}</p>", ["Tai selaa:"]],
  ['<nav aria-label="Päävalikko"></nav>', ["Päävalikko"]],
  ['<nav aria-label="{{ "nav.main" | t }}"></nav>', []],
  ["{# a comment in English #}<p>{{ a }} – {{ b }}.</p>", []],
  ['---js\n{ title: "Saavutettavuusseloste", layout: "layouts/base.njk" }\n---\n<h1></h1>', ["Saavutettavuusseloste"]],
  ["---js\n{ description: (d) => `${d.name}: toimet ja verkostot` }\n---\n", [": toimet ja verkostot"]],
];
test("typedText catches words between tags, in read-aloud attributes and in front matter", () => {
  for (const [template, found] of TYPED_ROWS) assert.equal(typedText(template), found, template);
});

test.run();
