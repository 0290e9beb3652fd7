/**
 * npm start never loses a save, whenever it comes: at once after the first
 * page answers; 50 ms, 200 ms and 1 s after the save before; during the
 * search index pass; during a restart of the build worker; twenty files in
 * one instant (a `git checkout`); ten saves in one second. After each, the
 * open tab shows what a clean `npm run build` of the final files shows — the
 * page's text, or the problems overlay with the build's own messages — and
 * every served page is the clean build's page. Each moment is tried in
 * several rounds, each round a fresh `npm start`; a test that passes only
 * sometimes fails here.
 */
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "node-html-parser";
import type { Browser, Page } from "puppeteer-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { scratchProject, type ScratchProject } from "../../scripts/bench/scratch-project.ts";
import { startEditingLoop, type EditingLoop } from "../../scripts/dev/start-process.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { cleanBuilds, normalisePage, type CleanBuild } from "../helpers/clean-build.ts";

const ROUNDS = 3;
/** The page the open tab shows. */
const PAGE = "tilanteet/tyoton/index.html";
const ACTIONS = "content/actions.yaml";
/** A build's own code: saving it restarts the build worker. */
const CODE = "src/eleventy/filters.ts";
/** Far above any build here; a lost save never shows, however long the wait. */
const TIMEOUT_MS = 120_000;

/**
 * Two states of twenty files, every content file and eight templates, each
 * file different between them and each difference visible in the site: the
 * project as it is ("B"), and with a mark in each file ("A").
 */
const MARKED: ReadonlyArray<readonly [file: string, pattern: RegExp]> = [
  [ACTIONS, /^ {4}text: Tunnista työkyvyttömyysriskiä ennakoivat tekijät$/m],
  ["content/actors.yaml", /^ {4}name: TE-toimisto$/m],
  ["content/keywords.yaml", /label: yhteistyö(?= \})/],
  ["content/network.yaml", /^ {2}heading: Yhdessä asiakkaan kanssa$/m],
  ["content/phases.yaml", /^ {4}description: Työkyvyn heikentymisen riski$/m],
  ["content/sources.yaml", /^ {4}lead: Selvitä asiakkaan työkykyä tukeva verkosto\.$/m],
  ["content/situations/tyoton.yaml", /^title: .+$/m],
  ["content/situations/tyossa-ilman-tyoterveyshuoltoa.yaml", /^title: .+$/m],
  ["content/situations/tyoterveyshuollon-piirissa.yaml", /^title: .+$/m],
  ["content/prose/laakarin-kaksoisrooli.md", /\.$/m],
  ["content/prose/verkosto-johdanto.md", /\.$/m],
  ["content/prose/verkostot.md", /\.$/m],
  ...["index", "tilanteet", "toimijat", "vaiheet", "asiasanat", "kuka-voi-tukea", "polut", "saavutettavuusseloste"].map(
    (page) => [`src/pages/${page}.njk`, /\n*$/] as const,
  ),
];
type State = "A" | "B";

let project: ScratchProject;
let loop: EditingLoop;
let browser: Browser;
let tab: Page;
const clean = cleanBuilds();
const states = new Map<State, Map<string, string>>([
  ["A", new Map()],
  ["B", new Map()],
]);
/** The state of the twenty files the current round starts from and comes back to. */
let state: State = "B";
/** Each save's own number, so no check can see an earlier save's text. */
let saves = 0;

const file = (path: string) => join(project.dir, path);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test.before(async () => {
  project = await scratchProject("dev-loop-saves");
  browser = await launchBrowser();
  for (const [path, pattern] of MARKED) {
    const text = await readFile(file(path), "utf8");
    assert.match(text, pattern, `${path}: the test's pattern no longer matches`);
    states.get("B")!.set(path, text);
    const mark = path.endsWith(".njk") ? "\n<!-- tila A -->\n" : path.endsWith(".md") ? " Tila A." : " (tila A)";
    states.get("A")!.set(
      path,
      text.replace(pattern, (found) => `${found}${mark}`),
    );
  }
});

test.after(async () => {
  await browser.close();
  await loop?.stop();
  await project.remove();
  await clean.remove();
});

/** content/actions.yaml of the current state, with save number n in one action's text, or broken YAML. */
function actions(kind: "state" | "saved" | "broken"): string {
  const text = states.get(state)!.get(ACTIONS)!;
  if (kind === "state") return text;
  if (kind === "broken")
    return text.replace(
      "    text: Tunnista työkykyyn liittyvä kuntoutustarve",
      "    text: Tunnista työkykyyn: liittyvä kuntoutustarve",
    );
  return text.replace(
    "text: Selvitä, millainen työura- ja toimeentulotilanne asiakkaalla on",
    `text: Selvitä, millainen työura- ja toimeentulotilanne asiakkaalla on (tallennus ${++saves})`,
  );
}
const save = (path: string, text: string) => writeFile(file(path), text);

/** Polls `probe` until it gives `expected`; fails with what it last gave. */
async function until<T>(what: string, probe: () => Promise<T>, expected: T): Promise<void> {
  const started = performance.now();
  let seen: T | undefined;
  while (performance.now() - started < TIMEOUT_MS) {
    seen = await probe().catch(() => undefined);
    try {
      assert.equal(seen, expected);
      return;
    } catch {
      await sleep(20);
    }
  }
  assert.equal(seen, expected, `${what}: not shown in ${TIMEOUT_MS / 1000} s\n${loop.output().slice(-2000)}`);
}

const mainText = (html: string) => parse(html).querySelector("main")?.textContent ?? "";

/** The open tab, and every page the loop serves, show what a clean build of the project's files shows. */
async function showsCleanBuild(): Promise<void> {
  const expected: CleanBuild = await clean.of(project.dir);
  const shown = () =>
    tab.evaluate(() => ({
      main: document.querySelector("main")?.textContent ?? "",
      problems: [...document.querySelectorAll("#dev-build-problems li code")].map((code) => code.textContent),
    }));
  if (!expected.ok) {
    assert.ok(
      expected.problems.some((problem) => problem.startsWith(`${ACTIONS}:`)),
      expected.problems.join("\n"),
    );
    // Over the last good page: which one that is depends on which of the saves before got built.
    const overlay = async () => {
      const { main, problems } = await shown();
      return { underIt: main !== "", problems };
    };
    await until("the problems overlay", overlay, { underIt: true, problems: [...expected.problems] });
    return;
  }
  await until("the page", shown, { main: mainText(expected.pages.get(PAGE)!), problems: [] });
  const served = async () => {
    const differing: string[] = [];
    for (const [path, html] of expected.pages) {
      const response = await fetch(`${loop.url}${path.replace(/(^|\/)index\.html$/, "$1")}`);
      if (normalisePage(await response.text()) !== html) differing.push(path);
    }
    return differing;
  };
  await until("every page served as the clean build has it", served, []);
}

/** Writes the twenty files of `next` at once, each as a new file, as `git checkout` does. */
async function checkout(next: State): Promise<void> {
  await Promise.all(
    [...states.get(next)!].map(async ([path, text]) => {
      await rm(file(path));
      await writeFile(file(path), text);
    }),
  );
  state = next;
}

/** Resolves when the loop next prints `line`. */
async function printed(line: string): Promise<void> {
  const count = () =>
    loop
      .output()
      .split("\n")
      .filter((printedLine) => printedLine === line).length;
  const before = count();
  await until(line, () => Promise.resolve(count() > before), true);
}

const gaps = [50, 200, 1000];

for (let round = 1; round <= ROUNDS; round++) {
  /** Alternates between rounds, so each moment sees both a good and a broken last save. */
  const broken = (n: number) => (round + n) % 2 === 0;

  test(`round ${round}: a save at once after the first page answers is shown, and one at once after that`, async () => {
    await loop?.stop();
    loop = await startEditingLoop(project.dir);
    tab ??= await browser.newPage();
    await tab.goto(loop.url + PAGE.replace(/index\.html$/, ""));
    await save(ACTIONS, actions("broken"));
    await showsCleanBuild();
    await save(ACTIONS, actions("state"));
    await showsCleanBuild();
  });

  test(`round ${round}: saves ${gaps.join(" ms, ")} ms after the save before`, async () => {
    for (const [n, gap] of gaps.entries()) {
      await save(ACTIONS, actions("saved"));
      await sleep(gap);
      await save(ACTIONS, actions(broken(n) ? "broken" : "state"));
      await showsCleanBuild();
    }
  });

  test(`round ${round}: a save during the search index pass`, async () => {
    const indexing = printed("Updating the search index…");
    await save(ACTIONS, actions("saved"));
    await indexing;
    await save(ACTIONS, actions(broken(0) ? "broken" : "state"));
    await showsCleanBuild();
  });

  test(`round ${round}: a save during a restart of the build worker`, async () => {
    // Saved unchanged, as an editor may: the worker restarts all the same, and the site stays the same.
    const restarting = printed("The build's own code changed: starting a fresh build worker…");
    await save(CODE, await readFile(file(CODE), "utf8"));
    await restarting;
    await save(ACTIONS, actions(broken(1) ? "broken" : "state"));
    await showsCleanBuild();
  });

  test(`round ${round}: ten saves in one second`, async () => {
    for (let n = 1; n < 10; n++) {
      await save(ACTIONS, actions("saved"));
      await sleep(100);
    }
    await save(ACTIONS, actions(broken(2) ? "broken" : "state"));
    await showsCleanBuild();
  });

  // Last in the round, so the next one starts from a good state of the twenty files.
  test(`round ${round}: twenty files changed in one instant, as by git checkout`, async () => {
    await checkout(state === "A" ? "B" : "A");
    await showsCleanBuild();
  });
}

test.run();
