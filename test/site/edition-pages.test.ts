/**
 * The example edition's pages (built once into _site-esimerkkialue): every
 * local contact and service where it belongs, always inside a region that
 * names the organisation, every page marked as the example it is — and the
 * national site without any of it.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { TextNode, type HTMLElement } from "node-html-parser";
import { readEdition } from "../../scripts/edition/edition-step.ts";
import type { Edition } from "../../lib/edition/edition.ts";
import { pathways } from "../../lib/handbook/pathways.ts";
import { finnishDate } from "../../lib/finnish-date.ts";
import { ids, urls, urlsIn } from "../../lib/urls.ts";
import { FRAGMENT_DIR, fragmentJson } from "../../lib/search/pagefind-files.ts";
import { buildSwedishEditionSite, SWEDISH_EDITION_DIR } from "../helpers/swedish-site.ts";
import { EDITION_SITE_DIR, EXAMPLE_EDITION, editionSite } from "../helpers/edition-site.ts";
import { loadHandbook, pagePath, readPage, sitePages, SITE_DIR, text } from "../helpers/site.ts";

const handbook = loadHandbook();
let edition: Edition;
let ORGANISATION: string;

test.before(async () => {
  await editionSite();
  const result = await readEdition(EXAMPLE_EDITION, handbook);
  if (!result.ok) throw new Error("the example edition does not validate");
  edition = result.edition;
  ORGANISATION = edition.organisation.name;
});

const page = (url: string) => readPage(url, EDITION_SITE_DIR);

/** The local regions of a page: each must say, in words, whose it is. */
function localRegions(root: HTMLElement): HTMLElement[] {
  const regions = (root.querySelector("main") ?? root).querySelectorAll("section.local");
  for (const region of regions) {
    const owner = region.querySelector(".local__owner");
    assert.ok(owner && text(owner).includes(ORGANISATION), "a local region names the organisation");
    const labelledBy = region.getAttribute("aria-labelledby")?.split(" ") ?? [];
    assert.ok(owner.id && labelledBy.includes(owner.id), "the organisation's name labels the region");
  }
  return regions;
}

const localText = (root: HTMLElement) => localRegions(root).map(text).join(" ");

test("every page names the organisation and says it is an example", () => {
  for (const url of sitePages(EDITION_SITE_DIR)) {
    const root = page(url);
    if (!root.querySelector("header")) continue;
    assert.is(text(root.querySelector(".edition-name")), ORGANISATION, url);
    assert.ok(text(root.querySelector(".edition-example")).includes(ORGANISATION), url);
  }
});

test("every contact is on its actor's page, in the organisation's region, with tel:, mailto: and https links", () => {
  for (const contact of edition.contacts) {
    const root = page(urls.actor(contact.actor));
    const item = localRegions(root)
      .flatMap((region) => region.querySelectorAll(`[data-contact="${contact.id}"]`))
      .at(0);
    assert.ok(item, `${contact.id} on ${urls.actor(contact.actor)}`);
    assert.ok(text(item).includes(contact.name));
    if (contact.phone) assert.ok(item.querySelector(`a[href="${contact.phone.href}"]`), `${contact.id}: tel: link`);
    if (contact.email) assert.ok(item.querySelector(`a[href="${contact.email.href}"]`), `${contact.id}: mailto: link`);
    if (contact.url) assert.ok(item.querySelector(`a[href="${contact.url}"]`), `${contact.id}: link`);
  }
});

test("an actor without local content has no local region", () => {
  const without = handbook.actors.find(
    (a) => !edition.contacts.some((c) => c.actor === a.id) && !edition.services.some((s) => s.actors.includes(a.id)),
  )!;
  assert.is(localRegions(page(urls.actor(without.id))).length, 0);
});

test("every contact is on every pathway whose actions or network lists name its actor, within its situations", () => {
  for (const pathway of pathways(handbook)) {
    const url = urls.pathway(pathway.situation.id, pathway.phase.id);
    const named = new Set([
      ...pathway.contacts.flatMap((c) => c.actors.map((a) => a.id)),
      ...pathway.situation.networkGroups.flatMap((id) =>
        handbook.network.networks.groups
          .find((g) => g.id === id)!
          .members.flatMap((m) => m.segments.flatMap((s) => (s.actor ? [s.actor] : []))),
      ),
    ]);
    const shown = localRegions(page(url).querySelector(".contacts")!)
      .flatMap((region) => region.querySelectorAll("[data-contact]"))
      .map((item) => item.getAttribute("data-contact"));
    const expected = edition.contacts
      .filter((c) => named.has(c.actor) && (!c.situations.length || c.situations.includes(pathway.situation.id)))
      .map((c) => c.id);
    assert.equal(shown.sort(), [...new Set(expected)].sort(), url);
  }
});

test("every note stands where its national text is: next to its action, on its situation, phase and pathway", () => {
  for (const note of edition.notes) {
    const noteIn = (url: string) =>
      localRegions(page(url)).filter((region) => region.querySelector(`[data-note="${note.id}"]`)).length;
    const target = note.target;
    if (target.kind === "action") {
      const action = handbook.actions.find((a) => a.id === target.action)!;
      for (const cell of action.cells) {
        for (const url of [urls.situation(cell.situation), urls.phase(cell.phase)]) {
          const li = page(url)
            .querySelectorAll(`li[data-action="${action.id}"]`)
            .find((l) => l.querySelector(`[data-note="${note.id}"]`));
          assert.ok(li, `${note.id} next to ${action.id} on ${url}`);
        }
        assert.ok(noteIn(urls.pathway(cell.situation, cell.phase)) > 0, `${note.id} on its pathway`);
      }
    } else if (target.kind === "pathway") {
      assert.is(noteIn(urls.pathway(target.situation, target.phase)), 1, note.id);
    } else if (target.kind === "situation") {
      assert.is(noteIn(urls.situation(target.situation)), 1, note.id);
    } else {
      assert.is(noteIn(urls.phase(target.phase)), 1, note.id);
    }
  }
});

test("the local page lists every contact and every service", () => {
  const all = localText(page(urls.local()));
  for (const contact of edition.contacts) assert.ok(all.includes(contact.name), contact.id);
  for (const service of edition.services) assert.ok(all.includes(service.name), service.id);
  assert.ok(page(urls.home()).querySelector(`nav a[href="${urls.local()}"]`), "the main menu links to it");
});

test("the print page holds every contact with its actor, every service, and every note but the pathways', each in the organisation's region", () => {
  const main = page(urls.print()).querySelector("main")!;
  const part = (id: string) => main.querySelector(`[id="${ids.printPart(id)}"]`)!;
  for (const contact of edition.contacts) {
    const item = localRegions(part(contact.actor))
      .flatMap((region) => region.querySelectorAll(`[data-contact="${contact.id}"]`))
      .at(0);
    assert.ok(item && text(item).includes(contact.name), `${contact.id} under ${contact.actor}`);
  }
  const all = localText(main);
  for (const service of edition.services) assert.ok(all.includes(service.name), service.id);
  for (const note of edition.notes.filter((n) => n.target.kind !== "pathway"))
    assert.ok(main.querySelector(`[data-note="${note.id}"]`), note.id);
  const first = text(main.querySelector(".print-sources"));
  assert.ok(first.includes(`Paikallinen tieto tarkistettu ${finnishDate(edition.review.reviewed)}.`), first);
});

/** What the edition itself writes on its pages (in Finnish): its name, its contacts' and services' texts. */
const editionTexts = () =>
  [
    ORGANISATION,
    ...edition.contacts.flatMap((c) => [c.name, c.unit, c.note, c.address, c.hours]),
    ...edition.services.flatMap((s) => [s.name, s.description, s.referral, s.contact?.address, s.contact?.hours]),
  ].filter((t): t is string => !!t);

/** The language a node is in: its own or its nearest ancestor's lang. */
const langOf = (node: HTMLElement | null): string | undefined =>
  node ? (node.getAttribute("lang") ?? langOf(node.parentNode)) : undefined;

/** Each Pagefind fragment's indexed text (content and metadata) by page URL. */
function indexedTexts(dir: string): Map<string, string> {
  const folder = join(dir, FRAGMENT_DIR);
  return new Map(
    readdirSync(folder).map((file) => {
      const json = fragmentJson(gunzipSync(readFileSync(join(folder, file))).toString("utf8"), file) as {
        url: string;
        content: string;
        meta: Record<string, string>;
      };
      return [json.url, [json.content, ...Object.values(json.meta)].join(" ")] as const;
    }),
  );
}

test("on Swedish pages the edition's content is marked Finnish, with one notice, and is no Swedish search text", async () => {
  await buildSwedishEditionSite();
  const sv = urlsIn("sv");
  const svPage = (url: string) => readPage(url, SWEDISH_EDITION_DIR);
  const local = svPage(sv.local());
  assert.is(local.querySelectorAll(".fallback-notice").length, 1, "one notice");
  // Every text the edition wrote is in Finnish-marked elements, and none of it outside them.
  const regions = local.querySelectorAll("main section.local");
  const finnish = regions.flatMap((r) => r.querySelectorAll('[lang="fi"]')).map(text);
  const unmarked = regions
    .flatMap((r) => r.querySelectorAll("*"))
    .filter((element) => langOf(element) !== "fi")
    .map((element) =>
      element.childNodes
        .filter((node) => node instanceof TextNode)
        .map((node) => node.text)
        .join(""),
    );
  for (const written of editionTexts()) {
    assert.ok(
      finnish.some((t) => t.includes(written)),
      `marked lang=fi: ${written}`,
    );
    assert.not.ok(
      unmarked.some((t) => t.includes(written)),
      `not unmarked: ${written}`,
    );
  }
  assert.is(text(svPage(sv.home()).querySelector('.edition-name [lang="fi"]')), ORGANISATION, "in the header too");
  for (const note of edition.notes) {
    const url = note.target.kind === "pathway" ? sv.pathway(note.target.situation, note.target.phase) : sv.print();
    const body = svPage(url).querySelector(`[data-note="${note.id}"] > div`);
    assert.is(body?.getAttribute("lang"), "fi", `${note.id} on ${url}`);
  }
  // The Finnish pages of the same site are as without the Swedish ones: nothing marked.
  assert.is(readPage(urls.local(), SWEDISH_EDITION_DIR).querySelectorAll('main [lang="fi"]').length, 0);
  // Pagefind indexes the Swedish pages for the Swedish index: none of the edition's Finnish is in them.
  const indexed = [...indexedTexts(SWEDISH_EDITION_DIR)];
  for (const written of editionTexts()) {
    assert.ok(
      indexed.some(([url, t]) => !url.startsWith("/sv/") && t.includes(written)),
      `Finnish: ${written}`,
    );
    const swedish = indexed.filter(([url, t]) => url.startsWith("/sv/") && t.includes(written)).map(([url]) => url);
    assert.equal(swedish, [], `not Swedish: ${written}`);
  }
});

test("the national site has no edition: no local regions, no local page, no organisation", () => {
  assert.not.ok(existsSync(pagePath(urls.local(), SITE_DIR)), "no local page");
  for (const url of sitePages(SITE_DIR)) {
    const root = readPage(url, SITE_DIR);
    assert.is(root.querySelectorAll(".local, .edition-name, .edition-example").length, 0, url);
  }
});

test.run();
