/**
 * The service worker across deploys, in Chromium. Three builds of a scratch
 * copy, each with one word of one action changed (A: kirahvikoodi, B:
 * norsukoodi, C: tapiirikoodi), are deployed in turn behind one server:
 * after a deploy a reload searches the new index, never the cached old one;
 * a deploy with a missing file fails the new worker's install without
 * leaving a cache behind, and search still matches the pages; offline, a
 * page that is not stored gets the offline page with status 503. A page of
 * an older build says a newer one is deployed (when its tab is shown again,
 * when the network returns) and a page of the newest build does not; offline,
 * a stored page's footer says when it was saved.
 */
import { readFile, rm, symlink, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "node-html-parser";
import type { Browser, BrowserContext, Page } from "puppeteer-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { urls } from "../../lib/urls.ts";
import { scratchProject, type ScratchProject } from "../../scripts/bench/scratch-project.ts";
import { serveStatic, type RunningServer } from "../../scripts/serve/static-server.ts";
import { collectProblems, launchBrowser, resultLinks, searchAnnounced } from "../helpers/browser.ts";
import { setOffline } from "../helpers/offline.ts";
import { text } from "../helpers/site.ts";

const ACTION = "Tunnista työkyvyttömyysriskiä ennakoivat tekijät";
// Words that match nothing in the real content, not even by Pagefind's or our fuzzier forms.
const WORDS = { A: "kirahvikoodi", B: "norsukoodi", C: "tapiirikoodi" } as const;
type Build = keyof typeof WORDS;

let project: ScratchProject;
let server: RunningServer;
let browser: Browser;
const live = () => join(project.dir, "live");

/** Builds the scratch copy with the action's word for `build` into site-<build>. */
async function buildSite(build: Build): Promise<void> {
  const original = await readFile(join("content", "actions.yaml"), "utf8");
  const edited = original.replace(`text: ${ACTION}\n`, `text: ${ACTION} ${WORDS[build]}\n`);
  assert.is.not(edited, original, "the action to edit is in content/actions.yaml");
  await writeFile(join(project.contentDir, "actions.yaml"), edited);
  await project.build({ SITE_DIR: `site-${build}` });
}

/** Points the server at another build, as a host's deploy does. */
async function deploy(build: Build): Promise<void> {
  await unlink(live()).catch(() => undefined);
  await symlink(join(project.dir, `site-${build}`), live());
}

async function search(page: Page, word: string): Promise<string[]> {
  await page.goto(`${server.url}haku/?q=${word}`);
  await searchAnnounced(page);
  return (await resultLinks(page)).map((href) => new URL(href).pathname);
}

/** Opens the home page and waits until the service worker controls it; `prepare` runs before the first load. */
async function visit(context: BrowserContext, prepare?: (page: Page) => Promise<unknown>): Promise<Page> {
  const page = await context.newPage();
  await prepare?.(page);
  await page.goto(server.url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page;
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

interface WorkerProbe {
  /** The worker the page's own registration started installing (a first visit). */
  readonly firstInstall: Promise<ServiceWorker | null>;
  /** Resolves with "activated", or "redundant" when its install failed. */
  settled(worker: ServiceWorker): Promise<string>;
}

/**
 * Before any script of the page runs: notes the worker its registration
 * installs. A string, because tsx would add helpers to a function's source
 * that do not exist in the page.
 */
const WORKER_PROBE = `{
  const container = navigator.serviceWorker;
  const register = container.register.bind(container);
  let noteInstall;
  window.probe = {
    firstInstall: new Promise((done) => (noteInstall = done)),
    settled: (worker) => new Promise((done) => {
      const check = () => (worker.state === "activated" || worker.state === "redundant") && done(worker.state);
      worker.addEventListener("statechange", check);
      check();
    }),
  };
  container.register = (...args) => register(...args).then((registration) => (noteInstall(registration.installing), registration));
}`;

const probeWorkers = (page: Page) => page.evaluateOnNewDocument(WORKER_PROBE);

/** A first visit: how the install its registration started ended. */
const firstInstallOutcome = (page: Page) =>
  page.evaluate(async () => {
    const { probe } = window as unknown as { probe: WorkerProbe };
    const worker = await probe.firstInstall;
    return worker ? probe.settled(worker) : "no install";
  });

/** A visit under a worker: asks for an update and waits for the new worker's fate. */
const updateOutcome = (page: Page) =>
  page.evaluate(async () => {
    const { probe } = window as unknown as { probe: WorkerProbe };
    const registration = (await navigator.serviceWorker.getRegistration())!;
    if (registration.installing) return probe.settled(registration.installing);
    const found = new Promise<ServiceWorker>((done) =>
      registration.addEventListener("updatefound", () => done(registration.installing!), { once: true }),
    );
    await registration.update().catch(() => undefined);
    return probe.settled(registration.installing ?? (await found));
  });

test.before(async () => {
  project = await scratchProject("service-worker");
  for (const build of ["A", "B", "C"] as const) await buildSite(build);
  // C is deployed with one of its precached files missing.
  await rm(join(project.dir, "site-C", "saavutettavuusseloste", "index.html"));
  await deploy("A");
  // With the production headers: the strict Content-Security-Policy and Trusted Types.
  server = await serveStatic({ root: live(), hostHeaders: true });
  browser = await launchBrowser();
});
test.after(async () => {
  await browser?.close();
  await server?.close();
  await project?.remove();
});

test("after a deploy, a reload searches the new build: its new word is found, the removed one is not", async () => {
  await deploy("A");
  const context = await browser.createBrowserContext();
  const page = await visit(context);
  assert.ok((await search(page, WORDS.A)).length > 0, "build A finds its own word");
  await deploy("B");
  const found = await search(page, WORDS.B);
  assert.ok(
    await page.evaluate(() => navigator.serviceWorker.controller !== null),
    "the page was answered through a service worker",
  );
  assert.ok(found.length > 0, `"${WORDS.B}", new in build B, is not found after the reload`);
  assert.equal(await search(page, WORDS.A), [], `"${WORDS.A}", gone in build B, is still found`);
  await context.close();
});

test("offline, a page that is not stored gets the offline page with status 503; stored pages and search still work", async () => {
  await deploy("B");
  const context = await browser.createBrowserContext();
  const page = await visit(context);
  await setOffline(page, true);
  const missing = await page.goto(`${server.url}ei-tallessa/`);
  assert.is(missing?.status(), 503);
  const offlineTitle = text(
    parse(await readFile(join(project.dir, "site-B", urls.offline()), "utf8")).querySelector("h1"),
  );
  assert.is(offlineTitle, "Ei verkkoyhteyttä — tämä sivu ei ole tallessa");
  // Without the soft hyphens of lib/hyphenate.ts, as text() reads the built file.
  assert.is(await page.$eval("h1", (h) => h.textContent?.replaceAll("\u00AD", "").trim()), offlineTitle);
  const stored = await page.goto(`${server.url}tilanteet/tyoton/`);
  assert.is(stored?.status(), 200);
  assert.ok((await search(page, WORDS.B)).length > 0, "search works offline, from the cache");
  await setOffline(page, false);
  await context.close();
});

test("a deploy with a missing file: the new worker's install fails, its cache is deleted, search still matches the pages", async () => {
  await deploy("B");
  const context = await browser.createBrowserContext();
  const page = await visit(context);
  await probeWorkers(page);
  const before = await cacheNames(page);
  assert.is(before.length, 1);
  await deploy("C");
  await page.goto(server.url);
  assert.is(await updateOutcome(page), "redundant");
  assert.equal(await cacheNames(page), before, "the failed install left a cache behind, or removed the working one");
  assert.ok((await search(page, WORDS.C)).length > 0, `"${WORDS.C}", new in build C, is not found`);
  assert.equal(await search(page, WORDS.B), [], `"${WORDS.B}", gone in build C, is still found`);
  await context.close();

  // A first visit to the broken deploy: no worker, no cache, search from the network.
  const fresh = await browser.createBrowserContext();
  const first = await fresh.newPage();
  await probeWorkers(first);
  await first.goto(server.url);
  assert.is(await firstInstallOutcome(first), "redundant");
  assert.equal(await cacheNames(first), []);
  assert.ok((await search(first, WORDS.C)).length > 0);
  await fresh.close();
});

/**
 * Counts the answers newer-build.ts gets from the worker (it asks over a
 * MessageChannel), so a test knows a check has run; and notes every change
 * of the notice's live region and every layout shift.
 */
const NOTICE_PROBE = `{
  window.noticeProbe = { answers: 0, announcements: 0, shifts: 0 };
  const Channel = window.MessageChannel;
  window.MessageChannel = class extends Channel {
    constructor() {
      super();
      this.port1.addEventListener("message", () => window.noticeProbe.answers++);
    }
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.noticeProbe.shifts += entry.value;
  }).observe({ type: "layout-shift" });
  document.addEventListener("DOMContentLoaded", () => {
    new MutationObserver(() => window.noticeProbe.announcements++).observe(
      document.querySelector("[data-newer-build] [role=status]"),
      { childList: true, characterData: true, subtree: true },
    );
  });
}`;

interface NoticeProbe {
  readonly answers: number;
  readonly announcements: number;
  readonly shifts: number;
}
const probeOf = (page: Page) => page.evaluate(() => (window as unknown as { noticeProbe: NoticeProbe }).noticeProbe);

/** Waits until the page's script has heard from the worker `n` times, then lets the check finish. */
async function answered(page: Page, n: number): Promise<void> {
  await page.waitForFunction(
    (n) => (window as unknown as { noticeProbe: NoticeProbe }).noticeProbe.answers >= n,
    {},
    n,
  );
  await page.evaluate(() => new Promise((done) => setTimeout(done, 50)));
}

const NOTICE = "Käsikirjasta on uudempi versio — lataa sivu uudelleen.";

interface NoticeState {
  readonly text: string;
  readonly buttons: string[];
  readonly shown: boolean;
}
const noticeOf = (page: Page): Promise<NoticeState> =>
  page.$eval("[data-newer-build]", (notice) => ({
    text: notice.querySelector("[role=status]")?.textContent ?? "",
    buttons: [...notice.querySelectorAll("button")].map((b) => b.textContent ?? ""),
    shown: notice.hasAttribute("data-shown"),
  }));
const NO_NOTICE: NoticeState = { text: "", buttons: [], shown: false };

const buildIdOf = async (build: Build) =>
  parse(await readFile(join(project.dir, `site-${build}`, "index.html"), "utf8"))
    .querySelector("html")
    ?.getAttribute("data-build");

/** Where the main content and the footer stand in the document, and what has focus. */
const layoutOf = (page: Page) =>
  page.evaluate(() => ({
    main: document.querySelector("main")!.getBoundingClientRect().top + scrollY,
    footer: document.querySelector(".site-footer")!.getBoundingClientRect().top + scrollY,
    focus: document.activeElement?.outerHTML,
  }));

test("a newer build: a page of the old one says so when its tab is shown again, once, moving neither focus nor layout; the same build says nothing", async () => {
  await deploy("A");
  const context = await browser.createBrowserContext();
  let problems: string[] = [];
  const page = await visit(context, async (page) => {
    problems = await collectProblems(page);
    await page.evaluateOnNewDocument(NOTICE_PROBE);
  });
  // visit() reloaded the page under build A's worker: the same build, no notice.
  await answered(page, 1);
  assert.equal(await noticeOf(page), NO_NOTICE, "a page of the newest build shows the notice");

  await page.focus("main a");
  const before = await layoutOf(page);
  await deploy("B");
  const other = await context.newPage();
  await other.bringToFront();
  await page.bringToFront();
  await page.waitForSelector("[data-newer-build][data-shown]", { timeout: 60_000 });
  assert.equal(await noticeOf(page), { text: NOTICE, buttons: ["Lataa uudelleen"], shown: true });
  assert.equal(await layoutOf(page), before, "the notice moved focus or the page's content");
  assert.is((await probeOf(page)).shifts, 0, "the notice shifted the layout");

  // Shown again and back online: nothing more is said.
  await page.evaluate(async () => {
    document.dispatchEvent(new Event("visibilitychange"));
    window.dispatchEvent(new Event("online"));
    await new Promise((done) => setTimeout(done, 50));
  });
  assert.is((await probeOf(page)).announcements, 1, "the live region changed more than once");
  assert.is((await noticeOf(page)).buttons.length, 1);

  await Promise.all([page.waitForNavigation(), page.click("[data-newer-build] button")]);
  assert.is(await page.$eval("html", (html) => html.dataset.build), await buildIdOf("B"));
  await answered(page, 1);
  assert.equal(await noticeOf(page), NO_NOTICE, "the reloaded page, of the newest build, shows the notice");
  assert.equal(problems, []);
  await context.close();
});

test("offline, a stored page's footer says when it was saved; back online after a deploy, the newer build is noticed", async () => {
  await deploy("A");
  const context = await browser.createBrowserContext();
  let problems: string[] = [];
  const page = await visit(context, async (page) => {
    problems = await collectProblems(page);
    await page.evaluateOnNewDocument(NOTICE_PROBE);
  });
  const savedLine = () => page.$eval("[data-saved-copy]", (p) => ((p as HTMLElement).hidden ? null : p.textContent));
  assert.is(await savedLine(), null, "online, the footer says the page is a saved copy");

  await setOffline(page, true);
  await page.reload();
  const today = new Date();
  const date = `${today.getDate()}.${today.getMonth() + 1}.${today.getFullYear()}`;
  assert.is(await savedLine(), `Ei verkkoyhteyttä: sivu on tallennettu tälle laitteelle ${date}.`);
  assert.equal(await noticeOf(page), NO_NOTICE);

  await deploy("B");
  await setOffline(page, false);
  await page.waitForSelector("[data-newer-build][data-shown]", { timeout: 60_000 });
  assert.is((await noticeOf(page)).text, NOTICE);
  assert.is(await savedLine(), null, "back online, the footer still says the page is a saved copy");
  // Offline, the worker's update fails and the browser says so; nothing else may complain.
  assert.equal(
    problems.filter(
      (problem) => !/ServiceWorker|Failed to (update|fetch)|net::ERR_INTERNET_DISCONNECTED/.test(problem),
    ),
    [],
  );
  await context.close();
});

test.run();
