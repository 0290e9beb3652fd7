/** The Nunjucks filters (src/eleventy/filters.ts) and the UI string lookup behind `t`: one row per rule. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import nunjucks from "nunjucks";
import { urlsIn } from "../../lib/urls.ts";
import { translate } from "../../lib/ui-text.ts";
import { filters } from "../../src/eleventy/filters.ts";
import { finnishDate } from "../../lib/finnish-date.ts";

const DATE_ROWS: ReadonlyArray<readonly [string, string]> = [
  ["2021-08-27", "27.8.2021"],
  ["2026-11-03", "3.11.2026"],
  ["2024-01-01", "1.1.2024"],
];
for (const [iso, finnish] of DATE_ROWS) {
  test(`finnishDate ${iso} → ${finnish} (no leading zeros)`, () => assert.is(finnishDate(iso), finnish));
}

const list = [
  { id: "kela", name: "Kela" },
  { id: "typ", name: "TYP" },
  { id: "te", name: "TE-toimisto" },
];

test("byId finds the item; a missing id or a non-list is an error naming it", () => {
  assert.is(filters.byId("typ", list).name, "TYP");
  assert.throws(() => filters.byId("esr", list), /no item with id "esr"/);
  assert.throws(() => filters.byId("kela", undefined as never), /byId: expected a list to find "kela"/);
});

test("byIds keeps the order of the ids", () => {
  assert.equal(
    filters.byIds(["te", "kela"], list).map((item) => item.name),
    ["TE-toimisto", "Kela"],
  );
  assert.equal(filters.byIds([], list), []);
});

test("markdown renders paragraphs and escapes raw HTML", () => {
  assert.is(filters.markdown("Yksi\n\nKaksi"), "<p>Yksi</p>\n<p>Kaksi</p>\n");
  assert.is(filters.markdown("<b>x</b>"), "<p>&lt;b&gt;x&lt;/b&gt;</p>\n");
});

const table = {
  nav: { home: "Etusivu" },
  keyword: { title: "Asiasana: {label}" },
  search: { many: "{n} tulosta haulla {q}." },
};

const TRANSLATE_ROWS: ReadonlyArray<readonly [string, Record<string, string | number>, string]> = [
  ["nav.home", {}, "Etusivu"],
  ["keyword.title", { label: "Kuntoutus" }, "Asiasana: Kuntoutus"],
  ["search.many", { n: 3, q: "kela" }, "3 tulosta haulla kela."],
  ["keyword.title", { label: "{q}" }, "Asiasana: {q}"],
];
for (const [key, params, expected] of TRANSLATE_ROWS) {
  test(`translate ${key} ${JSON.stringify(params)}`, () => assert.is(translate(table, key, params), expected));
}

const TRANSLATE_ERRORS: ReadonlyArray<readonly [string, string, Record<string, string>, RegExp]> = [
  ["a missing key", "nav.missing", {}, /no string "nav.missing"/],
  ["a group, not a string", "nav", {}, /no string "nav"/],
  ["a key below a string", "nav.home.x", {}, /no string "nav.home.x"/],
  ["a missing parameter", "keyword.title", {}, /needs the parameter \{label\}/],
];
for (const [rule, key, params, error] of TRANSLATE_ERRORS) {
  test(`translate: ${rule} is an error`, () => assert.throws(() => translate(table, key, params), error));
}

test("the t filter reads the page's ui data, or the table front matter passes", () => {
  assert.is(filters.t.call({ ctx: { ui: table } }, "nav.home"), "Etusivu");
  assert.is(filters.t.call({}, "keyword.title", { label: "Kela" }, table), "Asiasana: Kela");
  assert.throws(() => filters.t.call({}, "nav.home"), /no ui table/);
});

test("the t filter remembers strings per table: another language's table gets its own, an error is not remembered", () => {
  const swedish = { ...table, nav: { ...table.nav, home: "Startsida" } };
  for (let round = 0; round < 2; round++) {
    assert.is(filters.t.call({ ctx: { ui: table } }, "nav.home"), "Etusivu");
    assert.is(filters.t.call({ ctx: { ui: swedish } }, "nav.home"), "Startsida");
    assert.throws(() => filters.t.call({ ctx: { ui: table } }, "keyword.title"), /needs the parameter \{label\}/);
  }
});

test("derive works out a page's derived values: functions of its data (with the filters as this), values as they are", () => {
  const derived = {
    // As front matter writes it: `this` is the filters, `this.t` among them.
    title(this: { t(key: string, params: object, ui: typeof table): string }, data: { ui: typeof table }) {
      return this.t("nav.home", {}, data.ui);
    },
    sourceIds: (data: { source: string }) => [data.source],
    breadcrumbs: [],
  };
  assert.equal(filters.derive.call({ ctx: { ui: table, source: "s1" } }, derived), {
    title: "Etusivu",
    sourceIds: ["s1"],
    breadcrumbs: [],
  });
  assert.equal(filters.derive.call({ ctx: {} }, undefined), {});
});

// What linkedText replaced: the template loop, rendered by Nunjucks with its autoescaping.
const LINKED_TEXT_LOOP =
  '{%- for segment in linked.segments -%}{%- if segment.actor -%}<a href="{{ urls.actor(segment.actor) }}">{{ segment.text }}</a>{%- else -%}{{ segment.text }}{%- endif -%}{%- endfor -%}';

test("linkedText links each actor mention and escapes every character Nunjucks escapes, as the template did", () => {
  const urls = urlsIn("fi");
  const linked = {
    text: "",
    segments: [
      { text: "Ota yhteys " },
      { text: "Kelaan", actor: "kela" },
      { text: " & <TE> \"palvelut\" \\ asiakkaan\u00AD 'oma' " },
      { text: "työ<terveys>", actor: "a&b" },
      { text: "" },
    ],
  };
  const html = filters.linkedText.call({ ctx: { urls } }, linked);
  assert.instance(html, nunjucks.runtime.SafeString);
  assert.is(String(html), new nunjucks.Environment().renderString(LINKED_TEXT_LOOP, { linked, urls }));
  assert.ok(String(html).includes('<a href="/toimijat/kela/">Kelaan</a>'));
  assert.throws(() => filters.linkedText.call({ ctx: {} }, linked), /linkedText: no urls/);
});

test.run();
