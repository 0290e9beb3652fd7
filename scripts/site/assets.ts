/**
 * The stylesheet, the icon and the browser scripts under content-hashed names,
 * so hosts can cache them for a year (scripts/deploy/headers.ts). Writes them
 * into the site and returns their URLs for the templates
 * (the `assets` global data, scripts/site/eleventy.ts). The editing loop (`npm start`)
 * asks for stable names instead, so that a saved stylesheet replaces the one
 * an open page uses.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { build, type Plugin } from "esbuild";
import type { Handbook } from "../../lib/handbook/handbook.ts";
import { listFiles } from "../../lib/list-files.ts";
import { literalKeys, pickKeys, type UiTable } from "../../lib/ui-text.ts";
import { NATIONAL_LANGUAGE, type Language } from "../../lib/languages.ts";
import { dictionaryFileOf, DICTIONARY_NAMES, stringsIn } from "../search/write-dictionary.ts";
import { inBackground } from "./in-background.ts";
import { readUiTable } from "./ui-tables.ts";
import { once } from "../../lib/once.ts";

/** The browser scripts, by the name their bundle gets, and their entry modules. */
const PAGE_SCRIPTS = {
  search: "src/browser/search/search-page.ts",
  "register-service-worker": "src/browser/register-service-worker.ts",
  checklist: "src/browser/checklist.ts",
  "pathway-chooser": "src/browser/pathway-chooser.ts",
} as const;
type PageScript = keyof typeof PAGE_SCRIPTS;

export interface AssetUrls {
  readonly css: string;
  readonly favicon: string;
  readonly scripts: Readonly<Record<PageScript, string>>;
  /** The search dictionary of the pages' language; file name only: search.js resolves it next to itself, under any path prefix. */
  readonly dictionary: string;
}

export type AssetNames = "content-hashed" | "stable";

const contentHash = (data: string | Buffer) => createHash("sha256").update(data).digest("hex").slice(0, 10);

/** An asset made in memory: its file name under assets/ and its bytes. */
interface AssetFile {
  readonly name: string;
  readonly data: string | Uint8Array;
}

/** The site's assets made once and written into each site built from the same handbook (editions in one run). */
export interface Assets {
  readonly files: readonly AssetFile[];
  readonly urls: AssetUrls;
}

function named(name: string, extension: string, data: string | Buffer, names: AssetNames): AssetFile {
  return { name: names === "stable" ? `${name}.${extension}` : `${name}.${contentHash(data)}.${extension}`, data };
}

async function writeFiles(siteDir: string, files: readonly AssetFile[]): Promise<void> {
  await mkdir(join(siteDir, "assets"), { recursive: true });
  await Promise.all(files.map((file) => writeFile(join(siteDir, "assets", file.name), file.data)));
}

/** Writes one asset; returns its file name. */
async function writeOne(siteDir: string, file: AssetFile): Promise<string> {
  await writeFiles(siteDir, [file]);
  return file.name;
}

/** The search dictionary of a handbook in `language`. */
async function dictionaryAsset(handbook: Handbook, language: Language, names: AssetNames): Promise<AssetFile> {
  // The names the interface gives the site's own pages: the navigation's.
  const pageNames = stringsIn((await readUiTable(language)).nav);
  const json = JSON.stringify(dictionaryFileOf(handbook, language, pageNames));
  return named(DICTIONARY_NAMES[language], "json", json, names);
}

/** The search dictionary of a handbook in `language`; returns its file name. */
export async function writeDictionary(
  siteDir: string,
  handbook: Handbook,
  language: Language,
  names: AssetNames = "content-hashed",
): Promise<string> {
  return writeOne(siteDir, await dictionaryAsset(handbook, language, names));
}

const stylesheetAsset = async (names: AssetNames) => named("site", "css", await readFile("src/assets/site.css"), names);

/** The one stylesheet; returns its URL. */
export async function writeStylesheet(siteDir: string, names: AssetNames): Promise<string> {
  return `/assets/${await writeOne(siteDir, await stylesheetAsset(names))}`;
}

/** An edition's logo (scripts/edition/logo.ts checked that it only draws); returns its URL. */
export async function writeLogo(siteDir: string, svg: string, names: AssetNames = "content-hashed"): Promise<string> {
  return `/assets/${await writeOne(siteDir, named("logo", "svg", svg, names))}`;
}

/**
 * The browser scripts import src/ui/<language>.json for their strings; the
 * bundle gets only the strings the scripts read (found as literal `t("key")`
 * calls), not the whole site's tables.
 */
const uiStringsUsedByScripts: Plugin = {
  name: "ui-strings-used-by-scripts",
  setup(build) {
    // Read once per bundle (setup runs for each), however many language tables it imports.
    let used: Promise<ReadonlySet<string>> | undefined;
    const usedKeys = async () => {
      const files = listFiles("src/browser").filter((file) => file.endsWith(".ts"));
      const scripts = await Promise.all(files.map((file) => readFile(file, "utf8")));
      return new Set(scripts.flatMap(literalKeys));
    };
    build.onLoad({ filter: /[/\\]src[/\\]ui[/\\][a-z]+\.json$/ }, async ({ path }) => {
      const keys = await (used ??= usedKeys());
      return {
        contents: JSON.stringify(pickKeys(JSON.parse(await readFile(path, "utf8")) as UiTable, keys)),
        loader: "json",
      };
    });
  },
};

/** The assets made from src/ alone, the same whatever the content: the browser scripts, the stylesheet and the icon. */
export interface SiteAssets {
  readonly files: readonly AssetFile[];
  readonly urls: Omit<AssetUrls, "dictionary">;
}

/** The browser scripts (bundled by esbuild, in a process of its own), the stylesheet and the icon. */
export async function makeSiteAssets(names: AssetNames = "content-hashed"): Promise<SiteAssets> {
  const [bundle, css, favicon] = await Promise.all([
    build({
      entryPoints: PAGE_SCRIPTS,
      outdir: "assets",
      entryNames: names === "stable" ? "[name]" : "[name].[hash]",
      bundle: true,
      format: "esm",
      target: "es2022",
      minify: true,
      metafile: true,
      write: false,
      logLevel: "error",
      plugins: [uiStringsUsedByScripts],
    }),
    stylesheetAsset(names),
    readFile("src/assets/favicon.svg").then((svg) => named("favicon", "svg", svg, names)),
  ]);
  const outputs = Object.entries(bundle.metafile.outputs);
  const scriptFile = (name: PageScript) => basename(outputs.find(([, o]) => o.entryPoint === PAGE_SCRIPTS[name])![0]);
  return {
    files: [...bundle.outputFiles.map((file) => ({ name: basename(file.path), data: file.contents })), css, favicon],
    urls: {
      css: `/assets/${css.name}`,
      favicon: `/assets/${favicon.name}`,
      scripts: Object.fromEntries(
        Object.keys(PAGE_SCRIPTS).map((name) => [name, `/assets/${scriptFile(name as PageScript)}`]),
      ) as AssetUrls["scripts"],
    },
  };
}

/**
 * The site's assets with content-hashed names, made once per process (each build and edition of a run shares
 * them), by the first to ask: the build asks before it waits for the content, so that esbuild bundles meanwhile.
 */
export const siteAssets = once(() => inBackground(makeSiteAssets()));

/** The site's assets (made now unless given) and the national language's search dictionary. */
export async function makeAssets(
  handbook: Handbook,
  names: AssetNames = "content-hashed",
  site: Promise<SiteAssets> = makeSiteAssets(names),
): Promise<Assets> {
  const [{ files, urls }, dictionary] = await Promise.all([site, dictionaryAsset(handbook, NATIONAL_LANGUAGE, names)]);
  return { files: [...files, dictionary], urls: { ...urls, dictionary: dictionary.name } };
}

/** Writes assets made by makeAssets into a site; returns their URLs. */
export async function writeAssetFiles(siteDir: string, assets: Assets): Promise<AssetUrls> {
  await writeFiles(siteDir, assets.files);
  return assets.urls;
}

export async function writeAssets(
  siteDir: string,
  handbook: Handbook,
  names: AssetNames = "content-hashed",
): Promise<AssetUrls> {
  return writeAssetFiles(siteDir, await makeAssets(handbook, names));
}
