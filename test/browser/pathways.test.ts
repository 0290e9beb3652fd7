/**
 * Asiakkaan polku: nine pathway pages with exactly their cell's actions and
 * the right contacts; checklists that persist, clear and print on one A4
 * page; a chooser that works with and without JavaScript.
 */
import type { Page } from "puppeteer-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { findById } from "../../lib/collections.ts";
import { translate } from "../../lib/ui-text.ts";
import { urls } from "../../lib/urls.ts";
import ui from "../../src/ui/fi.json" with { type: "json" };
import { siteInBrowser } from "../helpers/browser.ts";
import { loadHandbook, readPage, text } from "../helpers/site.ts";

const handbook = loadHandbook();
const actionText = (id: string) => findById(handbook.actions, id).text;
const pathwayUrls = handbook.situations.flatMap((s) => handbook.phases.map((p) => urls.pathway(s.id, p.id)));

const session = siteInBrowser(test);

for (const situation of handbook.situations) {
  for (const [index, phase] of handbook.phases.entries()) {
    test(`${situation.id}/${phase.id}: exactly the cell's actions, earlier phases to check, the right contacts`, () => {
      const page = readPage(urls.pathway(situation.id, phase.id));
      const cellOf = (phaseId: string) => situation.cells.find((c) => c.phase === phaseId)!.actions;
      const now = page.querySelectorAll(".checklist > fieldset .checks label").map(text);
      assert.equal(now, cellOf(phase.id).map(actionText));

      const earlier = page
        .querySelectorAll(".earlier fieldset")
        .map((fieldset) => fieldset.querySelectorAll("label").map(text));
      assert.equal(
        earlier,
        handbook.phases.slice(0, index).map((p) => cellOf(p.id).map(actionText)),
      );

      const naming = cellOf(phase.id)
        .map((id) => findById(handbook.actions, id))
        .filter((a) => a.actors.length > 0);
      assert.equal(
        page.querySelectorAll(".contact-list dt").map(text),
        naming.map((a) => a.text),
      );
      const contacts = page
        .querySelectorAll(".contact-list dd")
        .map((dd) => dd.querySelectorAll("a").map((a) => a.getAttribute("href")));
      assert.equal(
        contacts,
        naming.map((a) => a.actors.map(urls.actor)),
      );
      const network = page.querySelectorAll(".contacts section li").map(text);
      const groups = handbook.network.networks.groups.filter((g) => g.serves.includes(situation.id));
      assert.equal(
        network,
        groups.flatMap((g) => g.members.map((m) => m.text)),
      );

      const services = page.querySelectorAll(".pathway-services li").map(text);
      assert.equal(
        services,
        handbook.network.networks.services.items.map((s) => s.text),
      );
      const principles = page.querySelectorAll(".pathway-principles li").map(text);
      assert.equal(principles, handbook.network.together.principles.items);
      assert.ok(services.length > 0 && principles.length > 0);
      assert.is(text(page.querySelector(".privacy")), translate(ui, "pathway.privacy"), "the privacy sentence");
    });
  }
}

test("every situation page and phase page links to its pathways", () => {
  for (const situation of handbook.situations) {
    const links = readPage(urls.situation(situation.id))
      .querySelectorAll(".pathway-links a")
      .map((a) => a.getAttribute("href"));
    assert.equal(
      links,
      handbook.phases.map((p) => urls.pathway(situation.id, p.id)),
    );
  }
  for (const phase of handbook.phases) {
    const links = readPage(urls.phase(phase.id))
      .querySelectorAll(".pathway-links a")
      .map((a) => a.getAttribute("href"));
    assert.equal(
      links,
      handbook.situations.map((s) => urls.pathway(s.id, phase.id)),
    );
  }
  const all = readPage(urls.pathways())
    .querySelectorAll(".pathway-links a")
    .map((a) => a.getAttribute("href"));
  assert.equal(all, pathwayUrls);
  assert.is(all.length, handbook.situations.length * handbook.phases.length);
});

async function newPage(): Promise<Page> {
  return (await session.browser.createBrowserContext()).newPage();
}

const checked = (page: Page) =>
  page.$$eval('.checklist input[type="checkbox"]', (boxes) => boxes.filter((b) => b.checked).map((b) => b.name));

test("ticks persist across a reload, per pathway, and Tyhjennä clears them", async () => {
  const page = await newPage();
  const url = `${session.site.url}polku/tyoton/tertiaarivaihe/`;
  await page.goto(url);
  await page.waitForSelector(".checklist__buttons:not([hidden])");
  const boxes = await page.$$('.checklist > fieldset input[type="checkbox"]');
  await boxes[0]!.click();
  await boxes[2]!.click();
  const ticked = await checked(page);
  assert.is(ticked.length, 2);

  await page.reload();
  await page.waitForSelector(".checklist__buttons:not([hidden])");
  assert.equal(await checked(page), ticked);
  const stored = await page.evaluate(() => ({ ...localStorage }));
  assert.equal(Object.keys(stored), ["kasikirja:polku:tyoton/tertiaarivaihe"]);
  assert.equal(
    JSON.parse(stored["kasikirja:polku:tyoton/tertiaarivaihe"] as string),
    ticked,
    "only which boxes are ticked is stored",
  );

  await page.goto(`${session.site.url}polku/tyoton/sekundaarivaihe/`);
  await page.waitForSelector(".checklist__buttons:not([hidden])");
  assert.equal(await checked(page), [], "another pathway has its own ticks");

  await page.goto(url);
  await page.waitForSelector(".checklist__buttons:not([hidden])");
  await page.click("[data-clear]");
  assert.equal(await checked(page), []);
  await page.reload();
  assert.equal(await checked(page), []);
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  await page.browserContext().close();
});

// accessibility-statement: checklist
test("keyboard only: Tab reaches the checklist, Space ticks, Enter on Tyhjennä clears", async () => {
  const page = await newPage();
  await page.goto(`${session.site.url}polku/tyossa-ilman-tyoterveyshuoltoa/primaarivaihe/`);
  await page.waitForSelector(".checklist__buttons:not([hidden])");
  let guard = 0;
  while (
    !(await page.evaluate(() => document.activeElement?.matches(".checklist input[type=checkbox]"))) &&
    guard++ < 40
  ) {
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Space");
  assert.is((await checked(page)).length, 1);
  await page.focus("[data-clear]");
  await page.keyboard.press("Enter");
  assert.is((await checked(page)).length, 0);
  await page.browserContext().close();
});

test("without JavaScript the checkboxes render and the buttons that need it stay hidden", async () => {
  const page = await newPage();
  await page.setJavaScriptEnabled(false);
  await page.goto(`${session.site.url}polku/tyoton/primaarivaihe/`);
  assert.ok((await page.$$('.checklist input[type="checkbox"]')).length > 0);
  assert.ok(await page.$eval(".checklist__buttons", (p) => (p as HTMLElement).hidden));
  await page.browserContext().close();
});

test("the chooser opens the chosen pathway, with JavaScript and without", async () => {
  const page = await newPage();
  await page.goto(session.site.url);
  await page.click('input[name="tilanne"][value="tyoterveyshuollon-piirissa"]');
  await page.click('input[name="vaihe"][value="sekundaarivaihe"]');
  await Promise.all([page.waitForNavigation(), page.click(".pathway-chooser button")]);
  assert.is(new URL(page.url()).pathname, "/polku/tyoterveyshuollon-piirissa/sekundaarivaihe/");

  await page.setJavaScriptEnabled(false);
  await page.goto(session.site.url);
  await page.click('input[name="tilanne"][value="tyoton"]');
  await Promise.all([page.waitForNavigation(), page.click(".pathway-chooser button")]);
  assert.is(new URL(page.url()).pathname, "/polku/");
  assert.ok(await page.$('a[href="/polku/tyoton/primaarivaihe/"]'), "without JavaScript /polku/ links every pathway");
  await page.browserContext().close();
});

test("Tulosta suunnitelma: every pathway prints on one A4 page, with boxes, notes, date and address", async () => {
  const page = await newPage();
  for (const url of pathwayUrls) {
    await page.goto(`${session.site.url}${url.slice(1)}`);
    await page.emulateMediaType("print");
    assert.ok(await page.$eval(".plan-notes", (el) => getComputedStyle(el).display !== "none"), "notes and date print");
    assert.ok(
      await page.$eval(".site-footer .print-only", (el) => (el.textContent ?? "").includes("/polku/")),
      "the address prints",
    );
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
    const pages = (
      Buffer.from(pdf)
        .toString("latin1")
        .match(/\/Type\s*\/Page[^s]/g) ?? []
    ).length;
    assert.is(pages, 1, `${url} prints on ${pages} pages`);
    await page.emulateMediaType("screen");
  }
  await page.browserContext().close();
});

test.run();
