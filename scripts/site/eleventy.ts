import { mkdirSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import Eleventy from "@11ty/eleventy";
import nunjucks from "nunjucks";
import type { Edition } from "../../lib/edition/edition.ts";
import { localizeEdition } from "../../lib/i18n/localize-edition.ts";
import type { Handbook } from "../../lib/handbook/handbook.ts";
import { NATIONAL_LANGUAGE, type Language } from "../../lib/languages.ts";
import type { Deployment } from "../../lib/site-config.ts";
import { urlsIn } from "../../lib/urls.ts";
import type { AssetUrls } from "./assets.ts";
import { cacheCompiledTemplates } from "./template-cache.ts";
import { readUiTable } from "./ui-tables.ts";
import { once } from "../../lib/once.ts";
import configureEleventy from "../../.eleventy.js";

/** The edition as the templates read it: with its logo's URL once the build has written it. */
export interface SiteEdition extends Edition {
  readonly logo?: string;
}

/** Pages only an edition has: without one they are not built at all. */
const EDITION_PAGES = ["src/pages/alueellasi.njk"];

/** What the build hands Eleventy besides the data files in src/_data: known only once the build has run. */
export interface BuildGlobals {
  /** The validated content with its back-links (the data step's output). */
  readonly handbook: Handbook;
  /** The hashed stylesheet, scripts and dictionary (scripts/site/assets.ts). */
  readonly assets: AssetUrls;
  /** `build.id` names the offline cache and Pagefind's metaCacheTag (scripts/site/build-id.ts). */
  /** `build.date` (YYYY-MM-DD) decides which pages still say *Muutettu viimeksi …* (lib/handbook/changes.ts). */
  readonly build: { readonly id: string; readonly date: string };
  /** Deployment settings (lib/site-config.ts): the site's address, feedback channel, supervisor. */
  readonly site: Pick<Deployment, "url" | "feedback" | "supervisor">;
  /** The organisation's edition laid over the national content; without it, the national site. */
  readonly edition?: SiteEdition;
}

/** Which language's pages a run renders, and the languages the site is built in (Finnish first). */
export interface PageLanguages {
  readonly language: Language;
  readonly languages: readonly Language[];
}

const NATIONAL_ONLY: PageLanguages = { language: NATIONAL_LANGUAGE, languages: [NATIONAL_LANGUAGE] };

/** Files of the whole site, written once, by the national language's run. */
const SITE_WIDE_PAGES = ["src/pages/sitemap.njk", "src/pages/robots.njk", "src/pages/manifest.njk"];

/**
 * One Nunjucks environment for all of a build process's Eleventy runs (each
 * edition, each language): its loader keeps the layouts and components it has
 * compiled, which a fresh environment per run (Eleventy's own) compiles again
 * (about 100 ms of CPU per run here). Eleventy's own options and search paths: the
 * includes folder, then the project. Eleventy registers its filters and tags
 * on it at the start of each run. The code its templates compile to is kept
 * between builds (./template-cache.ts; save() after a run). The editing loop
 * keeps Eleventy's environment, since its templates change between runs.
 */
export const buildTemplates = once(cachedEnvironment);

async function cachedEnvironment(): Promise<{ environment: nunjucks.Environment; save: () => Promise<void> }> {
  const environment = new nunjucks.Environment(new nunjucks.FileSystemLoader(["src/_includes", "."]), { dev: true });
  const { save } = await cacheCompiledTemplates(environment);
  return { environment, save };
}

/**
 * Renders one language's pages of src/ into outputDir with .eleventy.js, with the build's own data added as
 * global data: that language's UI table (`ui`), its URLs (`urls`), and the link to each other language;
 * with `templates` (buildTemplates()) instead of a Nunjucks environment of its own.
 */
export async function runEleventy(
  outputDir: string,
  pathPrefix: string,
  globals: BuildGlobals,
  { language, languages }: PageLanguages = NATIONAL_ONLY,
  templates?: nunjucks.Environment,
): Promise<void> {
  const others = languages.filter((code) => code !== language);
  const pageGlobals = {
    ...globals,
    // Written in Finnish: on another language's pages, each of its texts is a marked Finnish fallback.
    edition: globals.edition && localizeEdition(globals.edition, language),
    ui: await readUiTable(language),
    urls: urlsIn(language),
    lang: language,
    languages,
    /** Each other language's table: the language link is written in the language it leads to. */
    otherTables: Object.fromEntries(
      await Promise.all(others.map(async (code) => [code, await readUiTable(code)] as const)),
    ),
  };
  // Earlier versions generated these into src/_data; Eleventy would merge such leftovers into the data passed here.
  for (const leftover of ["handbook.json", "assets.json"]) await rm(`src/_data/${leftover}`, { force: true });
  if (templates) forgetRunRegistrations(templates);
  const eleventy = new Eleventy("src/pages", outputDir, {
    // No config file: the config is handed over below, in this process's copy of its modules (.eleventy.js).
    configPath: "",
    quietMode: true,
    pathPrefix,
    config(eleventyConfig) {
      if (templates) eleventyConfig.setLibrary("njk", templates);
      // Frozen, so that Eleventy uses them as they are instead of deep-copying them.
      for (const [name, value] of Object.entries(pageGlobals))
        if (value !== undefined) eleventyConfig.addGlobalData(name, Object.freeze(value));
      if (language !== NATIONAL_LANGUAGE) for (const page of SITE_WIDE_PAGES) eleventyConfig.ignores.add(page);
      if (!globals.edition) for (const page of EDITION_PAGES) eleventyConfig.ignores.add(page);
      configureEleventy(eleventyConfig);
    },
  });
  // Rendered in memory (its typings lack toJSON) and written here, one file after another, synchronously:
  // fs/promises costs several times the CPU per file (./hash-files.ts), and in a run of many editions
  // every core is busy already (20 editions, alternated with writes in parallel: 3 % less wall clock, 10 % less under a profiler).
  const pages = await (eleventy as unknown as { toJSON(): Promise<readonly RenderedFile[]> }).toJSON();
  const files = pages.filter((page): page is RenderedFile & { outputPath: string } => page.outputPath !== false);
  for (const dir of new Set(files.map(({ outputPath }) => dirname(outputPath)))) mkdirSync(dir, { recursive: true });
  for (const { outputPath, content } of files) writeFileSync(outputPath, content);
}

/**
 * What Eleventy registers on the environment as each run starts — its shortcodes, as extensions, and its
 * async filters — forgotten before the next run registers them again. They would pile up, run after run:
 * every tag would be looked up among more extensions, and every template's key in the kept code
 * (./template-cache.ts), which includes them, would change, so that each run compiled every page template again.
 */
function forgetRunRegistrations(environment: nunjucks.Environment): void {
  const registered = environment as unknown as {
    extensions: Record<string, unknown>;
    extensionsList: unknown[];
    asyncFilters: string[];
  };
  registered.extensions = {};
  registered.extensionsList.length = 0;
  registered.asyncFilters.length = 0;
}

/** A file Eleventy rendered (toJSON): where it goes (false: nowhere) and what it holds. */
interface RenderedFile {
  readonly outputPath: string | false;
  readonly content: string;
}

/** Eleventy's global event bus: the emitter its template and layout caches listen on. */
export interface EleventyEventBus {
  emit(event: string, ...args: unknown[]): Promise<unknown>;
  listenerCount(event: string): number;
}

/**
 * Eleventy's event bus, a private module: Eleventy 3 has no public way to
 * tell a long-lived process that a file changed — its watch() brings its own
 * watcher and rebuild loop, setIncrementalFile() renders that one file only,
 * and eleventyConfig.on() events are per instance while the caches listen on
 * this global bus (Eleventy's issues and docs, checked for 3.1.8). So
 * @11ty/eleventy is pinned exactly in package.json, and
 * test/unit/eleventy-private.test.ts fails when this module moves or its
 * caches stop listening.
 */
export async function eleventyEventBus(): Promise<EleventyEventBus> {
  return ((await import(eleventyEventBusUrl())) as { default: EleventyEventBus }).default;
}

/** Not among the package's exports: the module beside its entry points (src/Eleventy.js imports it). */
export const eleventyEventBusUrl = () =>
  pathToFileURL(join(dirname(createRequire(import.meta.url).resolve("@11ty/eleventy")), "EventBus.js")).href;

/** The event Eleventy's own watcher sends for a changed file; its caches drop what they hold for it. */
export const RESOURCE_MODIFIED = "eleventy.resourceModified";

/**
 * Eleventy keeps every template it read and compiled for the life of the
 * process, as its own --watch does; the preview tells it which files changed
 * (the event its watcher sends), so the next build reads and compiles those
 * again and reuses the rest.
 */
export async function forgetTemplates(paths: readonly string[]): Promise<void> {
  const eventBus = await eleventyEventBus();
  for (const path of paths) await eventBus.emit(RESOURCE_MODIFIED, `./${path}`, [], { viaConfigReset: false });
}
