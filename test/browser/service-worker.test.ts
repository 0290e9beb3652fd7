/**
 * The service worker across deploys, in Chromium. Three builds of a scratch
 * copy, each with one word of one action changed (A: kirahvikoodi, B:
 * norsukoodi, C: tapiirikoodi), are deployed in turn behind one server:
 * after a deploy a reload searches the new index, never the cached old one;
 * a deploy with a missing file fails the new worker's install without
 * leaving a cache behind, and search still matches the pages; offline, a
 * page that is not stored gets the offline page with status 503.
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
import { launchBrowser, resultLinks, searchAnnounced } from "../helpers/browser.ts";
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

/** Opens the home page and waits until the service worker controls it. */
async function visit(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
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
  server = await serveStatic({ root: live() });
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

test.run();
