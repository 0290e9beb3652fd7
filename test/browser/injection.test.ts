/**
 * Nothing in content/ can put markup, a script or a handler into a page.
 * Every free-text field of every content file (found from the schemas, see
 * test/helpers/hostile-content.ts) and every prose file gets attack payloads
 * — markup, script, `javascript:` URLs, Nunjucks syntax, attribute breakouts —
 * each kind in each field over a few builds of a scratch copy. Chromium loads
 * every page of each build with no Content-Security-Policy (as GitHub Pages or
 * a plain file server would serve it): no element, attribute or handler from
 * the content may appear, no dialog may open, and every payload must be on
 * some page as plain text — proof that the field reached the page at all.
 */
import type { Browser, Page } from "puppeteer-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { serveStatic } from "../../scripts/serve/static-server.ts";
import { launchBrowser } from "../helpers/browser.ts";
import {
  HostileContent,
  PAYLOAD_KINDS,
  PAYLOADS,
  slotName,
  type PayloadKind,
  type Slot,
} from "../helpers/hostile-content.ts";
import { scratchProject, type ScratchProject } from "../../scripts/bench/scratch-project.ts";
import { sitePages } from "../helpers/site.ts";

let browser: Browser;
let project: ScratchProject;
let content: HostileContent;

test.before(async () => {
  [browser, project, content] = await Promise.all([
    launchBrowser(),
    scratchProject("injection"),
    HostileContent.read("content"),
  ]);
});
test.after(async () => {
  await browser?.close();
  await project?.remove();
});

/** What a page shows: its text and every attribute value, whitespace collapsed. */
interface PageScan {
  readonly shown: string;
  /** Elements, attributes and URLs that only an injection could have made. */
  readonly injected: string[];
  readonly csp: boolean;
}

async function scan(page: Page): Promise<PageScan> {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll("*")];
    const injected: string[] = [];
    for (const element of all) {
      const tag = element.tagName.toLowerCase();
      if (["iframe", "object", "embed", "base", "img", "svg"].includes(tag)) injected.push(`<${tag}>`);
      if (tag === "script" && !element.hasAttribute("src")) injected.push("<script> without src");
      for (const { name, value } of element.attributes) {
        if (name.startsWith("on") || name === "data-inj" || name === "autofocus") injected.push(`<${tag} ${name}>`);
        if (["href", "src", "action", "formaction"].includes(name) && /^\s*(javascript|data|vbscript):/i.test(value)) {
          injected.push(`<${tag} ${name}="${value}">`);
        }
      }
    }
    const attributes = all.flatMap((element) => [...element.attributes].map((a) => a.value));
    const shown = [document.documentElement.textContent ?? "", ...attributes].join(" ").replace(/\s+/g, " ");
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy" i]') !== null;
    return { shown, injected, csp };
  });
}

/** Tabs loading pages side by side: most of a page's time is waiting, not work. */
const TABS = 4;

/** Loads one page and checks it; returns what it shows. */
async function visit(page: Page, url: string): Promise<string> {
  const response = await page.goto(url, { waitUntil: "load" });
  assert.is(response?.headers()["content-security-policy"], undefined, "the test must run without a CSP");
  if (url.includes("/haku/?")) {
    // Results whose excerpts quote the payloads: the excerpt's text becomes DOM text, never HTML.
    await page.waitForFunction(() => document.querySelectorAll("#search-results > li").length > 0, { timeout: 15_000 });
    assert.match(await page.$eval("#search-results", (list) => list.textContent ?? ""), /alert\('inj/);
  }
  const result = await scan(page);
  assert.not.ok(result.csp, `${url} has a CSP <meta>: the test must run without one`);
  assert.equal(result.injected, [], `${url}: content made markup`);
  return result.shown;
}

/** Builds the site from content made by `payloadFor`, loads every page and the search page, returns what they show. */
async function buildAndVisit(payloadFor: (slot: Slot) => string | undefined, searchFor: string): Promise<string> {
  await content.write(project.contentDir, payloadFor);
  await project.build();
  const server = await serveStatic({ root: project.siteDir });
  const context = await browser.createBrowserContext();
  const dialogs: string[] = [];
  const shown: string[] = [];
  try {
    const pages = sitePages(project.siteDir);
    assert.ok(pages.length > 60, `only ${pages.length} pages built`);
    const queue = pages.map((path) => new URL(path.slice(1), server.url).href);
    const tabs = await Promise.all(
      Array.from({ length: TABS }, async () => {
        const page = await context.newPage();
        await page.setBypassServiceWorker(true);
        page.on("dialog", (dialog) => {
          dialogs.push(`${page.url()}: ${dialog.message()}`);
          void dialog.dismiss();
        });
        return page;
      }),
    );
    await Promise.all(
      tabs.map(async (page) => {
        for (let url = queue.shift(); url; url = queue.shift()) shown.push(await visit(page, url));
      }),
    );
    // Alone and in front: a background tab's timers are throttled, and search waits on one.
    await tabs[0]!.bringToFront();
    shown.push(await visit(tabs[0]!, new URL(`haku/?q=${searchFor}`, server.url).href));
    assert.is(shown.length, pages.length + 1);
  } finally {
    await context.close();
    await server.close();
  }
  assert.equal(dialogs, [], "a dialog opened: content ran script");
  return shown.join("\n");
}

const BUILDS = 3;

/** The kinds slot i carries in build b: each kind once over the builds, and every build mixes all kinds. */
const kindsFor = (i: number, b: number) => PAYLOAD_KINDS.filter((_, k) => (k + i) % BUILDS === b);

/**
 * A page lists only the abbreviations it uses, so an abbreviation carrying a
 * payload hides its expansion from every list. Each abbreviation is therefore
 * left intact in one build (its expansion's payload then stands in the
 * Lyhenteet lists and <abbr title>s) and carries that build's kinds in the next.
 */
function kindsOf(slot: Slot, i: number, b: number): PayloadKind[] {
  const abbreviations = content.slots.filter((s) => s.path.at(-1) === "abbreviation");
  const nth = abbreviations.indexOf(slot);
  if (nth < 0) return kindsFor(i, b);
  const intact = nth % BUILDS;
  if (b === intact) return [];
  return b === (intact + 1) % BUILDS ? [...kindsFor(i, intact), ...kindsFor(i, b)] : kindsFor(i, b);
}

for (let b = 0; b < BUILDS; b++) {
  test(`build ${b + 1}/${BUILDS}: markup, scripts, URLs, template syntax and breakouts in every field stay text`, async () => {
    const expected = new Map<Slot, string>();
    const shown = await buildAndVisit((slot) => {
      const i = content.slots.indexOf(slot);
      const kinds = kindsOf(slot, i, b);
      if (kinds.length === 0) return undefined;
      const payload = kinds.map((kind) => PAYLOADS[kind](`inj${b}n${i}`)).join(" ");
      expected.set(slot, payload);
      return payload;
    }, "alert");
    const intact = content.slots.filter((slot, i) => kindsOf(slot, i, b).length === 0);
    assert.ok(
      intact.length > 0 && intact.every((slot) => slot.path.at(-1) === "abbreviation"),
      "only some abbreviations stay intact",
    );
    assert.is(expected.size + intact.length, content.slots.length);
    const missing = [...expected].filter(([, payload]) => !shown.includes(payload)).map(([slot]) => slotName(slot));
    assert.equal(missing, [], "these fields' payloads are on no page as text");
  });
}

test("every field gets every kind of payload over the builds", () => {
  for (const [i, slot] of content.slots.entries()) {
    const kinds = Array.from({ length: BUILDS }, (_, b) => kindsOf(slot, i, b))
      .flat()
      .sort();
    assert.equal(kinds, [...PAYLOAD_KINDS].sort(), slotName(slot));
  }
});

test("the walk finds every kind of free text and no id", () => {
  const names = content.slots.map(slotName);
  assert.ok(content.slots.length > 150, `only ${content.slots.length} slots`);
  for (const field of [
    /actions\.yaml:actions\.\d+\.text$/,
    /actions\.yaml:actions\.\d+\.actors\..+ \(key\)$/,
    /actors\.yaml:actors\.\d+\.expansion\.text$/,
    /^prose\/.+\.md:$/,
    /situations\/.+\.yaml:title$/,
  ]) {
    assert.ok(
      names.some((n) => field.test(n)),
      `no slot like ${field}`,
    );
  }
  assert.not.ok(
    names.some((n) => /\.(id|source|partOf|updated|kind)$|matrix/.test(n)),
    "ids, references, dates and enums are not free text",
  );
});

test.run();
