/** Review dates and the change history, as the built pages show them. */
import { readFileSync } from "node:fs";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { touchedPages } from "../../lib/handbook/changes.ts";
import { combinedReview } from "../../lib/handbook/review.ts";
import { urls } from "../../lib/urls.ts";
import { finnishDate } from "../../lib/finnish-date.ts";
import { atomProblems } from "../helpers/atom.ts";
import { loadHandbook, pagePath, readPage, sitePages, text } from "../helpers/site.ts";

const handbook = loadHandbook();
const pages = sitePages();

test("every page that names its sources shows when they were checked and when they are next due", () => {
  let checked = 0;
  for (const url of pages) {
    const footer = readPage(url).querySelector("footer")!;
    const titles = footer.querySelectorAll(".sources li").map((li) => text(li));
    if (titles.length === 0) continue;
    const sources = handbook.sources.filter((s) => titles.some((title) => title.startsWith(`${s.title} –`)));
    assert.is(sources.length, titles.length, `${url}: every listed source is a source of the handbook`);
    const review = combinedReview(sources)!;
    assert.is(
      text(footer.querySelector(".review-dates")),
      `Tarkistettu ${finnishDate(review.reviewed)}. Seuraava tarkistus ${finnishDate(review.nextReview)}.`,
      url,
    );
    checked++;
  }
  assert.ok(checked >= 60, `pages with sources: ${checked}`);
});

test("the Muutokset page lists every change, newest first, each linking to the pages it touched", () => {
  const main = readPage(urls.changes()).querySelector("main")!;
  assert.is(text(main.querySelector("h1")), "Muutokset");
  const entries = main.querySelectorAll("section.change");
  assert.equal(
    entries.map((e) => e.id),
    handbook.changes.map((c) => c.id),
  );
  assert.ok(handbook.changes.length > 0);
  const dates = handbook.changes.map((c) => c.date);
  assert.equal(dates, [...dates].sort().reverse(), "newest first");
  handbook.changes.forEach((change, i) => {
    const links = entries[i]!.querySelectorAll("li a").map((a) => a.getAttribute("href"));
    const touched = touchedPages(change, handbook, urls, () => "").map((p) => p.url);
    assert.ok(touched.length > 0, change.id);
    assert.equal(links, touched, change.id);
    for (const url of touched) assert.ok(pages.includes(url), `${change.id} links to ${url}, which is not built`);
  });
});

test("a page a recent change touched says so in its footer, with a link to the change; others do not", () => {
  const first = handbook.changes.at(-1)!;
  const touched = new Set(touchedPages(first, handbook, urls, () => "").map((p) => p.url));
  for (const url of pages) {
    const note = readPage(url).querySelector("footer .change-note");
    if (!touched.has(url)) {
      // Only the handbook's first publication is recorded: it touched the home page alone.
      assert.not.ok(note, `${url} says it changed`);
      continue;
    }
    assert.ok(note, `${url} has no note of its change`);
    assert.is(text(note), `Muutettu viimeksi ${finnishDate(first.date)}: ${first.summary}`);
    assert.is(note.querySelector("a")!.getAttribute("href"), urls.change(first.id));
  }
});

test("the Atom feed is valid Atom 1.0, holds every change, and every page links to it", () => {
  const xml = readFileSync(pagePath(urls.changesFeed()), "utf8");
  assert.equal(atomProblems(xml), []);
  for (const change of handbook.changes) assert.ok(xml.includes(`${urls.change(change.id)}</id>`), change.id);
  for (const url of pages) {
    const link = readPage(url).querySelector('head link[rel="alternate"][type="application/atom+xml"]');
    assert.is(link?.getAttribute("href"), urls.changesFeed(), url);
  }
});

test("the feed check fails a feed that breaks Atom's rules", () => {
  const xml = readFileSync(pagePath(urls.changesFeed()), "utf8");
  assert.match(atomProblems(xml.replace("</entry>", "")).join(), /not well-formed/);
  assert.match(
    atomProblems(xml.replace(/<id>[^<]*<\/id>\s*<link rel="alternate"/, '<link rel="alternate"')).join(),
    /entry 1: 0 <id>/,
  );
  assert.match(
    atomProblems(xml.replace(/<updated>[^<]*</, "<updated>23.11.2026<")).join(),
    /feed: <updated> is not an RFC 3339/,
  );
  assert.match(atomProblems(xml.replace('xmlns="http://www.w3.org/2005/Atom"', "")).join(), /Atom namespace/);
});

test.run();
