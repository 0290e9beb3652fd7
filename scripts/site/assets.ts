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
import { readUiTable } from "./ui-tables.ts";

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

async function writeNamed(
  siteDir: string,
  name: string,
  extension: string,
  data: string | Buffer,
  names: AssetNames,
): Promise<string> {
  const file = names === "stable" ? `${name}.${extension}` : `${name}.${contentHash(data)}.${extension}`;
  await mkdir(join(siteDir, "assets"), { recursive: true });
  await writeFile(join(siteDir, "assets", file), data);
  return file;
}

/** The search dictionary of a handbook in `language`; returns its file name. */
export async function writeDictionary(
  siteDir: string,
  handbook: Handbook,
  language: Language,
  names: AssetNames = "content-hashed",
): Promise<string> {
  // The names the interface gives the site's own pages: the navigation's.
  const pageNames = stringsIn((await readUiTable(language)).nav);
  const file = JSON.stringify(dictionaryFileOf(handbook, language, pageNames));
  return writeNamed(siteDir, DICTIONARY_NAMES[language], "json", file, names);
}

/** The one stylesheet; returns its URL. */
export async function writeStylesheet(siteDir: string, names: AssetNames): Promise<string> {
  return `/assets/${await writeNamed(siteDir, "site", "css", await readFile("src/assets/site.css"), names)}`;
}

/** An edition's logo (scripts/edition/logo.ts checked that it only draws); returns its URL. */
export async function writeLogo(siteDir: string, svg: string, names: AssetNames = "content-hashed"): Promise<string> {
  return `/assets/${await writeNamed(siteDir, "logo", "svg", svg, names)}`;
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
      const files = (await listFiles("src/browser")).filter((file) => file.endsWith(".ts"));
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

export async function writeAssets(
  siteDir: string,
  handbook: Handbook,
  names: AssetNames = "content-hashed",
): Promise<AssetUrls> {
  await mkdir(join(siteDir, "assets"), { recursive: true });
  const result = await build({
    entryPoints: PAGE_SCRIPTS,
    outdir: join(siteDir, "assets"),
    entryNames: names === "stable" ? "[name]" : "[name].[hash]",
    bundle: true,
    format: "esm",
    target: "es2022",
    minify: true,
    metafile: true,
    logLevel: "error",
    plugins: [uiStringsUsedByScripts],
  });
  const outputs = Object.entries(result.metafile.outputs);
  const scriptFile = (name: PageScript) => basename(outputs.find(([, o]) => o.entryPoint === PAGE_SCRIPTS[name])![0]);
  const [css, favicon, dictionary] = await Promise.all([
    writeStylesheet(siteDir, names),
    writeNamed(siteDir, "favicon", "svg", await readFile("src/assets/favicon.svg"), names),
    writeDictionary(siteDir, handbook, NATIONAL_LANGUAGE, names),
  ]);
  return {
    css,
    favicon: `/assets/${favicon}`,
    scripts: Object.fromEntries(
      Object.keys(PAGE_SCRIPTS).map((name) => [name, `/assets/${scriptFile(name as PageScript)}`]),
    ) as AssetUrls["scripts"],
    dictionary,
  };
}
