/**
 * The editing loop's builds, run in a long-lived worker process so that modules,
 * Eleventy's config and the last good handbook stay warm: each change redoes
 * only the stages it affects (and what a failed build left undone), and the
 * search index (the slowest stage) waits until the editor pauses.
 *
 * Differences from `npm run build`, all so that an edit shows at once:
 * assets keep stable names (a CSS edit swaps the stylesheet in place), the
 * site is written in place (a content error stops before anything is
 * written, so the last good site stays), and the offline service worker is
 * replaced by one that removes itself (it would serve cached copies of
 * what is being edited).
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { HANDBOOK_JSON, type Handbook } from "../../lib/handbook/handbook.ts";
import { NATIONAL_LANGUAGE, type Language } from "../../lib/languages.ts";
import { deployment, type DeploymentDefaults } from "../../lib/site-config.ts";
import { writeAssets, writeDictionary, writeLogo, writeStylesheet, type AssetUrls } from "../site/assets.ts";
import { listFiles } from "../../lib/list-files.ts";
import { forgetTemplates, runEleventy, type SiteEdition } from "../site/eleventy.ts";
import { writeHostFiles } from "../site/host-files.ts";
import { writeSearchIndex } from "../search/search-index.ts";
import { buildData } from "../data/data-step.ts";
import { formatProblem, formatWarning, type Problem } from "../data/problems.ts";
import { editionDir } from "../edition/edition-settings.ts";
import { readEdition } from "../edition/edition-step.ts";
import { languageHandbooks } from "../translation/language-handbooks.ts";
import { translationsRoot } from "../translation/load-translation.ts";
import { planBuild, type BuildRequest } from "./build-plan.ts";
import type { DevStatus } from "./status.ts";
import { todayIso } from "../../lib/handbook/review.ts";

export type BuildOutcome = (
  | { readonly ok: true; readonly reload: "styles" | "page" }
  | { readonly ok: false; readonly status: Exclude<DevStatus, { state: "ok" }> }
) & {
  readonly ms: number;
  /** What npm run build would print beside the site as built: the data step's notices (skipped scratch files) and warnings (overdue reviews, an edition's stale notes). */
  readonly notices: readonly string[];
};

/** What the search index pass tells the dev server: it runs beside the builds, whenever the editor pauses. */
export type SearchIndexEvent =
  | { readonly type: "indexing" }
  | { readonly type: "indexed"; readonly ms: number }
  | { readonly type: "index-failed"; readonly error: string };

/** How long the editor must pause before the search index is rebuilt. */
const INDEX_AFTER_IDLE_MS = 1500;

/** Replaces any offline worker a browser kept for this origin, then removes itself and its caches. */
const SELF_REMOVING_SERVICE_WORKER = `// npm start: no offline cache while editing.
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(
  caches.keys().then((names) => Promise.all(names.map((name) => caches.delete(name)))).then(() => self.registration.unregister())
));
`;

/** Builds are asked for one at a time (scripts/dev/build-process.ts sees to it). */
export function createDevBuilder(siteDir: string, onSearchIndex: (event: SearchIndexEvent) => void) {
  const editionFolder = editionDir();
  /** The site's languages (LANGUAGES, else the edition's) and the handbook in each, as npm run build makes them. */
  let languages: readonly Language[] = [NATIONAL_LANGUAGE];
  let handbooks: ReadonlyMap<Language, Handbook> | undefined;
  /** Each language's search dictionary: the national one is among the assets. */
  let dictionaries = new Map<Language, string>();
  let edition: SiteEdition | undefined;
  let logoSvg: string | undefined;
  let defaults: DeploymentDefaults = {};
  let assetUrls: AssetUrls | undefined;
  /** The last data step's notices: they hold until the data step runs again. */
  let notices: readonly string[] = [];
  /** What the last build failed to do: the next one does it too, so its outcome speaks for every file. */
  let undone: BuildRequest | undefined;

  // "dev": the editing loop has no offline cache to name (its service worker removes itself).
  const eleventy = async () => {
    const settings = deployment(process.env, defaults);
    const site = { url: settings.url, feedback: settings.feedback, supervisor: settings.supervisor };
    for (const language of languages) {
      const globals = {
        handbook: handbooks!.get(language)!,
        assets: { ...assetUrls!, dictionary: dictionaries.get(language) ?? assetUrls!.dictionary },
        build: { id: "dev", date: todayIso() },
        site,
      };
      await runEleventy(siteDir, settings.pathPrefix, edition ? { ...globals, edition } : globals, {
        language,
        languages: [...languages],
      });
    }
  };

  async function content(): Promise<BuildOutcome | undefined> {
    const started = performance.now();
    const refused = (problems: readonly Problem[]): BuildOutcome => ({
      ok: false,
      status: { state: "content-problems", problems: problems.map(formatProblem) },
      ms: performance.now() - started,
      notices,
    });
    const data = await buildData("content", HANDBOOK_JSON);
    notices = data.notices;
    if (!data.ok) return refused(data.problems);
    notices = [...notices, ...data.warnings.map(formatWarning)];
    if (editionFolder) {
      const read = await readEdition(editionFolder, data.handbook);
      if (!read.ok) return refused(read.problems);
      notices = [...notices, ...read.warnings.map(formatWarning)];
      ({ edition, logoSvg, defaults } = read);
    }
    languages = deployment(process.env, defaults).languages;
    const translated = await languageHandbooks(languages, data.handbook, translationsRoot(process.env, editionFolder));
    if (!translated.ok) return refused(translated.problems);
    notices = [...notices, ...translated.warnings.map(formatWarning)];
    handbooks = translated.handbooks;
    return undefined;
  }

  async function assets(): Promise<void> {
    assetUrls = await writeAssets(siteDir, handbooks!.get(NATIONAL_LANGUAGE)!, "stable");
    dictionaries = new Map();
    for (const language of languages.filter((code) => code !== NATIONAL_LANGUAGE))
      dictionaries.set(language, await writeDictionary(siteDir, handbooks!.get(language)!, language, "stable"));
    if (edition && logoSvg !== undefined) edition = { ...edition, logo: await writeLogo(siteDir, logoSvg, "stable") };
  }

  /** A page template is compiled on its own; a layout or component is compiled into every page that uses it. */
  async function forgetChanged(paths: readonly string[]): Promise<void> {
    const shared = paths.some((path) => path.startsWith("src/_includes/"));
    await forgetTemplates(shared ? [...listFiles("src/pages"), ...listFiles("src/_includes")] : paths);
  }

  async function stages(request: BuildRequest): Promise<BuildOutcome> {
    const started = performance.now();
    const done = (reload: "styles" | "page"): BuildOutcome => ({
      ok: true,
      reload,
      ms: performance.now() - started,
      notices,
    });
    const plan = planBuild(request);
    if (plan.stylesheetOnly) {
      await writeStylesheet(siteDir, "stable");
      return done("styles");
    }
    if (plan.data) {
      const rejected = await content();
      if (rejected) return rejected;
    }
    if (plan.templates.length > 0) await forgetChanged(plan.templates);
    if (plan.assets) await assets();
    if (plan.pages) await eleventy();
    if (plan.hostFiles) await writeHostFiles(siteDir, deployment(process.env, defaults).pathPrefix);
    return done("page");
  }

  /** The search index is written for the site as built: the number of builds that changed pages, and the one it is written for. */
  let pagesBuilt = 0;
  let indexedFor = 0;
  let indexing = false;
  let indexTimer: NodeJS.Timeout | undefined;
  const indexWhenIdle = () => {
    clearTimeout(indexTimer);
    if (!indexing && indexedFor !== pagesBuilt) indexTimer = setTimeout(() => void index(), INDEX_AFTER_IDLE_MS);
  };
  async function index(): Promise<void> {
    indexing = true;
    const started = performance.now();
    const version = pagesBuilt;
    onSearchIndex({ type: "indexing" });
    try {
      await writeSearchIndex(siteDir);
      await writeFile(join(siteDir, "sw.js"), SELF_REMOVING_SERVICE_WORKER);
      onSearchIndex({ type: "indexed", ms: Math.round(performance.now() - started) });
    } catch (error) {
      onSearchIndex({ type: "index-failed", error: describeError(error) });
    } finally {
      // Done for this version of the site even if it failed: the next build tries again.
      indexedFor = version;
      indexing = false;
      // Pages built meanwhile were perhaps read half-written: index them again.
      indexWhenIdle();
    }
  }

  return {
    /** Redoes what the request needs, and what the last build left undone; never throws: a failure is an outcome the overlay shows. */
    async build(requested: BuildRequest): Promise<BuildOutcome> {
      clearTimeout(indexTimer);
      const request = undone ? merged(undone, requested) : requested;
      const started = performance.now();
      let outcome: BuildOutcome;
      try {
        outcome = await stages(request);
      } catch (error) {
        const status = { state: "build-failed", error: describeError(error) } as const;
        outcome = { ok: false, status, ms: performance.now() - started, notices };
      }
      undone = outcome.ok ? undefined : request;
      if (outcome.ok && outcome.reload === "page") pagesBuilt++;
      indexWhenIdle();
      return outcome;
    },
  };
}

function merged(a: BuildRequest, b: BuildRequest): BuildRequest {
  return a === "everything" || b === "everything" ? "everything" : [...new Set([...a, ...b])];
}

/** Eleventy wraps the cause (a Nunjucks error with its file and line) in layers of its own. */
function describeError(error: unknown): string {
  const messages: string[] = [];
  for (
    let cause = error;
    cause instanceof Error && messages.length < 5;
    cause = (cause as Error & { originalError?: unknown }).originalError ?? cause.cause
  ) {
    if (!messages.includes(cause.message)) messages.push(cause.message);
  }
  return messages.join("\n") || String(error);
}
