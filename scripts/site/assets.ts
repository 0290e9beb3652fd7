/**
 * The stylesheet, the icon and the browser scripts under content-hashed names,
 * so hosts can cache them for a year (scripts/deploy/headers.ts). Writes them
 * into the site and returns their URLs for the templates
 * (the `assets` global data, scripts/build/eleventy.ts). The preview (`npm start`)
 * asks for stable names instead, so that a saved stylesheet replaces the one
 * an open page uses.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { build, type Plugin } from "esbuild";
import type { Handbook } from "../../lib/handbook.ts";
import { literalKeys, pickKeys } from "../../lib/ui-text.ts";
import { searchDictionaryOf, VOCABULARY_NAME } from "./vocabulary.ts";

/** The browser scripts, from src/scripts/<name>.ts. */
const PAGE_SCRIPTS = ["search", "register-service-worker", "checklist", "pathway-chooser"] as const;

export interface AssetUrls {
  readonly css: string;
  readonly favicon: string;
  readonly scripts: Readonly<Record<(typeof PAGE_SCRIPTS)[number], string>>;
  /** File name only: search.js resolves it next to itself, under any path prefix. */
  readonly vocabulary: string;
}

export type AssetNames = "content-hashed" | "stable";

const contentHash = (data: string | Buffer) => createHash("sha256").update(data).digest("hex").slice(0, 10);

async function writeNamed(siteDir: string, name: string, extension: string, data: string | Buffer, names: AssetNames): Promise<string> {
  const file = names === "stable" ? `${name}.${extension}` : `${name}.${contentHash(data)}.${extension}`;
  await mkdir(join(siteDir, "assets"), { recursive: true });
  await writeFile(join(siteDir, "assets", file), data);
  return file;
}

/** The one stylesheet; returns its URL. */
export async function writeStylesheet(siteDir: string, names: AssetNames): Promise<string> {
  return `/assets/${await writeNamed(siteDir, "site", "css", await readFile("src/assets/site.css"), names)}`;
}

/**
 * The browser scripts import src/_data/ui.json for their strings; the bundle
 * gets only the strings the scripts read (found as literal `t("key")` calls),
 * not the whole site's table.
 */
const uiStringsUsedByScripts: Plugin = {
  name: "ui-strings-used-by-scripts",
  setup(build) {
    build.onLoad({ filter: /[/\\]src[/\\]_data[/\\]ui\.json$/ }, async ({ path }) => {
      const files = (await readdir("src/scripts")).filter((file) => file.endsWith(".ts"));
      const scripts = await Promise.all(files.map((file) => readFile(join("src/scripts", file), "utf8")));
      const keys = new Set(scripts.flatMap(literalKeys));
      return { contents: JSON.stringify(pickKeys(JSON.parse(await readFile(path, "utf8")), keys)), loader: "json" };
    });
  },
};

export async function writeAssets(siteDir: string, handbook: Handbook, names: AssetNames = "content-hashed"): Promise<AssetUrls> {
  await mkdir(join(siteDir, "assets"), { recursive: true });
  const result = await build({
    entryPoints: Object.fromEntries(PAGE_SCRIPTS.map((name) => [name, `src/scripts/${name}.ts`])),
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
  const scriptFile = (name: string) => basename(outputs.find(([, o]) => o.entryPoint === `src/scripts/${name}.ts`)![0]);
  const [css, favicon, vocabulary] = await Promise.all([
    writeStylesheet(siteDir, names),
    writeNamed(siteDir, "favicon", "svg", await readFile("src/assets/favicon.svg"), names),
    writeNamed(siteDir, VOCABULARY_NAME, "json", JSON.stringify(searchDictionaryOf(handbook)), names),
  ]);
  return {
    css,
    favicon: `/assets/${favicon}`,
    scripts: Object.fromEntries(PAGE_SCRIPTS.map((name) => [name, `/assets/${scriptFile(name)}`])) as AssetUrls["scripts"],
    vocabulary,
  };
}
