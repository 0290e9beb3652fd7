/**
 * npm start's editing loop, in Chromium, on a scratch copy of the project:
 * every kind of save (interface strings too) reaches every open tab without a
 * manual reload (a stylesheet in place, keeping the scroll position); the data
 * step's notices are printed, once while they hold; rejected content shows
 * as an overlay naming file:line:col over the last good page, and goes away
 * when fixed; the dev server answers like a static host.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "puppeteer-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { EDITS, timeEdit, waitInPage } from "../../scripts/bench/edit-latency.ts";
import { scratchProject, type ScratchProject } from "../../scripts/bench/scratch-project.ts";
import { startEditingLoop, type EditingLoop } from "../../scripts/dev/start-process.ts";
import { HANDBOOK_JSON } from "../../lib/handbook/handbook.ts";
import { launchBrowser } from "../helpers/browser.ts";

let project: ScratchProject;
let loop: EditingLoop;
let browser: Browser;
let tabs: Page[];

/** Each edit gets a number of its own, so no check can see an earlier edit's mark. */
let edits = 0;

test.before(async () => {
  project = await scratchProject("dev-loop");
  loop = await startEditingLoop(project.dir);
  browser = await launchBrowser();
  tabs = [];
  for (const path of ["", "tilanteet/tyoton/"]) {
    const tab = await browser.newPage();
    await tab.goto(loop.url + path);
    tabs.push(tab);
  }
});

test.after(async () => {
  if (process.env.DEV_LOOP_LOG) console.log(loop.output());
  await browser.close();
  await loop.stop();
  await project.remove();
});

const file = (path: string) => join(project.dir, path);

/** Until the editing loop has printed nothing for a second: a save can arrive as several file events, and so as two builds. */
async function settled(): Promise<void> {
  let seen = "";
  while (seen !== loop.output()) {
    seen = loop.output();
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
async function edit(path: string, change: (text: string) => string): Promise<string> {
  const before = await readFile(file(path), "utf8");
  const after = change(before);
  assert.not.equal(after, before, `the edit of ${path} changed nothing: the test's pattern no longer matches`);
  await writeFile(file(path), after);
  return before;
}

test("a content edit, a page template edit and a layout edit reach every open tab", async () => {
  const [home, situation] = tabs as [Page, Page];
  await timeEdit(home, project.dir, EDITS.content, ++edits);
  await timeEdit(home, project.dir, EDITS.template, ++edits);
  const mark = ++edits;
  await edit("src/_includes/layouts/base.njk", (text) => text.replace("</body>", `<!-- layout ${mark} --></body>`));
  for (const tab of [home, situation])
    await waitInPage(tab, `document.body.innerHTML.includes("<!-- layout ${mark} -->")`);
});

test("an interface string edit (src/ui/fi.json) reaches every open tab", async () => {
  const mark = ++edits;
  await edit("src/ui/fi.json", (text) => text.replace('"home": "Etusivu"', `"home": "Etusivu ${mark}"`));
  for (const tab of tabs) await waitInPage(tab, `document.body.textContent.includes("Etusivu ${mark}")`);
});

test("the data step's notices are printed as npm run build prints them, once while they stay", async () => {
  const [home] = tabs as [Page];
  // An editor's swap file appears beside a content file; the editor's next save rebuilds the content.
  const swap = "content/situations/.tyoton.yaml.swp";
  const notice = `${swap}: skipped — an editor's backup or swap file, not content`;
  await writeFile(file(swap), "vim's swap file");
  const count = () => loop.output().split(notice).length - 1;
  for (const round of [1, 2]) {
    await timeEdit(home, project.dir, EDITS.content, ++edits);
    assert.is(count(), 1, `after save ${round}, the notice was printed ${count()} times:\n${loop.output()}`);
  }
});

test("a stylesheet edit swaps the stylesheet in place: no reload, the scroll position kept", async () => {
  const [home] = tabs as [Page];
  // A tab reloaded in the background restores its scroll position when it is shown: let that happen first.
  await settled();
  await home.bringToFront();
  await home.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 200)))),
  );
  await home.evaluate(() => {
    window.scrollTo({ top: 600, behavior: "instant" });
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });
  const scrolled = await home.evaluate(() => window.scrollY);
  assert.ok(scrolled > 0, "the home page is long enough to scroll");
  await timeEdit(home, project.dir, EDITS.stylesheet, ++edits);
  assert.ok(
    await home.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
    "the page was reloaded",
  );
  assert.is(await home.evaluate(() => window.scrollY), scrolled);
});

test("an edit to the build's own code (a filter in src/eleventy) is used without a restart", async () => {
  const [home] = tabs as [Page];
  const mark = ++edits;
  // finnishDate renders the sources' Päivitetty dates in every page's footer; the edit wraps its registration.
  await edit("src/eleventy/filters.ts", (text) =>
    text.replace("  finnishDate,\n", `  finnishDate: (iso: string) => \`\${finnishDate(iso)} (koodi ${mark})\`,\n`),
  );
  await waitInPage(home, `document.body.textContent.includes("(koodi ${mark})")`, 60_000);
});

test("rejected content: an overlay lists file:line:col over the last good page; the fix removes it", async () => {
  const [home, situation] = tabs as [Page, Page];
  const phases = "content/phases.yaml";
  const good = await edit(phases, (text) =>
    text.replace("    description: Työkyky alentunut", "    descriptoin: Työkyky alentunut"),
  );
  const line = good.split("\n").findIndex((l) => l.startsWith("    description: Työkyky alentunut")) + 1;
  const handbookBefore = await readFile(file(HANDBOOK_JSON), "utf8");
  for (const tab of [home, situation]) {
    await waitInPage(tab, `document.querySelector("#dev-build-problems")?.textContent.includes("${phases}:${line}:")`);
    const overlay = await tab.$eval("#dev-build-problems", (section) => ({
      role: section.getAttribute("role"),
      text: section.textContent ?? "",
    }));
    assert.is(overlay.role, "alert");
    assert.match(overlay.text, "Sisällössä on virheitä");
    assert.match(overlay.text, "Content has errors");
    assert.ok(await tab.$("main h1"), "the last good page is still there under the overlay");
  }
  assert.match(loop.output(), `${phases}:${line}:`);
  assert.is(await readFile(file(HANDBOOK_JSON), "utf8"), handbookBefore, "the last good data stays");

  await writeFile(
    file(phases),
    good.replace("description: Työkyvyn heikentymisen riski", "description: Työkyvyn heikentymisen riski (korjattu)"),
  );
  for (const tab of [home, situation])
    await waitInPage(
      tab,
      `!document.querySelector("#dev-build-problems") && document.body.textContent.includes("riski (korjattu)")`,
    );
});

test("a broken template: the overlay says the build failed and names the template", async () => {
  const [home] = tabs as [Page];
  const good = await edit("src/pages/index.njk", (text) => `${text}{% if %}\n`);
  await waitInPage(home, `document.querySelector("#dev-build-problems")?.textContent.includes("index.njk")`);
  assert.match(
    await home.$eval("#dev-build-problems", (s) => s.textContent ?? ""),
    "Sivuston rakentaminen epäonnistui",
  );
  await writeFile(file("src/pages/index.njk"), good);
  await waitInPage(home, `!document.querySelector("#dev-build-problems")`);
});

test("the dev server answers like a static host: host headers, 404 page, bad requests refused, still up", async () => {
  const page = await fetch(loop.url);
  assert.is(page.status, 200);
  assert.match(page.headers.get("content-security-policy") ?? "", "default-src 'self'");
  const missing = await fetch(`${loop.url}ei-ole/`);
  assert.is(missing.status, 404);
  assert.match(await missing.text(), "<main");
  assert.is((await fetch(`${loop.url}%E0%A4%A`)).status, 400);
  assert.is((await fetch(loop.url, { method: "POST" })).status, 405);
  assert.is((await fetch(loop.url)).status, 200, "still answering");
});

test("the tab client (live reload, overlay) runs under the site's CSP without a violation", async () => {
  const tab = await browser.newPage();
  const violations: string[] = [];
  await tab.exposeFunction("reportViolation", (text: string) => violations.push(text));
  await tab.evaluateOnNewDocument(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      (window as unknown as { reportViolation(t: string): void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      ),
    );
  });
  await tab.goto(loop.url);
  await timeEdit(tab, project.dir, EDITS.stylesheet, ++edits);
  assert.equal(violations, []);
  await tab.close();
});

test("under PATH_PREFIX, pages, the tab client and its event stream are served where the pages load them", async () => {
  const prefixed = await startEditingLoop(project.dir, { PATH_PREFIX: "/tyokyky/" });
  try {
    assert.match(prefixed.url, /\/tyokyky\/$/);
    const html = await (await fetch(prefixed.url)).text();
    const scripts = [...html.matchAll(/<script type="module"[^>]* src="([^"]+)"/g)].map((match) => match[1]!);
    const client = scripts.find((src) => src.startsWith("/tyokyky/.dev/client.js?"));
    assert.ok(client, `expected the tab client among the page's scripts, saw ${scripts.join(", ")}`);
    for (const src of scripts) assert.is((await fetch(new URL(src, prefixed.url))).status, 200, src);
    const events = await fetch(new URL(".dev/events", prefixed.url));
    assert.is(events.headers.get("content-type"), "text/event-stream");
    await events.body?.cancel();
    assert.is((await fetch(new URL("/", prefixed.url))).status, 404, "nothing outside the prefix");
  } finally {
    await prefixed.stop();
  }
});

test.run();
