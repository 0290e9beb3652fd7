/** The built pages hold the content: every cell, every actor, every keyword, every date. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { findById } from "../../lib/collections.ts";
import { ids, urls } from "../../lib/urls.ts";
import { finnishDate } from "../../lib/finnish-date.ts";
import { actorProblems, matrixProblems, networkProblems } from "../helpers/fidelity.ts";
import { loadHandbook, readPage, sitePages, text } from "../helpers/site.ts";

const handbook = loadHandbook();
const pages = new Set(sitePages());
const actionText = (id: string) => findById(handbook.actions, id).text;

/** An actor's or keyword's page: its heading, and the main element to look into. */
function mainOf(url: string, heading: string) {
  const main = readPage(url).querySelector("main")!;
  assert.is(text(main.querySelector("h1")), heading, url);
  return main;
}

/** Asserts the page lists exactly these actions, in order, as action refs; returns how many it saw. */
function assertActionRefs(main: ReturnType<typeof mainOf>, actionIds: readonly string[], label: string): number {
  const listed = main.querySelectorAll(".action-refs > li > p").map(text);
  assert.equal(listed, actionIds.map(actionText), label);
  return listed.length;
}

test("one page per client situation, phase, actor and keyword, and the index pages", () => {
  const indexes = [
    urls.home,
    urls.situations,
    urls.phases,
    urls.actors,
    urls.keywords,
    urls.network,
    urls.accessibility,
    urls.search,
    urls.notFound,
  ].map((url) => url());
  assert.equal(
    indexes.filter((url) => !pages.has(url)),
    [],
  );
  // Under each index, exactly one page per record: none missing, none left over from a record that is gone.
  const kinds = [
    [urls.situations(), handbook.situations.map((s) => urls.situation(s.id))],
    [urls.phases(), handbook.phases.map((p) => urls.phase(p.id))],
    [urls.actors(), handbook.actors.map((a) => urls.actor(a.id))],
    [urls.keywords(), handbook.keywords.map((k) => urls.keyword(k.id))],
  ] as const;
  for (const [index, records] of kinds) {
    const built = [...pages].filter((url) => url.startsWith(index) && url !== index);
    assert.equal(built, [...records].sort(), index);
  }
});

for (const situation of handbook.situations) {
  // accessibility-statement: matrix
  test(`${situation.id}: every action stands in its phase's cell, in order`, () => {
    assert.equal(matrixProblems(readPage(urls.situation(situation.id)), situation, handbook), []);
  });
}

test("every action's actors are links to their pages, in every cell", () => {
  let linksSeen = 0;
  for (const situation of handbook.situations) {
    const page = readPage(urls.situation(situation.id));
    for (const cell of situation.cells) {
      const items = page
        .getElementById(ids.cell(situation.id, cell.phase))!
        .closest("td")!
        .querySelectorAll("ol.actions > li");
      assert.is(items.length, cell.actions.length, ids.cell(situation.id, cell.phase));
      cell.actions.forEach((id, index) => {
        const expected = findById(handbook.actions, id).segments.flatMap((s) => (s.actor ? [urls.actor(s.actor)] : []));
        assert.equal(
          items[index]!.querySelectorAll("a").map((a) => a.getAttribute("href")),
          expected,
          id,
        );
        linksSeen += expected.length;
      });
    }
  }
  assert.ok(linksSeen > 0, "the matrices name actors");
});

test("phase pages show the three situations side by side", () => {
  for (const phase of handbook.phases) {
    const page = readPage(urls.phase(phase.id));
    const headers = page.querySelectorAll("table.matrix thead th").map(text);
    assert.equal(
      headers,
      handbook.situations.map((s) => s.name),
    );
  }
});

test("actor pages list every action that names them, in order, and every network list", () => {
  let actionsSeen = 0;
  let mentionsSeen = 0;
  for (const actor of handbook.actors) {
    assert.equal(actorProblems(mainOf(urls.actor(actor.id), actor.name), actor, handbook), []);
    actionsSeen += actor.actions.length;
    mentionsSeen += actor.mentions.length;
  }
  assert.ok(actionsSeen > 0 && mentionsSeen > 0, `actions ${actionsSeen}, mentions ${mentionsSeen}`);
});

test("keyword pages list the actions filed under them, in order", () => {
  let actionsSeen = 0;
  for (const keyword of handbook.keywords) {
    actionsSeen += assertActionRefs(mainOf(urls.keyword(keyword.id), keyword.label), keyword.actions, keyword.id);
  }
  assert.ok(actionsSeen > 0);
});

test("the network page holds the whole second source", () => {
  assert.equal(networkProblems(readPage(urls.network()).querySelector("main")!, handbook), []);
});

test("each page shows the Päivitetty date of the sources its content comes from", () => {
  const situationPage = text(readPage(urls.situation(handbook.situations[0]!.id)).querySelector("footer"));
  assert.ok(handbook.sources.length > 0);
  for (const source of handbook.sources) assert.ok(situationPage.includes(finnishDate(source.updated)), source.id);
  const networkPage = text(readPage(urls.network()).querySelector("footer"));
  const networkSource = handbook.sources.find((s) => s.id === handbook.network.source)!;
  assert.ok(networkPage.includes(finnishDate(networkSource.updated)));
});

// accessibility-statement: pageBasics
test("every page has one h1, lang=fi, a skip link to main, and a link to the accessibility statement", () => {
  assert.ok(pages.size >= 60, `pages: ${pages.size}`);
  for (const url of pages) {
    const page = readPage(url);
    assert.is(page.querySelectorAll("h1").length, 1, url);
    assert.is(page.querySelector("html")!.getAttribute("lang"), "fi", url);
    const skip = page.querySelector("a.skip-link");
    assert.ok(skip && page.getElementById(skip.getAttribute("href")!.slice(1))?.tagName === "MAIN", url);
    assert.ok(page.querySelector(`footer a[href="${urls.accessibility()}"]`), url);
  }
});

test.run();
