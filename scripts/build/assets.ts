/**
 * The stylesheet and browser scripts under content-hashed names, so hosts can
 * cache them for a year. Writes them into the site and returns their URLs for
 * the templates (src/_data/assets.json, generated).
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { build } from "esbuild";
import type { Handbook } from "../../lib/handbook.ts";
import { VOCABULARY_NAME, vocabularyOf } from "./vocabulary.ts";

/** The browser scripts, from src/scripts/<name>.ts. */
const PAGE_SCRIPTS = ["search", "register-service-worker", "checklist", "pathway-chooser"] as const;

export interface AssetUrls {
  readonly css: string;
  readonly scripts: Readonly<Record<(typeof PAGE_SCRIPTS)[number], string>>;
  /** File name only: search.js resolves it next to itself, under any path prefix. */
  readonly vocabulary: string;
}

const contentHash = (data: string | Buffer) => createHash("sha256").update(data).digest("hex").slice(0, 10);

async function writeHashed(siteDir: string, name: string, extension: string, data: string | Buffer): Promise<string> {
  const file = `${name}.${contentHash(data)}.${extension}`;
  await writeFile(join(siteDir, "assets", file), data);
  return file;
}

export async function writeAssets(siteDir: string, handbook: Handbook): Promise<AssetUrls> {
  await mkdir(join(siteDir, "assets"), { recursive: true });
  const result = await build({
    entryPoints: Object.fromEntries(PAGE_SCRIPTS.map((name) => [name, `src/scripts/${name}.ts`])),
    outdir: join(siteDir, "assets"),
    entryNames: "[name].[hash]",
    bundle: true,
    format: "esm",
    target: "es2022",
    minify: true,
    metafile: true,
    logLevel: "error",
  });
  const outputs = Object.entries(result.metafile.outputs);
  const scriptFile = (name: string) => basename(outputs.find(([, o]) => o.entryPoint === `src/scripts/${name}.ts`)![0]);
  const [css, vocabulary] = await Promise.all([
    writeHashed(siteDir, "site", "css", await readFile("src/assets/site.css")),
    writeHashed(siteDir, VOCABULARY_NAME, "json", JSON.stringify(vocabularyOf(handbook))),
  ]);
  return {
    css: `/assets/${css}`,
    scripts: Object.fromEntries(PAGE_SCRIPTS.map((name) => [name, `/assets/${scriptFile(name)}`])) as AssetUrls["scripts"],
    vocabulary,
  };
}
