/**
 * What a screen reader says, recorded by @guidepup/virtual-screen-reader
 * (the accessibility-tree rules screen readers use, run over the real page in
 * Chromium), for four tasks, compared with snapshots in
 * test/browser/__snapshots__/screen-reader/ that a person has read:
 * (a) from the home page to Työtön's secondary-phase actions by headings;
 * (b) a cell of a situation's phase table, announced with its phase;
 * (c) ticking and unticking a pathway checkbox, in each language (Swedish:
 *     the fixture translation);
 * (d) searching "kela": the live region's result count, then the first result.
 * UPDATE_SNAPSHOTS=1 rewrites the snapshots (read the diff before committing).
 * Soft hyphens (lib/hyphenate.ts) are left out of the phrases: they are
 * default-ignorable characters that screen readers do not speak.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "puppeteer-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { ids, urls } from "../../lib/urls.ts";
import { searchAnnounced, siteInBrowser } from "../helpers/browser.ts";
import { LANGUAGES, NATIONAL_LANGUAGE, type Language } from "../../lib/languages.ts";
import { pageTypes } from "../helpers/page-types.ts";
import { bundle } from "../helpers/probes.ts";
import { loadHandbook } from "../helpers/site.ts";

declare global {
  var virtual: typeof import("@guidepup/virtual-screen-reader/browser.js").virtual;

  var moveUntil: (command: string, pattern: string, limit?: number) => Promise<string>;
}

const SNAPSHOTS = "test/browser/__snapshots__/screen-reader";
const handbook = loadHandbook();
const session = siteInBrowser(test);
let page: Page;

test.before(async () => {
  page = await (await session.browser.createBrowserContext()).newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.evaluateOnNewDocument(await bundle("test/browser/probes/screen-reader.ts"));
});

/** The spoken phrases so far, without soft hyphens; the reader keeps running. */
const spoken = () => page.evaluate(async () => (await virtual.spokenPhraseLog()).map((p) => p.replace(/\u00AD/g, "")));

/** Jumps to <main> and forgets what was said before, so a snapshot holds only the task. */
async function fromMain() {
  await page.evaluate(() => moveUntil("moveToNextMain", "^main"));
  await page.evaluate(() => virtual.clearSpokenPhraseLog());
}

async function open(url: string, language: Language = NATIONAL_LANGUAGE) {
  await page.goto(await session.pageUrl(language, url));
  await page.evaluate(() => virtual.start({ container: document.body }));
}

/** The reader's default action (a link's click) that loads another page. */
async function actAndFollow() {
  await Promise.all([page.waitForNavigation(), page.evaluate(() => void virtual.act())]);
}

function matchesSnapshot(name: string, phrases: readonly string[]) {
  const file = join(SNAPSHOTS, `${name}.txt`);
  const actual = `${phrases.join("\n")}\n`;
  if (process.env.UPDATE_SNAPSHOTS || !existsSync(file)) {
    mkdirSync(SNAPSHOTS, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  assert.fixture(actual, readFileSync(file, "utf8"), `${file} (UPDATE_SNAPSHOTS=1 rewrites it)`);
}

const situation = handbook.situations.find((s) => s.id === "tyoton")!;
const [, secondary] = handbook.phases;

test("(a) from the home page to Työtön's secondary-phase actions by headings and links", async () => {
  await open(urls.home());
  await page.evaluate(() => moveUntil("moveToNextHeading", "^heading, Asiakkaasi tilanne"));
  await page.evaluate((name) => moveUntil("moveToNextLink", `^link, ${name}$`), situation.name);
  const home = await spoken();
  await actAndFollow();
  await page.evaluate(() => virtual.start({ container: document.body }));
  await page.evaluate((name) => moveUntil("moveToNextHeading", `^heading, ${name}`), secondary!.name);
  await page.evaluate(() => moveUntil("next", "^listitem"));
  await page.evaluate(() => virtual.next());
  const situationPage = await spoken();
  assert.ok(
    situationPage
      .at(-1)!
      .startsWith(handbook.actions.find((a) => a.id === situation.cells[1]!.actions[0])!.text.slice(0, 20)),
    situationPage.at(-1),
  );
  matchesSnapshot("a-home-to-secondary-actions", [...home, "— (link followed) —", ...situationPage]);
});

// accessibility-statement: tableCell
test("(b) a phase-table cell is announced starting with its phase", async () => {
  await open(urls.situation(situation.id));
  await fromMain();
  const cell = await page.evaluate(() => moveUntil("next", "^cell, "));
  const header = await page.$eval(`#${ids.heading(ids.cell(situation.id, handbook.phases[0]!.id))}`, (th) =>
    th.textContent.replace(/\u00AD/g, ""),
  );
  assert.ok(cell.startsWith(`cell, ${handbook.phases[0]!.name}`), `${cell.slice(0, 80)} (column header: ${header})`);
  matchesSnapshot("b-phase-table-cell", await spoken());
});

for (const language of LANGUAGES)
  test(`(c) a pathway checkbox: its name and state when ticked and unticked (${language})`, async () => {
    await open(pageTypes(language).pathway, language);
    await fromMain();
    await page.evaluate(() => moveUntil("next", "^checkbox, "));
    const phrases = await spoken();
    // The virtual reader reads a checkbox's state from its `checked` attribute, which a click
    // does not change; the live state comes from Chromium's own accessibility tree, which is what
    // a screen reader asks the operating system for.
    const box = (await page.$(".checklist input[type=checkbox]"))!;
    const stateAfterAct = async () => {
      await page.evaluate(() => virtual.act());
      const node = await page.accessibility.snapshot({ root: box, interestingOnly: false });
      return `${node!.role}, ${node!.name?.replace(/\u00AD/g, "")}, ${node!.checked === true ? "checked" : "not checked"}`;
    };
    const ticked = await stateAfterAct();
    const unticked = await stateAfterAct();
    assert.ok(ticked.endsWith(", checked"), ticked);
    assert.ok(unticked.endsWith(", not checked"), unticked);
    assert.is(await page.$$eval(".checklist input:checked", (boxes) => boxes.length), 0);
    const name = language === NATIONAL_LANGUAGE ? "c-pathway-checkbox" : `c-pathway-checkbox-${language}`;
    matchesSnapshot(name, [...phrases, "— (act: tick) —", ticked, "— (act: untick) —", unticked]);
  });

// accessibility-statement: screenReader
test("(d) searching kela: the result count from the live region, then the first result", async () => {
  await open(urls.search());
  await fromMain();
  await page.evaluate(() => moveUntil("next", "^searchbox"));
  await page.evaluate(() => virtual.type("kela"));
  const status = (await searchAnnounced(page)).trim();
  await page.evaluate(() => moveUntil("moveToNextHeading", "^heading, "));
  const phrases = await spoken();
  assert.ok(
    phrases.some((p) => p.includes(status)),
    `the live region's "${status}" was not spoken`,
  );
  matchesSnapshot("d-search-kela", phrases);
});

test.run();
