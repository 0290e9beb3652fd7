/**
 * The whole pipeline (npm run build is its command line, scripts/build.ts):
 * content/ → handbook.json → (an edition laid over it) → _site/ → search
 * index → service worker. Stops at the first failing stage; content and
 * edition errors are printed with file:line:col. The site is built beside the
 * live one and swapped in at the end, so a failed build leaves the last good site.
 */
import { writeFile } from "node:fs/promises";
import type { DataResult } from "../data/data-step.ts";
import { dataStep, nationalInputs } from "../data/data-thread.ts";
import { formatProblem, formatWarning } from "../data/problems.ts";
import { editionDir, editionOutputDir } from "../edition/edition-settings.ts";
import { startEdition } from "../edition/kept-edition.ts";
import { makeAssets, siteAssets, writeAssetFiles, writeDictionary, writeLogo, type Assets } from "./assets.ts";
import { inBackground } from "./in-background.ts";
import { computeBuildId } from "./build-id.ts";
import type { SiteEdition } from "./eleventy.ts";
import { writeHostFiles } from "./host-files.ts";
import { precacheList } from "./precache-list.ts";
import { closeSearchIndexing, startSearchIndex } from "../search/search-index.ts";
import { removeTree } from "./remove-tree.ts";
import { BUILD_ID_STAND_IN, reuseRenders } from "./render-reuse.ts";
import { writeServiceWorker } from "./service-worker.ts";
import { restoreInterruptedSwap, swapDirectory } from "./swap-directory.ts";
import { listenToRenderedPages } from "../../lib/rendered-pages.ts";
import { languageHandbooks } from "../translation/language-handbooks.ts";
import { translationsRoot } from "../translation/load-translation.ts";
import type { Handbook } from "../../lib/handbook/handbook.ts";
import { NATIONAL_LANGUAGE } from "../../lib/languages.ts";
import { deployment, siteDir, type DeploymentDefaults } from "../../lib/site-config.ts";
import { todayIso } from "../../lib/handbook/review.ts";
import { once } from "../../lib/once.ts";

export const SITE_DIR = siteDir();

export interface BuildOptions {
  /** The edition folder to lay over the national content (default: EDITION). */
  readonly edition?: string | undefined;
  /** Where to build (default: SITE_DIR). */
  readonly siteDir?: string;
  /** The national content when the run has read it, or is reading it, already. */
  readonly national?: Handbook | Promise<Handbook | undefined>;
}

/**
 * What every edition of a run shares, read or made once (scripts/site/build-editions.ts): the national
 * content and its fingerprint, its assets, and the hash of the build's inputs (hashBuildInputs). Plain data, sent to threads.
 */
export interface SharedByEditions {
  readonly national: Handbook;
  /** What the national content is made from, as the editions' kept results depend on it (nationalInputs). */
  readonly nationalInputs: string | undefined;
  readonly assets: Assets;
  readonly inputs: string;
}

/** Runs a stage and notes its time in ms. */
async function timed<T>(stages: Record<string, number>, name: string, stage: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await stage();
  stages[name] = Math.round(performance.now() - started);
  return result;
}

/**
 * Eleventy and the build's code that drives it, loaded once, when first asked: a build asks before it waits
 * for the content, which (compiled) the data step's worker reads meanwhile.
 */
export const loadEleventy = once(() => inBackground(import("./eleventy.ts")));

/**
 * The data step's result (the national content, validated and linked: once per run, for every edition in
 * it; started now unless given), its notices and warnings printed; undefined (after printing why) when
 * content/ is rejected.
 */
export async function readNational(step: Promise<DataResult> = dataStep()): Promise<Handbook | undefined> {
  const data = await step;
  for (const notice of data.notices) console.log(notice);
  if (!data.ok) {
    for (const problem of data.problems) console.error(formatProblem(problem));
    console.error(`\n${data.problems.length} problem(s) in content/ — the site was not rebuilt.`);
    return undefined;
  }
  for (const warning of data.warnings) console.warn(formatWarning(warning));
  return data.handbook;
}

/** The whole build: rendered beside the output folder, then finished (indexed, swapped in). */
export async function build(options: BuildOptions = {}): Promise<boolean> {
  try {
    const finish = await render(options);
    return finish ? await finish() : false;
  } finally {
    await closeSearchIndexing();
  }
}

/** Indexes a rendered site, writes its service worker and swaps it in. */
type Finish = () => Promise<true>;

/**
 * The data step (unless given), the edition and the translations read and
 * checked, then the site's assets and pages written beside its output
 * folder; false (after printing why) when an input is rejected.
 */
async function render(
  options: BuildOptions & { readonly shared?: SharedByEditions; readonly reuse?: boolean },
): Promise<Finish | false> {
  const started = performance.now();
  const { shared } = options;
  restoreInterruptedSwap(options.siteDir ?? SITE_DIR);
  const stages: Record<string, number> = {};
  const eleventy = loadEleventy();
  const site = shared ? undefined : siteAssets();
  const editionFolder = "edition" in options ? options.edition : editionDir();
  // The edition's files are read and parsed while the data step reads the content (unless the step's
  // result is kept): checked against it next.
  const readEdition = editionFolder && startEdition(editionFolder, shared ? shared.nationalInputs : nationalInputs());
  const national = await timed(stages, "data", async () => shared?.national ?? options.national ?? readNational());
  if (!national) return false;
  let edition: SiteEdition | undefined;
  let logoSvg: string | undefined;
  let defaults: DeploymentDefaults = {};
  if (readEdition) {
    const read = await timed(stages, "edition", () => readEdition(national));
    if (!read.ok) {
      for (const problem of read.problems) console.error(formatProblem(problem));
      console.error(`\n${read.problems.length} problem(s) in ${editionFolder}/ — the site was not rebuilt.`);
      return false;
    }
    for (const warning of read.warnings) console.warn(formatWarning(warning));
    ({ edition, logoSvg, defaults } = read);
  }
  // It hashes the handbook JSON that the data step has just written, and the edition's files as the
  // edition step left them (it writes their schemas and the record of national texts).
  const id = computeBuildId(editionFolder, shared?.inputs);
  const settings = deployment(process.env, defaults);
  const { languages } = settings;
  const translated = await languageHandbooks(languages, national, translationsRoot(process.env, editionFolder));
  if (!translated.ok) {
    for (const problem of translated.problems) console.error(formatProblem(problem));
    const count = translated.problems.length;
    console.error(`\n${count} problem(s) in the ${translated.language} translation — the site was not rebuilt.`);
    return false;
  }
  for (const warning of translated.warnings) console.warn(formatWarning(warning));
  const outputDir = options.siteDir ?? settings.siteDir;
  const next = `${outputDir}-next`;
  await removeTree(next);
  const made = shared?.assets ?? makeAssets(national, "content-hashed", site);
  const assets = await timed(stages, "assets", async () => writeAssetFiles(next, await made));
  if (edition && logoSvg !== undefined) edition = { ...edition, logo: await writeLogo(next, logoSvg) };
  const { buildTemplates, runEleventy } = await timed(stages, "eleventyLoading", () => eleventy);
  // Pagefind reads each page while the next ones render.
  const indexing = startSearchIndex(next);
  listenToRenderedPages(indexing);
  await timed(stages, "eleventy", async () => {
    const templates = await buildTemplates();
    const reusing = shared !== undefined && options.reuse === true;
    if (reusing) reuseRenders(templates.environment, settings.pathPrefix, shared.national, id);
    for (const language of languages) {
      // What the translation lacks, another language's pages show in Finnish, marked so.
      const handbook = translated.handbooks.get(language)!;
      // Each language's search page searches its own words (the national one's dictionary is among the assets).
      const dictionary =
        language === NATIONAL_LANGUAGE ? assets.dictionary : await writeDictionary(next, handbook, language);
      await runEleventy(
        next,
        settings.pathPrefix,
        {
          handbook,
          assets: { ...assets, dictionary },
          build: { id: reusing ? BUILD_ID_STAND_IN : id, date: todayIso() },
          site: { url: settings.url, feedback: settings.feedback, supervisor: settings.supervisor },
          ...(edition ? { edition } : {}),
        },
        { language, languages },
        templates.environment,
      );
    }
    await templates.save();
  }).finally(() => listenToRenderedPages(undefined));
  return async () => {
    await writeHostFiles(next, settings.pathPrefix);
    const { pages } = await timed(stages, "pagefind", () => indexing.write());
    await timed(stages, "serviceWorker", async () => writeServiceWorker(next, precacheList(next), id));
    await swapDirectory(next, outputDir);
    const total = Math.round(performance.now() - started);
    console.log(
      `Built ${outputDir}/ (${id}${edition ? `, edition ${editionFolder}` : ""}): ${pages} pages indexed in ${total} ms.`,
    );
    if (process.env.BUILD_REPORT) {
      // Node's own peak; Pagefind indexes in a process of its own.
      // startedAt: ms from the process's start to the build's (Node starting, then loading the modules).
      const startedAt = Math.round(started);
      stages.other = total - Object.values(stages).reduce((sum, ms) => sum + ms, 0);
      const report = { pages, total, startedAt, stages, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
      await writeFile(process.env.BUILD_REPORT, JSON.stringify(report));
    }
    return true;
  };
}

/**
 * Each edition to its own folder, rendered one after another from what they share (the compiled templates
 * kept for the run), and each one finished (its index written, the edition swapped in) as soon as it is
 * rendered, without waiting for the one before: Pagefind indexes more slowly than the pages render, and
 * finished one at a time the editions kept it idle between them. One Pagefind process serves them all;
 * each thread of a run has its own. What a page renders alike in two editions is rendered once (./render-reuse.ts).
 */
export async function buildEditions(folders: readonly string[], shared: SharedByEditions): Promise<boolean> {
  const finishing: Promise<boolean>[] = [];
  const reuse = folders.length > 1;
  try {
    for (const folder of folders) {
      const finish = await render({ edition: folder, siteDir: editionOutputDir(folder), shared, reuse });
      finishing.push(finish ? inBackground(finish()) : Promise.resolve(false));
    }
    return (await Promise.all(finishing)).every(Boolean);
  } finally {
    await closeSearchIndexing();
  }
}
