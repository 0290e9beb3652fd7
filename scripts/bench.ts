/**
 * npm run bench [-- --quick] — how the build scales and how light the pages
 * are. For 10, 100 and 150 synthetic client situations (10 and 100 with
 * --quick): the real full build's stages, ms per page, peak memory, site and
 * index size, beside a bare Eleventy build of as many plain Markdown pages.
 * Then the same pages built by Material for MkDocs beside ours, when MkDocs
 * is installed, with where our time went. Then what the example edition adds
 * to a build of the real content, and many editions in one run.
 * Then the editing loop (npm start): save → open tab updated, for a content,
 * a template and a stylesheet edit, on the real content and on 100
 * situations. Then Lighthouse on the real site's home, a situation page and
 * the search page, the whole-handbook print page's pages as a PDF, and the
 * judged search queries (ours against plain Pagefind, per kind, with the
 * keystroke-to-results time). The full run writes bench/RESULTS.md.
 * Exits non-zero if Lighthouse scores are below 100 (accessibility), 98
 * (performance) or 95 (the rest).
 */
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";
import { parseArgs, promisify } from "node:util";
import { belowMinimum, CATEGORIES, lighthouseScores } from "./bench/lighthouse.ts";
import { editLatencyMedians } from "./bench/edit-latency.ts";
import { scratchProject } from "./bench/scratch-project.ts";
import { BENCH_SIZES } from "./bench/synthetic-content.ts";
import { launchBrowser } from "./browser/chromium.ts";
import { startEditingLoop } from "./dev/start-process.ts";
import {
  measureBareEleventy,
  measureEditionCost,
  measureManyEditions,
  measureOurBuild,
  type OurBuild,
} from "./bench/measure.ts";
import { EXAMPLE_EDITION } from "./edition/edition-settings.ts";
import { buildCommand } from "./site/build-inputs.ts";
import { measureRecall, recallMarkdown } from "./search/recall.ts";
import { printHandbook } from "./bench/print-pages.ts";
import { INSTALL_MKDOCS, measureSideBySide, mkdocsVersion } from "./bench/yardstick.ts";
import { serveStatic } from "./serve/static-server.ts";
import { urls } from "../lib/urls.ts";

const { values } = parseArgs({ options: { quick: { type: "boolean", default: false } } });
const sizes = values.quick ? BENCH_SIZES.slice(0, 2) : BENCH_SIZES;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
const lines: string[] = [];
const say = (line = "") => {
  console.log(line);
  lines.push(line);
};

say(`# Benchmark${values.quick ? " (quick)" : ""}`);
say();
say(
  `${new Date().toISOString().slice(0, 10)} · ${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB · Node ${process.version}`,
);
say();
say("## Build");
say();
say(
  "A fresh copy of the project for each size, built twice; the builds' own totals (process start-up not counted): the first with nothing kept yet (a fresh copy's generated/: the compiled templates, V8's code cache, the data step's result), then the second, stage by stage.",
);
say();
say(
  "| situations | pages | first build | data | assets | Eleventy | Pagefind | service worker | total | ms/page | peak RSS (Node) | _site | index | bare Eleventy | ours / bare |",
);
say("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
const builds: OurBuild[] = [];
for (const situations of sizes) {
  const ours = await measureOurBuild(situations);
  const bare = await measureBareEleventy(ours.pages);
  builds.push(ours);
  const s = ours.stages;
  say(
    `| ${situations} | ${ours.pages} | ${ours.firstMs} ms | ${s.data} | ${s.assets} | ${s.eleventy} | ${s.pagefind} | ${s.serviceWorker} | ${ours.totalMs} ms | ${(ours.totalMs / ours.pages).toFixed(1)} | ${ours.peakRssMb} MB | ${kb(ours.siteBytes)} | ${kb(ours.indexBytes)} | ${bare} ms | ${(ours.totalMs / bare).toFixed(2)} |`,
  );
}
const first = builds[0]!;
const last = builds.at(-1)!;
say();
say(
  `Scaling: ${(first.totalMs / first.pages).toFixed(1)} ms/page at ${first.size.situations} situations, ${(last.totalMs / last.pages).toFixed(1)} ms/page at ${last.size.situations}.`,
);

say();
say("## Beside Material for MkDocs");
say();
const mkdocs = await mkdocsVersion();
if (!mkdocs) {
  say(`Not measured: MkDocs is not installed (\`${INSTALL_MKDOCS}\`; the benchmark installs nothing).`);
} else {
  const yardstickRounds = values.quick ? 1 : 5;
  say(
    `The same pages (each of ours as its main content's Markdown, MkDocs' default navigation of every page) built by ${mkdocs} with the Material theme and its search, and by us: \`npm run build\` and \`mkdocs build\` in fresh processes, alternately, ${yardstickRounds} time(s) each (3 at 100 situations); medians of the wall clock, and of each pair's ratio. Target: ours / MkDocs ≤ 1.00. Then where our time went (medians, ms: npm, Node's own start, module loading, then the build's own report; the data step's result is kept from the round before, the content being unchanged (else it runs in a worker thread while the main thread loads Eleventy, which eleventyLoading waits for if it is not done); hyphenation is part of Eleventy's time).`,
  );
  say();
  const sides = [
    { label: "the real content", side: await measureSideBySide(yardstickRounds) },
    { label: "100 situations", side: await measureSideBySide(values.quick ? 1 : 3, 100) },
  ];
  const stageNames = Object.keys(sides[0]!.side.stages);
  say(`| content | pages | ours | MkDocs | ours / MkDocs | ${stageNames.join(" | ")} |`);
  say(`| --- | ---: | ---: | ---: | ---: | ${stageNames.map(() => "---:").join(" | ")} |`);
  for (const { label, side } of sides)
    say(
      `| ${label} | ${side.pages} | ${Math.round(side.oursMs)} ms | ${Math.round(side.mkdocsMs)} ms | ${side.ratio.toFixed(2)} | ${stageNames.map((name) => Math.round(side.stages[name] ?? 0)).join(" | ")} |`,
    );
}

say();
say("## An edition");
say();
const editionRounds = values.quick ? 1 : 5;
const cost = await measureEditionCost(editionRounds);
say(
  `The real content built without and with the example edition (${EXAMPLE_EDITION}/), alternately, ${editionRounds} time(s) each; medians of the wall clock, Node's start-up included, npm's not; the edition step's result kept from the round before, like the data step's (neither changes). Target: an edition costs at most 15 % more.`,
);
say();
say("| national | edition | edition / national |");
say("| ---: | ---: | ---: |");
say(`| ${cost.nationalMs} ms | ${cost.editionMs} ms | ${(cost.editionMs / cost.nationalMs).toFixed(2)} |`);
say();
const editionCounts = values.quick ? [1, 5] : [1, 5, 20];
const many = await measureManyEditions([
  ...editionCounts.map((editions) => ({ editions, distinct: false })),
  { editions: editionCounts.at(-1)!, distinct: true },
]);
say(
  `Many editions in one run (\`npm run build -- --edition … --edition …\`, copies of the example, each to its own folder, shared out among one thread per two cores (the default); wall clock, Node's start-up included, npm's not) against a national build the same way, taking turns: medians of 3 rounds; the national build took ${many.nationalMs} ms. The last row's copies each have names of their own (the organisation's and the contacts', numbered), as a real run's editions differ: every page's header differs, and each page of local contacts. Target: 20 editions cost less than 5 national builds.`,
);
say();
say("| editions | total | per edition | each extra edition | total / national builds |");
say("| ---: | ---: | ---: | ---: | ---: |");
const one = many.runs[0]!;
for (const { editions, distinct, ms } of many.runs) {
  const extra = editions > 1 ? `${Math.round((ms - one.ms) / (editions - 1))} ms` : "—";
  const label = distinct ? `${editions}, each its own names` : `${editions}`;
  say(`| ${label} | ${ms} ms | ${Math.round(ms / editions)} ms | ${extra} | ${(ms / many.nationalMs).toFixed(2)} |`);
}

say();
say("## Editing loop (npm start)");
say();
say(
  "Median ms from saving a file to the open home page showing the change (5 saves each; a stylesheet is swapped in place, the rest reload the page). Targets: ≤ 1 000 ms on the real content, ≤ 5 000 ms at 100 situations, ≤ 300 ms for a stylesheet.",
);
say();
say("| content | content edit | template edit | stylesheet edit |");
say("| --- | ---: | ---: | ---: |");
for (const situations of [undefined, 100]) {
  const project =
    situations === undefined ? await scratchProject("edit-latency") : await scratchProject("edit-latency", situations);
  const loop = await startEditingLoop(project.dir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(loop.url);
    const medians = await editLatencyMedians(page, project.dir, 5);
    say(
      `| ${situations ? `${situations} situations` : "the real content"} | ${medians.content} | ${medians.template} | ${medians.stylesheet} |`,
    );
  } finally {
    await browser.close();
    await loop.stop();
    await project.remove();
  }
}

// The real site, fresh, for Lighthouse and recall.
await promisify(execFile)(...buildCommand(), { maxBuffer: 64 << 20 });
const server = await serveStatic({ root: "_site", hostHeaders: true });
const pages = {
  home: server.url,
  situation: new URL(`.${urls.situation("tyoton")}`, server.url).href,
  search: new URL(`.${urls.search()}?q=kuntoutus`, server.url).href,
};
const scores = await lighthouseScores(Object.values(pages));
const printBrowser = await launchBrowser();
const printed = await printHandbook(printBrowser, server.url).finally(() => printBrowser.close());
await server.close();
say();
say("## Lighthouse (mobile, median of 3 runs)");
say();
say(`| page | ${CATEGORIES.join(" | ")} |`);
say(`| --- | ${CATEGORIES.map(() => "---:").join(" | ")} |`);
const failures: string[] = [];
for (const [name, url] of Object.entries(pages)) {
  const score = scores.get(url)!;
  say(`| ${name} | ${CATEGORIES.map((c) => score[c]).join(" | ")} |`);
  for (const category of belowMinimum(score)) failures.push(`${name}: ${category} ${score[category]}`);
}

say();
say("## The whole handbook on paper");
say();
say(`The print page (${urls.print()}) printed by Chromium to an A4 PDF: ${printed.pages} pages, ${kb(printed.bytes)}.`);

say();
say("## Search: the judged query set");
say();
say(recallMarkdown(await measureRecall("_site", "fi")));

if (!values.quick) {
  await mkdir("bench", { recursive: true });
  await writeFile("bench/RESULTS.md", `${lines.join("\n")}\n`);
  console.log("\nWrote bench/RESULTS.md");
}
if (failures.length) {
  console.error(`\nLIGHTHOUSE BELOW THE BAR: ${failures.join("; ")}`);
  process.exitCode = 1;
}
