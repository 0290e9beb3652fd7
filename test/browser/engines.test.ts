/**
 * The reader's core flows in the three engines readers use — Chromium
 * (Blink), Firefox (Gecko) and WebKit (every iOS browser) — written once
 * against test/helpers/engines/ and run in each. The site is served with the
 * production headers (CSP with Trusted Types), and every step ends with no
 * script error, failed load or CSP violation in the page. The engine's
 * version is printed first.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { urls } from "../../lib/urls.ts";
import { launchChromium } from "../helpers/engines/chromium.ts";
import { arrivedAt, waitFor, type Engine, type Tab } from "../helpers/engines/engine.ts";
import { serveEngineSite, type EngineSite } from "../helpers/engines/engine-site.ts";
import { launchFirefox } from "../helpers/engines/firefox.ts";
import { launchWebKit } from "../helpers/engines/webkit.ts";
import { SITE_DIR } from "../helpers/site.ts";

const ENGINES: ReadonlyArray<() => Promise<Engine>> = [launchChromium, launchFirefox, launchWebKit];

/** Pages whose layout differs most: the home page, a results list, a matrix, a checklist, an actor. */
const NARROW_PAGES = [
  urls.home(),
  `${urls.search()}?q=kela`,
  urls.situation("tyoton"),
  urls.pathway("tyoton", "primaarivaihe"),
  urls.actor("kela"),
];

/** Waits until the search page has announced what it found; returns the announcement and the results' paths. */
async function searchResults(tab: Tab, query: string): Promise<{ status: string; paths: string[] }> {
  await waitFor(
    tab,
    `the results for "${query}"`,
    (q) => document.querySelector<HTMLElement>("#search-results")?.dataset.query === q,
    query,
  );
  return tab.evaluate(() => ({
    status: document.querySelector("#search-status")?.textContent ?? "",
    paths: [...document.querySelectorAll<HTMLAnchorElement>("#search-results > li > h2 > a")].map(
      (a) => new URL(a.href).pathname,
    ),
  }));
}

const ticked = (tab: Tab) =>
  tab.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('.checklist input[type="checkbox"]')]
      .filter((box) => box.checked)
      .map((box) => box.name),
  );

for (const launch of ENGINES) {
  const flows = suite(launch.name.replace(/^launch/, ""));
  let engine: Engine;
  let site: EngineSite;
  let tab: Tab;
  const open = (path: string) => tab.goto(site.url + path.slice(1));
  const noProblems = async (step: string) => assert.equal(await tab.takeProblems(), [], `${engine.name}: ${step}`);

  // One tab for all the flows, as one reader would: a new tab costs WebKit a new browser.
  flows.before(async () => {
    site = await serveEngineSite(SITE_DIR);
    engine = await launch();
    console.log(`\n${engine.name}: ${engine.version}`);
    tab = await engine.newTab();
  });
  flows.after(async () => {
    await tab?.close();
    await engine?.close();
    await site?.close();
  });
  flows.after.each(() => site.setReachable(true));

  flows("the service worker installs; with the host unreachable, stored pages open and search works", async () => {
    await open(urls.home());
    assert.is(await tab.evaluate(() => navigator.serviceWorker.controller), null, "the new tab has no worker yet");
    await tab.evaluate(async () => void (await navigator.serviceWorker.ready));
    await tab.reload();
    await waitFor(tab, "the service worker to control the page", () => navigator.serviceWorker.controller !== null);
    await noProblems("service worker install");
    // Offline the probe's own script cannot load (the worker has not stored it): nothing to check there.
    site.setReachable(false);
    await open(urls.situation("tyoterveyshuollon-piirissa"));
    assert.ok(
      await tab.evaluate(() => document.querySelector("table.matrix") !== null),
      "the stored page opened offline",
    );
    await open(`${urls.search()}?q=kuntoutuksen`);
    assert.ok((await searchResults(tab, "kuntoutuksen")).paths.includes(urls.keyword("kuntoutus")));
    await open("/ei-tallessa/");
    assert.is(await tab.evaluate(() => document.title.startsWith("Ei verkkoyhteyttä")), true, "the offline page");
    site.setReachable(true);
    await open(urls.home());
    await tab.takeProblems(); // the probe's failed loads while offline
    // The flows that follow run as a returning reader's do: under the worker, online.
  });

  flows("the home page: its heading, and the pathway chooser opens the chosen pathway", async () => {
    await open(urls.home());
    assert.is(await tab.evaluate(() => document.querySelector("h1")?.textContent), "Työkyvyn tuen käsikirja");
    await tab.click('input[name="tilanne"][value="tyoterveyshuollon-piirissa"]');
    await tab.click('input[name="vaihe"][value="sekundaarivaihe"]');
    await noProblems("home page");
    await tab.click(".pathway-chooser button");
    const pathway = urls.pathway("tyoterveyshuollon-piirissa", "sekundaarivaihe");
    await arrivedAt(tab, pathway);
    await noProblems("chosen pathway");
  });

  flows("search: a plain word, one without ä/ö, a compound's part, an inflected form", async () => {
    const cases: Array<{ query: string; finds: string; first?: boolean; says?: string }> = [
      { query: "Kela", finds: urls.actor("kela") },
      { query: "tyoterveyshuolto", finds: urls.actor("tyoterveyshuolto"), first: true, says: "”työterveyshuolto”" },
      { query: "koordinaattori", finds: urls.actor("tyokykykoordinaattori"), first: true },
      { query: "kuntoutuksen", finds: urls.keyword("kuntoutus") },
    ];
    for (const { query, finds, first, says } of cases) {
      await open(`${urls.search()}?q=${encodeURIComponent(query)}`);
      const { status, paths } = await searchResults(tab, query);
      assert.ok(first ? paths[0] === finds : paths.includes(finds), `"${query}" → ${paths.slice(0, 5).join(", ")}`);
      if (says) assert.ok(status.includes(says), `"${query}": ${status}`);
      await noProblems(`search for "${query}"`);
    }
  });

  flows("search: a typo, typed, offers its correction as a link, and the link searches it", async () => {
    await open(urls.search());
    await tab.type("#search-q", "psykoloki");
    const typo = await searchResults(tab, "psykoloki");
    assert.ok(typo.status.includes("Tarkoititko"), typo.status);
    assert.is(typo.paths[0], urls.actor("psykologi"), "the best correction is searched at once");
    await tab.click("#search-status a");
    const corrected = await searchResults(tab, "psykologi");
    assert.is(await tab.evaluate(() => new URLSearchParams(location.search).get("q")), "psykologi");
    assert.is(corrected.paths[0], urls.actor("psykologi"));
    assert.not.ok(corrected.status.includes("Tarkoititko"), "a known word needs no correction");
    await noProblems("typo and correction");
  });

  flows("the header's search box opens the search page with its results", async () => {
    await open(urls.situation("tyoton"));
    await tab.type("#header-search-q", "työkokeilu\n");
    await arrivedAt(tab, urls.search());
    assert.ok((await searchResults(tab, "työkokeilu")).paths.length > 0);
    await noProblems("header search");
  });

  flows("a pathway's tick survives a reload, and Tyhjennä rastit clears it", async () => {
    await open(urls.pathway("tyoton", "tertiaarivaihe"));
    const ready = () => document.querySelector<HTMLElement>(".checklist__buttons")?.hidden === false;
    await waitFor(tab, "the checklist's buttons", ready);
    await tab.click('.checklist input[type="checkbox"]');
    const first = await ticked(tab);
    assert.is(first.length, 1);
    await tab.reload();
    await waitFor(tab, "the checklist after the reload", ready);
    assert.equal(await ticked(tab), first);
    await tab.click("[data-clear]");
    assert.equal(await ticked(tab), []);
    await tab.reload();
    await waitFor(tab, "the checklist after clearing", ready);
    assert.equal(await ticked(tab), []);
    await noProblems("checklist");
  });

  flows("at 320 CSS px no page scrolls sideways or cuts text off", async () => {
    for (const path of NARROW_PAGES) {
      await open(path);
      await tab.layOutAt(320);
      if (path.startsWith(urls.search())) await searchResults(tab, "kela");
      const layout = await tab.evaluate(() => {
        // The layout's width, where text must fit (an emulated width is not the window's: see webkit.ts).
        const width = document.documentElement.getBoundingClientRect().width;
        return { width, problems: probes.reflowProblems(width) };
      });
      assert.ok(Math.abs(layout.width - 320) <= 16, `${path} was laid out ${layout.width} px wide, not 320`);
      assert.equal(layout.problems, [], path);
      await noProblems(`${path} at 320 px`);
    }
  });

  flows("the problem probe sees a CSP violation and a Trusted Types refusal", async () => {
    await open(urls.home());
    await tab.evaluate(() => {
      // An image from another origin (img-src 'self') and HTML from a string (require-trusted-types-for).
      document.body.append(Object.assign(document.createElement("img"), { src: "https://example.org/x.png" }));
      setTimeout(() => (document.body.innerHTML += "<b>x</b>"));
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const problems = (await tab.takeProblems()).join("\n");
    assert.ok(/CSP violation: img-src https:\/\/example\.org/.test(problems), problems);
    // An engine without Trusted Types (Firefox 140 ESR) has none to refuse.
    if (await tab.evaluate(() => "trustedTypes" in window))
      assert.ok(/require-trusted-types-for|TrustedHTML|Trusted ?Type/i.test(problems), problems);
  });

  flows.run();
}
