/** Languages: which are built, where their pages live, and how untranslated text is shown in Finnish. */
import { readFileSync } from "node:fs";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { HANDBOOK_JSON, type Handbook } from "../../lib/handbook/handbook.ts";
import {
  fallbackRuns,
  finnishFallback,
  markedJson,
  renderFinnishFallbacks,
  searchMetadata,
} from "../../lib/i18n/finnish-fallback.ts";
import { localizeHandbook, translationKeys, type TranslatedItem, type Translation } from "../../lib/i18n/localize.ts";
import { siteLanguages, urlIn } from "../../lib/languages.ts";
import { urls, urlsIn } from "../../lib/urls.ts";

test("LANGUAGES: Finnish by default, Finnish first, and a clear error for an unknown code or no Finnish", () => {
  assert.equal(siteLanguages(undefined), ["fi"]);
  assert.equal(siteLanguages(""), ["fi"]);
  assert.equal(siteLanguages("sv, fi"), ["fi", "sv"]);
  assert.throws(() => siteLanguages("fi,en"), /unknown language en — use codes among fi, sv/);
  assert.throws(() => siteLanguages("sv"), /lacks fi/);
});

test("a page's URL in the other language is the parallel one", () => {
  assert.is(urlIn("/tilanteet/tyoton/", "fi", "sv"), "/sv/tilanteet/tyoton/");
  assert.is(urlIn("/sv/tilanteet/tyoton/", "sv", "fi"), "/tilanteet/tyoton/");
  assert.is(urlIn("/", "fi", "sv"), "/sv/");
  assert.is(urlIn("/sv/404.html", "sv", "sv"), "/sv/404.html");
  assert.throws(() => urlIn("/tilanteet/", "sv", "fi"), /not a page in the language sv/);
});

test("Swedish URLs are the Finnish ones under /sv/, except the site-wide files", () => {
  const sv = urlsIn("sv");
  assert.is(urlsIn("fi"), urls);
  assert.is(sv.pathway("tyoton", "primaarivaihe"), "/sv/polku/tyoton/primaarivaihe/");
  assert.is(sv.cell("tyoton", "primaarivaihe"), "/sv/tilanteet/tyoton/#tyoton-primaarivaihe");
  assert.is(sv.home(), "/sv/");
  assert.is(sv.notFound(), "/sv/404.html");
  assert.is(sv.sitemap(), "/sitemap.xml");
  assert.is(sv.manifest(), "/manifest.webmanifest");
});

const FALLBACK_ROWS: ReadonlyArray<readonly [string, string]> = [
  [`<p>${finnishFallback("Työtön")}</p>`, '<p><span lang="fi" data-pagefind-ignore>Työtön</span></p>'],
  // An abbreviation the abbreviation step marked inside a fallback stays inside its span.
  [
    `<li>${finnishFallback('Ota yhteys <abbr title="työ- ja elinkeino">TE</abbr>-toimistoon')}</li>`,
    '<li><span lang="fi" data-pagefind-ignore>Ota yhteys <abbr title="työ- ja elinkeino">TE</abbr>-toimistoon</span></li>',
  ],
  // Where markup cannot go, the marks are dropped.
  [`<title>${finnishFallback("Työtön")} – Handbok</title>`, "<title>Työtön – Handbok</title>"],
  [`<meta content="${finnishFallback("Työtön")}: åtgärder">`, '<meta content="Työtön: åtgärder">'],
  ["<p>Inga fallbacks</p>", "<p>Inga fallbacks</p>"],
];
test("a Finnish fallback becomes a lang=fi span the search index skips, and leaves no mark", () => {
  for (const [html, rendered] of FALLBACK_ROWS) assert.is(renderFinnishFallbacks(html), rendered, html);
});

test("a fallback left open, or opened inside another, is an error, not broken markup", () => {
  assert.throws(() => renderFinnishFallbacks(`<p>${finnishFallback("a").slice(0, -1)}</p>`), /never closed/);
  assert.throws(
    () => renderFinnishFallbacks(`<p>${finnishFallback(finnishFallback("a"))}</p>`),
    /opens inside another/,
  );
});

test("a title with a fallback: no search metadata, its marks kept through an attribute, shown run by run", () => {
  const title = `${finnishFallback("Työssä ilman työterveyshuoltoa")}: Primärskedet`;
  assert.is(searchMetadata(title), "");
  assert.is(searchMetadata("Arbetslös: Primärskedet"), "Arbetslös: Primärskedet");
  const attribute = renderFinnishFallbacks(`<div data-fallback-title="${markedJson(title)}"></div>`);
  assert.is(JSON.parse(/"(.*)"/.exec(attribute)![1]!) as string, title);
  assert.equal(fallbackRuns(title), [
    { textContent: "Työssä ilman työterveyshuoltoa", lang: "fi" },
    { textContent: ": Primärskedet" },
  ]);
});

const handbook = JSON.parse(readFileSync(HANDBOOK_JSON, "utf8")) as Handbook;

test("a localized handbook has each translated text, and every other text as a Finnish fallback — never blank", () => {
  const phase = handbook.phases[0]!;
  const action = handbook.actions[0]!;
  const translation: Translation = new Map<string, TranslatedItem>([
    [translationKeys.phase(phase.id), { name: "Primärskedet" }],
    [translationKeys.action(action.id), { text: "Identifiera faktorerna" }],
  ]);
  const localized = localizeHandbook(handbook, translation);
  assert.is(localized.phases[0]!.name, "Primärskedet");
  assert.is(
    localized.phases[0]!.description,
    finnishFallback(phase.description),
    "an untranslated field of a translated item",
  );
  assert.equal(localized.actions[0]!.segments, [{ text: "Identifiera faktorerna" }]);
  assert.is(localized.situations[0]!.name, finnishFallback(handbook.situations[0]!.name));
  assert.is(localized.network.intro, finnishFallback(handbook.network.intro));
  const everyText = JSON.stringify(localizeHandbook(handbook, new Map()));
  assert.not.match(everyText, /"text":"","|"name":""/);
  assert.equal(
    localized.actions.map((a) => a.id),
    handbook.actions.map((a) => a.id),
    "ids and order stay the national ones",
  );
});

test.run();
