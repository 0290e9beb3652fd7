/**
 * The example edition in Chromium, on each kind of page with local content:
 * the local regions reflow at 320 px, keep their border and label in forced
 * colours, print (the pathway's plan keeps its local contacts and stays one
 * A4 page), and search finds the local contacts and services while an
 * actor's name still puts the actor's page first.
 */
import type { CDPSession, Page } from "puppeteer-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { urls } from "../../lib/urls.ts";
import { loadHandbook } from "../helpers/site.ts";
import { resultLinks, searchAnnounced, siteInBrowser } from "../helpers/browser.ts";
import { EDITION_PAGE_TYPES } from "../helpers/edition-page-types.ts";
import { EDITION_SITE_DIR, editionSite } from "../helpers/edition-site.ts";
import { emulateFocus, installProbes } from "../helpers/probes.ts";

test.before(() => editionSite().then(() => undefined));
const session = siteInBrowser(test, EDITION_SITE_DIR);
const handbook = loadHandbook();
let page: Page;
let devtools: CDPSession;

test.before(async () => {
  page = await session.browser.newPage();
  await installProbes(page);
  devtools = await emulateFocus(page);
});

const open = (url: string) => page.goto(session.site.url + url.slice(1));

/** The local regions' owner lines as the reader sees them: shown, with a visible border around the region. */
const visibleRegions = () =>
  page.$$eval("section.local", (regions) =>
    regions.map((region) => {
      const style = getComputedStyle(region);
      const owner = region.querySelector(".local__owner");
      return {
        shown: region.getClientRects().length > 0 && !!owner && owner.getClientRects().length > 0,
        border: style.borderTopStyle !== "none" && parseFloat(style.borderTopWidth) > 0,
        owner: owner?.textContent ?? "",
      };
    }),
  );

for (const [type, url] of Object.entries(EDITION_PAGE_TYPES)) {
  test(`edition: reflow at 320 px and forced colours keep the local regions: ${type} (${url})`, async () => {
    await page.setViewport({ width: 320, height: 640, deviceScaleFactor: 1 });
    await open(url);
    assert.equal(await page.evaluate(() => probes.reflowProblems()), [], "reflow at 320 px");
    await page.setViewport({ width: 1024, height: 768 });
    for (const scheme of ["light", "dark"] as const) {
      await devtools.send("Emulation.setEmulatedMedia", {
        features: [
          { name: "forced-colors", value: "active" },
          { name: "prefers-color-scheme", value: scheme },
        ],
      });
      await open(url);
      assert.equal((await page.evaluate(() => probes.forcedColourProblems())).problems, [], scheme);
      for (const region of await visibleRegions())
        assert.ok(region.shown && region.border, `${scheme}: ${region.owner}`);
    }
    await devtools.send("Emulation.setEmulatedMedia", { features: [] });
  });
}

test("edition: the printed plan keeps the local contacts, marked, on one A4 page", async () => {
  await open(urls.pathway("tyoton", "sekundaarivaihe"));
  await page.emulateMediaType("print");
  const contacts = await page.$$eval(".contacts section.local [data-contact]", (items) =>
    items.filter((item) => item.getClientRects().length > 0).map((item) => item.textContent ?? ""),
  );
  assert.ok(contacts.length >= 2, `${contacts.length} local contacts print`);
  assert.ok(contacts.filter((c) => /\+358 \d/.test(c)).length >= 2, "with their phone numbers");
  const regions = (await visibleRegions()).filter((r) => r.shown);
  assert.ok(
    regions.length > 0 && regions.every((r) => r.border && r.owner.includes("Esimerkkialue")),
    "marked on paper",
  );
  assert.ok(await page.$eval(".edition-example", (el) => el.getClientRects().length > 0), "the example notice prints");
  const pdf = Buffer.from(await page.pdf({ format: "A4", preferCSSPageSize: true })).toString("latin1");
  assert.is((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length, 1, "one A4 page");
  await page.emulateMediaType("screen");
});

async function search(query: string): Promise<string[]> {
  await open(`${urls.search()}?q=${encodeURIComponent(query)}`);
  await searchAnnounced(page);
  return (await resultLinks(page)).map((link) => new URL(link).pathname);
}

test("edition: search finds a contact by its name and unit, and a local service", async () => {
  assert.ok((await search("Esimerkkialueen kuntoutusohjaus")).slice(0, 5).includes(urls.actor("kuntoutusohjaaja")));
  assert.ok((await search("työllisyyspalvelut")).slice(0, 5).includes(urls.actor("tyokykykoordinaattori")));
  assert.ok((await search("työkykyneuvola")).includes(urls.local()));
});

/** A contact's or a local service's words, and the pages that introduce them: the local page, and its actor's. */
const INTRODUCED: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["Esimerkkialueen kuntoutusohjaus", [urls.local(), urls.actor("kuntoutusohjaaja")]],
  ["aikuissosiaalityön neuvonta", [urls.local(), urls.actor("sosiaalityontekija")]],
  ["työkykyvalmennus", [urls.local(), urls.actor("tyokykykoordinaattori")]],
];

test("edition: the pages that introduce a contact or a service rank above the pathways that repeat it", async () => {
  const pathways = new Set(handbook.situations.flatMap((s) => s.cells.map((c) => urls.pathway(s.id, c.phase))));
  for (const [query, introduced] of INTRODUCED) {
    const results = await search(query);
    const firstPathway = results.findIndex((url) => pathways.has(url));
    for (const url of introduced) {
      const at = results.indexOf(url);
      assert.ok(
        at >= 0 && (firstPathway < 0 || at < firstPathway),
        `${query}: ${url} after a pathway: ${results.join(" ")}`,
      );
    }
  }
});

test("edition: an actor's name still puts the actor's page first", async () => {
  assert.is((await search("työkykykoordinaattori"))[0], urls.actor("tyokykykoordinaattori"));
});

test.run();
