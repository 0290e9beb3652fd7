/** The built pages hold the content: every cell, every actor, every keyword, every date. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { finnishDate } from "../../src/lib/filters.ts";
import { loadHandbook, readPage, sitePages, text } from "../helpers/site.ts";

const handbook = loadHandbook();
const pages = new Set(sitePages());

test("one page per client situation, phase, actor and keyword", () => {
  const expected = [
    ...handbook.situations.map((s) => `/tilanteet/${s.id}/`),
    ...handbook.phases.map((p) => `/vaiheet/${p.id}/`),
    ...handbook.actors.map((a) => `/toimijat/${a.id}/`),
    ...handbook.keywords.map((k) => `/asiasanat/${k.id}/`),
    "/", "/tilanteet/", "/vaiheet/", "/toimijat/", "/asiasanat/", "/kuka-voi-tukea/", "/saavutettavuusseloste/", "/haku/", "/404.html",
  ];
  for (const url of expected) assert.ok(pages.has(url), `missing page ${url}`);
});

for (const situation of handbook.situations) {
  test(`${situation.id}: every action stands in its phase's cell, in order`, () => {
    const page = readPage(`/tilanteet/${situation.id}/`);
    for (const cell of situation.cells) {
      const td = page.getElementById(`${situation.id}-${cell.phase}`)?.closest("td");
      assert.ok(td, `no cell ${situation.id}-${cell.phase}`);
      const shown = td!.querySelectorAll("ol.actions > li").map((li) => text(li));
      const expected = cell.actions.map((id) => handbook.actions.find((a) => a.id === id)!.text);
      assert.equal(shown, expected);
      const header = page.getElementById(td!.getAttribute("headers")!);
      assert.ok(text(header).includes(handbook.phases.find((p) => p.id === cell.phase)!.name));
    }
  });
}

test("every action's actors are links to their pages", () => {
  for (const situation of handbook.situations) {
    const page = readPage(`/tilanteet/${situation.id}/`);
    for (const li of page.querySelectorAll("li[data-action]")) {
      const action = handbook.actions.find((a) => a.id === li.getAttribute("data-action"))!;
      const hrefs = li.querySelectorAll("a").map((a) => a.getAttribute("href"));
      assert.equal(hrefs, action.segments.filter((s) => s.actor).map((s) => `/toimijat/${s.actor}/`));
    }
  }
});

test("phase pages show the three situations side by side", () => {
  for (const phase of handbook.phases) {
    const page = readPage(`/vaiheet/${phase.id}/`);
    const headers = page.querySelectorAll("table.matrix thead th").map(text);
    assert.equal(headers, handbook.situations.map((s) => s.name));
  }
});

test("actor pages list every action that names them and every network list", () => {
  for (const actor of handbook.actors) {
    const body = text(readPage(`/toimijat/${actor.id}/`).querySelector("main"));
    assert.ok(body.includes(actor.name));
    for (const id of actor.actions) assert.ok(body.includes(handbook.actions.find((a) => a.id === id)!.text), `${actor.id}: ${id}`);
    for (const mention of actor.mentions) assert.ok(body.includes(mention.text), `${actor.id}: ${mention.text}`);
    if (actor.expansion) assert.ok(body.includes(actor.expansion.text));
  }
});

test("keyword pages list the actions filed under them", () => {
  for (const keyword of handbook.keywords) {
    const body = text(readPage(`/asiasanat/${keyword.id}/`).querySelector("main"));
    assert.ok(body.includes(keyword.label));
    for (const id of keyword.actions) assert.ok(body.includes(handbook.actions.find((a) => a.id === id)!.text), `${keyword.id}: ${id}`);
  }
});

test("the network page holds the whole second source", () => {
  const body = text(readPage("/kuka-voi-tukea/").querySelector("main"));
  const { network } = handbook;
  const strings = [
    ...network.together.principles.items,
    ...network.together.clientFactors.questions,
    network.together.clientFactors.intro,
    ...network.networks.groups.flatMap((g) => [g.heading, ...g.members.map((m) => m.text)]),
    ...network.networks.services.items.map((s) => s.text),
    network.networks.workplace.text,
    ...[network.intro, network.networks.intro, network.doctorsDualRole.body].flatMap((md) => md.split(/\n\n/)),
  ];
  for (const s of strings) assert.ok(body.includes(s.replace(/\s+/g, " ")), `missing: ${s}`);
});

test("each page shows the Päivitetty date of the sources its content comes from", () => {
  const situationPage = text(readPage(`/tilanteet/${handbook.situations[0]!.id}/`).querySelector("footer"));
  for (const source of handbook.sources) assert.ok(situationPage.includes(finnishDate(source.updated)), source.id);
  const networkPage = text(readPage("/kuka-voi-tukea/").querySelector("footer"));
  const networkSource = handbook.sources.find((s) => s.id === handbook.network.source)!;
  assert.ok(networkPage.includes(finnishDate(networkSource.updated)));
});

test("every page has one h1, lang=fi, a skip link to main, and a link to the accessibility statement", () => {
  for (const url of pages) {
    const page = readPage(url);
    assert.is(page.querySelectorAll("h1").length, 1, url);
    assert.is(page.querySelector("html")!.getAttribute("lang"), "fi", url);
    const skip = page.querySelector("a.skip-link");
    assert.ok(skip && page.getElementById(skip.getAttribute("href")!.slice(1))?.tagName === "MAIN", url);
    assert.ok(page.querySelector('footer a[href="/saavutettavuusseloste/"]'), url);
  }
});

test.run();
