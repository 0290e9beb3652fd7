/**
 * LANGUAGES=fi,sv: every page in Swedish too, under /sv/ at the parallel URL, each pair linked both ways
 * (hreflang alternates, the language link, the sitemap); untranslated text shown in Finnish inside lang="fi",
 * with one notice per page. The national build has none of it.
 */
import { readFileSync } from "node:fs";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { PAGE_NAMES_FILE } from "../../lib/search/engine.ts";
import { PAGEFIND_DIR } from "../../lib/search/pagefind-files.ts";
import { HTMLElement, type Node } from "node-html-parser";
import { hyphenateText, SOFT_HYPHEN } from "../../lib/hyphenate.ts";
import { isLanguage, type Language } from "../../lib/languages.ts";
import { translate } from "../../lib/ui-text.ts";
import { LinkChecker } from "../helpers/link-check.ts";
import { readPage, SITE_DIR, sitePages, text } from "../helpers/site.ts";
import { buildSwedishSite, SWEDISH_DIR } from "../helpers/swedish-site.ts";
import sv from "../../src/ui/sv.json" with { type: "json" };

let pages: string[] = [];
let finnish: string[] = [];
let swedish: string[] = [];
test.before(async () => {
  await buildSwedishSite();
  pages = sitePages(SWEDISH_DIR);
  finnish = pages.filter((url) => !url.startsWith("/sv/"));
  swedish = pages.filter((url) => url.startsWith("/sv/"));
});
const ROOT = "http://localhost:8080";
const notice = translate(sv, "language.finnishOnly");

test("every Finnish page has its Swedish page at the parallel URL, and no other", () => {
  assert.ok(finnish.length >= 60, `Finnish pages: ${finnish.length}`);
  assert.equal(
    swedish,
    finnish.map((url) => `/sv${url}`),
  );
  assert.equal(finnish, sitePages(), "the Finnish pages are the national build's");
});

test("each page says its language", () => {
  for (const url of pages)
    assert.is(
      readPage(url, SWEDISH_DIR).querySelector("html")!.getAttribute("lang"),
      url.startsWith("/sv/") ? "sv" : "fi",
      url,
    );
});

/** hreflang → absolute URL of a page's alternates. */
function alternates(url: string): Record<string, string> {
  const links = readPage(url, SWEDISH_DIR).querySelectorAll('link[rel="alternate"][hreflang]');
  return Object.fromEntries(links.map((link) => [link.getAttribute("hreflang")!, link.getAttribute("href")!]));
}

test("hreflang alternates name both pages of a pair, the same on both", () => {
  for (const url of finnish) {
    const pair = { fi: `${ROOT}${url}`, sv: `${ROOT}/sv${url}` };
    assert.equal(alternates(url), pair, url);
    assert.equal(alternates(`/sv${url}`), pair, `/sv${url}`);
  }
});

test("the language link on every page leads to the same page in the other language, and back", () => {
  const target = (url: string) => {
    const links = readPage(url, SWEDISH_DIR).querySelectorAll(".language-nav a");
    assert.is(links.length, 1, url);
    return links[0]!;
  };
  for (const url of finnish) {
    const toSwedish = target(url);
    assert.is(toSwedish.getAttribute("href"), `/sv${url}`, url);
    assert.is(toSwedish.getAttribute("lang"), "sv");
    assert.is(text(toSwedish), "På svenska");
    const back = target(`/sv${url}`);
    assert.is(back.getAttribute("href"), url, `/sv${url}`);
    assert.is(back.getAttribute("lang"), "fi");
    assert.is(text(back), "Suomeksi");
  }
});

test("the sitemap lists every page in both languages, each with both alternates", () => {
  const sitemap = readFileSync(`${SWEDISH_DIR}/sitemap.xml`, "utf8");
  const entries = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)];
  const listed = entries.map(([, loc]) => loc!);
  for (const url of finnish.filter((u) => !/(404|offline)\.html$/.test(u))) {
    assert.ok(listed.includes(`${ROOT}${url}`) && listed.includes(`${ROOT}/sv${url}`), url);
  }
  for (const [, loc, links] of entries) {
    assert.ok(links!.includes(`hreflang="fi" href="${loc!.replace("/sv/", "/")}"`), loc);
    assert.ok(
      links!.includes(
        `hreflang="sv" href="${loc!.startsWith(`${ROOT}/sv/`) ? loc : loc!.replace(ROOT, `${ROOT}/sv`)}"`,
      ),
      loc,
    );
  }
});

test("Swedish pages link only to Swedish pages, apart from the language link", () => {
  const checker = new LinkChecker(SWEDISH_DIR);
  for (const url of swedish) {
    const page = readPage(url, SWEDISH_DIR);
    for (const link of page.querySelectorAll("a[href^='/']")) {
      const href = link.getAttribute("href")!;
      if (link.getAttribute("hreflang") === "fi") continue;
      assert.ok(href.startsWith("/sv/") || href.startsWith("/assets/"), `${url} → ${href}`);
    }
    assert.equal(checker.brokenOn(url), [], url);
  }
});

test("untranslated text is shown in Finnish inside lang=fi, with the notice once per page", () => {
  for (const url of swedish) {
    const page = readPage(url, SWEDISH_DIR);
    const main = page.querySelector("main")!;
    const fallbacks = main.querySelectorAll('[lang="fi"]');
    const notices = main.querySelectorAll(".fallback-notice");
    assert.is(notices.length, fallbacks.length ? 1 : 0, url);
    if (notices.length) assert.is(text(notices[0]), notice);
    for (const fallback of fallbacks) assert.ok(text(fallback), `${url}: an empty fallback`);
  }
  // tyossa-ilman-tyoterveyshuoltoa is not in the fixture translation.
  const untranslated = readPage("/sv/tilanteet/tyossa-ilman-tyoterveyshuoltoa/", SWEDISH_DIR);
  assert.is(
    text(untranslated.querySelector("h1 [lang=fi]")),
    "Työssä ilman työterveyshuoltoa olevien työkyvyn tukeminen",
  );
  assert.ok(untranslated.querySelector("li[data-action] [lang=fi]"), "untranslated actions too");
  assert.ok(
    readPage("/sv/kuka-voi-tukea/", SWEDISH_DIR).querySelector("main div[lang=fi] p"),
    "Markdown prose as one block",
  );
});

test("the accessibility statement in Swedish: its own text and the criteria's names Swedish, the criteria file's Finnish-only texts marked lang=fi", () => {
  const statement = readPage("/sv/saavutettavuusseloste/", SWEDISH_DIR);
  assert.is(text(statement.querySelector("h1")), "Tillgänglighetsutlåtande");
  const rows = statement.querySelectorAll("table.criteria tbody tr");
  assert.ok(rows.length >= 50, `criteria: ${rows.length}`);
  for (const row of rows) {
    assert.is(row.querySelector("th [lang]"), null, text(row.querySelector("th")));
    assert.ok(
      row.querySelector("td [lang=fi]"),
      `how ${text(row.querySelector("th"))} is verified, in Finnish, marked`,
    );
  }
  assert.ok(
    statement.querySelector('a[href^="https://"] [lang=fi]'),
    "the supervisory authority's Finnish name, marked",
  );
});

test("text breaks at its own language's syllables: Swedish as Swedish, a Finnish passage on a Swedish page as Finnish", () => {
  const checked = { fi: 0, sv: 0 };
  for (const url of swedish) {
    const walk = (node: Node, language: Language): void => {
      if (node instanceof HTMLElement) {
        if (/^(script|style|title|pre|code|svg)$/i.test(node.tagName) || node.hasAttribute("hidden")) return;
        const lang = node.getAttribute("lang");
        for (const child of node.childNodes) walk(child, lang && isLanguage(lang) ? lang : language);
        return;
      }
      for (const word of node.rawText.split(/[\s,.;:()”"]+/).filter((w) => w.includes(SOFT_HYPHEN))) {
        assert.is(hyphenateText(word.replaceAll(SOFT_HYPHEN, ""), language), word, `${url}: "${word}" (${language})`);
        checked[language]++;
      }
    };
    walk(readPage(url, SWEDISH_DIR).querySelector("body")!, "sv");
  }
  assert.ok(checked.sv > 50 && checked.fi > 50, `hyphenated words checked: ${JSON.stringify(checked)}`);
});

test("translated text is shown in Swedish, unmarked, with its actor mentions linked", () => {
  const situation = readPage("/sv/tilanteet/tyoton/", SWEDISH_DIR);
  const heading = situation.querySelector("h1")!;
  assert.is(text(heading), "Stöd för arbetslösas arbetsförmåga");
  assert.is(heading.querySelector("[lang]"), null);
  const action = situation.querySelector('li[data-action="hyodynna-moniammatillista-tiimia"]')!;
  assert.is(action.querySelector("[lang]"), null);
  assert.match(text(action), /^Utnyttja ett multiprofessionellt team/);
  assert.is(action.querySelector("a")!.getAttribute("href"), "/sv/toimijat/sosiaalityontekija/");
  assert.is(
    text(readPage("/sv/vaiheet/primaarivaihe/", SWEDISH_DIR).querySelector("h1")),
    "Primärskedet Risk för försämrad arbetsförmåga",
  );
  const fpa = readPage("/sv/toimijat/kela/", SWEDISH_DIR);
  assert.is(text(fpa.querySelector("h1")), "FPA");
  assert.match(text(fpa.querySelector(".lead")), /FPA = Folkpensionsanstalten/);
});

test("no fallback mark leaks into any file, and no Finnish fallback is marked for the search index as Swedish", () => {
  for (const url of pages) {
    const html = readFileSync(`${SWEDISH_DIR}${url.endsWith("/") ? `${url}index.html` : url}`, "utf8");
    assert.not.match(html, /[\uE000\uE001]/, url);
    for (const span of html.matchAll(/<(span|div) lang="fi"[^>]*>/g))
      assert.match(span[0], /data-pagefind-ignore/, url);
  }
  for (const file of ["sitemap.xml", "manifest.webmanifest", `${PAGEFIND_DIR}/${PAGE_NAMES_FILE}`])
    assert.not.match(readFileSync(`${SWEDISH_DIR}/${file}`, "utf8"), /[\uE000\uE001]/, file);
});

test("the national build has no alternates, no language link and no Swedish pages", () => {
  for (const url of sitePages()) {
    const page = readPage(url, SITE_DIR);
    assert.is(page.querySelectorAll('link[rel="alternate"][hreflang]').length, 0, url);
    assert.is(page.querySelector(".language-nav"), null, url);
  }
  assert.not.match(readFileSync(`${SITE_DIR}/sitemap.xml`, "utf8"), /hreflang|\/sv\//);
});

test.run();
