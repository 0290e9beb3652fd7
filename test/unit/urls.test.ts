/** lib/urls.ts: one row per kind of page and anchor. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { fileUrl, ids, pageFile, urls } from "../../lib/urls.ts";

const URL_ROWS: ReadonlyArray<readonly [string, string, string]> = [
  ["home", urls.home(), "/"],
  ["situation index", urls.situations(), "/tilanteet/"],
  ["situation", urls.situation("tyoton"), "/tilanteet/tyoton/"],
  ["cell", urls.cell("tyoton", "primaarivaihe"), "/tilanteet/tyoton/#tyoton-primaarivaihe"],
  ["phase index", urls.phases(), "/vaiheet/"],
  ["phase", urls.phase("sekundaarivaihe"), "/vaiheet/sekundaarivaihe/"],
  ["actor index", urls.actors(), "/toimijat/"],
  ["actor", urls.actor("kela"), "/toimijat/kela/"],
  ["keyword index", urls.keywords(), "/asiasanat/"],
  ["keyword", urls.keyword("kuntoutus"), "/asiasanat/kuntoutus/"],
  ["network page", urls.network(), "/kuka-voi-tukea/"],
  ["network section", urls.networkPart("tyopaikka"), "/kuka-voi-tukea/#tyopaikka"],
  ["pathway chooser", urls.pathways(), "/polku/"],
  ["every pathway", urls.allPathways(), "/polku/#kaikki-polut"],
  ["pathway", urls.pathway("tyoton", "tertiaarivaihe"), "/polku/tyoton/tertiaarivaihe/"],
  ["search", urls.search(), "/haku/"],
  ["an edition's local page", urls.local(), "/alueellasi/"],
  ["a local contact", urls.localContact("kuntoutusohjaus"), "/alueellasi/#yhteystieto-kuntoutusohjaus"],
  ["accessibility statement", urls.accessibility(), "/saavutettavuusseloste/"],
  ["not found", urls.notFound(), "/404.html"],
  ["offline", urls.offline(), "/offline.html"],
  ["sitemap", urls.sitemap(), "/sitemap.xml"],
  ["changes", urls.changes(), "/muutokset/"],
  ["change", urls.change("muutos-2026-11-23-1"), "/muutokset/#muutos-2026-11-23-1"],
  ["changes feed", urls.changesFeed(), "/muutokset.xml"],
  ["the whole handbook to print", urls.print(), "/tulosta/"],
];

for (const [kind, actual, expected] of URL_ROWS) {
  test(`urls: ${kind}`, () => assert.is(actual, expected));
}

test("every URL builder has a row", () => {
  const covered = URL_ROWS.length + ["manifest", "robots"].length;
  assert.is(Object.keys(urls).length, covered);
});

const ID_ROWS: ReadonlyArray<readonly [string, string, string]> = [
  ["cell", ids.cell("tyoton", "primaarivaihe"), "tyoton-primaarivaihe"],
  ["heading", ids.heading("tyoton-primaarivaihe"), "tyoton-primaarivaihe-otsikko"],
  ["current phase's box", ids.checkbox("nyt", "sovi-koordinoiva-taho"), "nyt-sovi-koordinoiva-taho"],
  [
    "earlier phase's box",
    ids.checkbox("primaarivaihe", "sovi-koordinoiva-taho"),
    "primaarivaihe-sovi-koordinoiva-taho",
  ],
  ["glossary", ids.glossary(), "lyhenteet"],
  ["main content", ids.main(), "sisalto"],
  ["network section", ids.networkPart("tyopaikka"), "tyopaikka"],
  ["every pathway", ids.allPathways(), "kaikki-polut"],
  ["WCAG criterion", ids.criterion("1.4.10"), "wcag-1-4-10"],
  ["header search field", ids.searchInput("header"), "header-search-q"],
  ["local contact", ids.localContact("kuntoutusohjaus"), "yhteystieto-kuntoutusohjaus"],
  ["local service", ids.localService("tyokykyvalmennus"), "palvelu-tyokykyvalmennus"],
  ["print page part", ids.printPart("kela"), "tulosta-kela"],
];

for (const [kind, actual, expected] of ID_ROWS) {
  test(`ids: ${kind}`, () => assert.is(actual, expected));
}

const FILE_ROWS: ReadonlyArray<readonly [string, string]> = [
  ["/", "index.html"],
  ["/tilanteet/tyoton/", "tilanteet/tyoton/index.html"],
  ["/tilanteet/tyoton/#tyoton-primaarivaihe", "tilanteet/tyoton/index.html"],
  ["/haku/?q=kela", "haku/index.html"],
  ["/404.html", "404.html"],
  ["/assets/site.css", "assets/site.css"],
];

for (const [url, file] of FILE_ROWS) {
  test(`pageFile ${url} → ${file}`, () => assert.is(pageFile(url), file));
}

for (const [url, file] of FILE_ROWS.filter(([url]) => !/[?#]/.test(url))) {
  test(`fileUrl ${file} → ${url}`, () => assert.is(fileUrl(file), url));
}

test.run();
