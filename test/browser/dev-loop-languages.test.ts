/**
 * npm start with LANGUAGES=fi,sv and TRANSLATIONS=<folder> serves the
 * Swedish pages as npm run build writes them, prints the translation's
 * warnings as the build does, and shows a saved translation at once — the
 * translation folder is watched like content/. No browser: the pages are
 * fetched as a static host serves them.
 */
import { cp, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { parse } from "node-html-parser";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { scratchProject, type ScratchProject } from "../../scripts/bench/scratch-project.ts";
import { startEditingLoop, type EditingLoop } from "../../scripts/dev/start-process.ts";
import { urlsIn } from "../../lib/urls.ts";
import { text } from "../helpers/site.ts";
import { FIXTURE_TRANSLATIONS } from "../helpers/swedish-site.ts";

/** The fixture translation, copied into the scratch project: outside content/, as an organisation's would be. */
const TRANSLATIONS = "kaannokset";
const SITUATIONS = `${TRANSLATIONS}/sv/situations.yaml`;
/** The Swedish page of a translated situation. */
const PAGE = urlsIn("sv").situation("tyoton");
/** Far above any build here. */
const TIMEOUT_MS = 60_000;

let project: ScratchProject;
let loop: EditingLoop;

test.before(async () => {
  project = await scratchProject("dev-loop-languages");
  await cp(FIXTURE_TRANSLATIONS, join(project.dir, TRANSLATIONS), { recursive: true });
  // A translation that records no Finnish text: the build goes on, and warns.
  const situations = join(project.dir, SITUATIONS);
  const fixture = await readFile(situations, "utf8");
  const unrecorded = fixture.replace(/^(tyoton:\n) {2}from: \w+\n/m, "$1");
  assert.not.equal(unrecorded, fixture, "the fixture's tyoton no longer records its Finnish text");
  await writeFile(situations, unrecorded);
  loop = await startEditingLoop(project.dir, { LANGUAGES: "fi,sv", TRANSLATIONS });
});

test.after(async () => {
  await loop.stop();
  await project.remove();
});

async function heading(url: string): Promise<{ lang: string | undefined; h1: string }> {
  const response = await fetch(new URL(url.replace(/^\//, ""), loop.url));
  assert.is(response.status, 200, url);
  const page = parse(await response.text());
  return { lang: page.querySelector("html")?.getAttribute("lang"), h1: text(page.querySelector("h1")) };
}

test("the Swedish pages are served beside the Finnish ones, translated", async () => {
  assert.equal(await heading(PAGE), { lang: "sv", h1: "Stöd för arbetslösas arbetsförmåga" });
  assert.is((await heading(urlsIn("fi").situation("tyoton"))).lang, "fi");
});

test("the translation's warnings are printed as npm run build prints them", () => {
  assert.match(loop.output(), `warning: ${SITUATIONS}:`);
  assert.match(loop.output(), "records no Finnish text");
});

test("a saved translation shows at once", async () => {
  const situations = join(project.dir, SITUATIONS);
  await writeFile(
    situations,
    (await readFile(situations, "utf8")).replace(
      "title: Stöd för arbetslösas arbetsförmåga",
      "title: Stöd för arbetslösas arbetsförmåga (ändrad)",
    ),
  );
  const started = Date.now();
  while ((await heading(PAGE)).h1 !== "Stöd för arbetslösas arbetsförmåga (ändrad)") {
    assert.ok(Date.now() - started < TIMEOUT_MS, `the saved translation did not show:\n${loop.output()}`);
    await sleep(250);
  }
});

test.run();
