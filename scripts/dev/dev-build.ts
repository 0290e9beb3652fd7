/**
 * The preview's builds, run in a long-lived worker process so that modules,
 * Eleventy's config and the last good handbook stay warm: each change redoes
 * only the stages it affects, and the search index (the slowest stage) waits
 * until the editor pauses.
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
import { sitePathPrefix } from "../../lib/site-config.ts";
import { writeAssets, writeStylesheet, type AssetUrls } from "../site/assets.ts";
import { listFiles } from "../../lib/list-files.ts";
import { forgetTemplates, runEleventy } from "../site/eleventy.ts";
import { writeHostFiles } from "../site/host-files.ts";
import { writeSearchIndex } from "../search/search-index.ts";
import { buildData } from "../data/data-step.ts";
import { formatProblem } from "../data/problems.ts";
import type { ChangeKind } from "./changes.ts";
import type { DevStatus } from "./status.ts";

/** Everything: the first build, and after a change to the build's own code. */
export type BuildScope = Exclude<ChangeKind, "code"> | "everything";

export type BuildOutcome =
  | { readonly ok: true; readonly reload: "styles" | "page"; readonly ms: number }
  | { readonly ok: false; readonly status: Exclude<DevStatus, { state: "ok" }>; readonly ms: number };

/** How long the editor must pause before the search index is rebuilt. */
const INDEX_AFTER_IDLE_MS = 1500;

/** Replaces any offline worker a browser kept for this origin, then removes itself and its caches. */
const SELF_REMOVING_SERVICE_WORKER = `// npm start: no offline cache while editing.
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(
  caches.keys().then((names) => Promise.all(names.map((name) => caches.delete(name)))).then(() => self.registration.unregister())
));
`;

export function createDevBuilder(siteDir: string) {
  const pathPrefix = sitePathPrefix();
  let handbook: Handbook | undefined;
  let assetUrls: AssetUrls | undefined;
  /** Builds run one at a time, in order; the index runs beside them and again if a build landed meanwhile. */
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => undefined);
    return next;
  };

  // "dev": the preview has no offline cache to name (its service worker removes itself).
  const eleventy = () => runEleventy(siteDir, { handbook: handbook!, assets: assetUrls!, build: { id: "dev" } });

  async function content(): Promise<BuildOutcome | undefined> {
    const started = performance.now();
    const data = await buildData("content", HANDBOOK_JSON);
    if (!data.ok)
      return {
        ok: false,
        status: { state: "content-problems", problems: data.problems.map(formatProblem) },
        ms: performance.now() - started,
      };
    handbook = data.handbook;
    return undefined;
  }

  async function assets(): Promise<void> {
    assetUrls = await writeAssets(siteDir, handbook!, "stable");
  }

  /** A page template is compiled on its own; a layout or component is compiled into every page that uses it. */
  async function forgetChanged(paths: readonly string[]): Promise<void> {
    const shared = paths.some((path) => path.startsWith("src/_includes/"));
    await forgetTemplates(shared ? [...(await listFiles("src/pages")), ...(await listFiles("src/_includes"))] : paths);
  }

  async function stages(scope: BuildScope, paths: readonly string[]): Promise<BuildOutcome> {
    const started = performance.now();
    const done = (reload: "styles" | "page"): BuildOutcome => ({ ok: true, reload, ms: performance.now() - started });
    if (scope === "styles") {
      await writeStylesheet(siteDir, "stable");
      return done("styles");
    }
    if (scope === "everything" || scope === "content" || !handbook) {
      const rejected = await content();
      if (rejected) return rejected;
    }
    if (scope === "templates") await forgetChanged(paths);
    if (scope !== "templates" || !assetUrls) await assets();
    if (scope !== "scripts") await eleventy();
    if (scope === "everything") await writeHostFiles(siteDir, pathPrefix);
    return done("page");
  }

  let indexTimer: NodeJS.Timeout | undefined;
  let indexing = false;
  let indexStale = false;
  const indexWhenIdle = () => {
    clearTimeout(indexTimer);
    indexTimer = setTimeout(() => void index(), INDEX_AFTER_IDLE_MS);
  };
  async function index(): Promise<void> {
    if (indexing) {
      indexStale = true;
      return;
    }
    indexing = true;
    try {
      await writeSearchIndex(siteDir);
      await writeFile(join(siteDir, "sw.js"), SELF_REMOVING_SERVICE_WORKER);
    } catch (error) {
      console.error(error);
    } finally {
      indexing = false;
      if (indexStale) {
        indexStale = false;
        indexWhenIdle();
      }
    }
  }

  return {
    /** Redoes what `scope` affects (`paths`: the files saved); never throws: a failure is an outcome the overlay shows. */
    build(scope: BuildScope, paths: readonly string[]): Promise<BuildOutcome> {
      clearTimeout(indexTimer);
      return serially(async () => {
        const started = performance.now();
        try {
          const outcome = await stages(scope, paths);
          if (outcome.ok && outcome.reload === "page") indexWhenIdle();
          return outcome;
        } catch (error) {
          return {
            ok: false,
            status: { state: "build-failed", error: describeError(error) },
            ms: performance.now() - started,
          };
        }
      });
    },
  };
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
