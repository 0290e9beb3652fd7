/**
 * Finnish recall: for each base form, the page plain Pagefind ranks first;
 * then, for each inflected form, whether plain Pagefind and our search
 * (with related forms) find that page. Runs the real browser bundle in Node
 * against the built site served on 127.0.0.1.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { buildFormTable } from "../../lib/finnish-forms.ts";
import { searchHandbook, type Pagefind } from "../../lib/search-engine.ts";
import { serveStatic } from "../serve/static-server.ts";
import { VOCABULARY_NAME } from "../build/vocabulary.ts";
import { INFLECTED_QUERIES } from "./recall-queries.ts";

export interface RecallReport {
  /** Inflected queries whose base form finds a page (the others cannot be judged). */
  readonly judged: number;
  readonly plainFound: number;
  readonly oursFound: number;
  readonly unjudged: readonly string[];
  readonly misses: ReadonlyArray<{ readonly query: string; readonly base: string; readonly page: string }>;
}

export async function measureRecall(siteDir: string): Promise<RecallReport> {
  const server = await serveStatic({ root: siteDir });
  try {
    const module = (await import(pathToFileURL(resolve(siteDir, "pagefind/pagefind.js")).href)) as Pagefind & {
      options(o: object): Promise<void>;
    };
    await module.options({ basePath: `${server.url}pagefind/`, baseUrl: "/", exactDiacritics: true });
    const vocabularyFile = (await readdir(join(siteDir, "assets"))).find((f) => f.startsWith(`${VOCABULARY_NAME}.`) && f.endsWith(".json"))!;
    const table = buildFormTable(JSON.parse(await readFile(join(siteDir, "assets", vocabularyFile), "utf8")) as string[]);
    const plainIds = async (query: string) => ((await module.search(query))?.results ?? []).map((r) => r.id);

    let judged = 0;
    let plainFound = 0;
    let oursFound = 0;
    const unjudged: string[] = [];
    const misses: Array<{ query: string; base: string; page: string }> = [];
    for (const [base, forms] of Object.entries(INFLECTED_QUERIES)) {
      const target = (await module.search(base))?.results[0];
      if (!target) {
        unjudged.push(...forms);
        continue;
      }
      for (const query of forms) {
        judged++;
        if ((await plainIds(query)).includes(target.id)) plainFound++;
        const ours = await searchHandbook(module, query, {}, table);
        if (ours.some((r) => r.id === target.id)) oursFound++;
        else misses.push({ query, base, page: (await target.data()).url });
      }
    }
    return { judged, plainFound, oursFound, unjudged, misses };
  } finally {
    await server.close();
  }
}

export const percent = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1)).toFixed(1)} %`;

export function recallMarkdown(report: RecallReport): string {
  return [
    "| search | inflected queries that find the base form's top page |",
    "| --- | --- |",
    `| plain Pagefind (Finnish stemming) | ${report.plainFound} / ${report.judged} = ${percent(report.plainFound, report.judged)} |`,
    `| ours (Pagefind + related forms) | ${report.oursFound} / ${report.judged} = ${percent(report.oursFound, report.judged)} |`,
    "",
    report.misses.length ? `Misses: ${report.misses.map((m) => `${m.query} (${m.base})`).join(", ")}.` : "No misses.",
    report.unjudged.length ? `Not judged (the base form finds nothing): ${report.unjudged.join(", ")}.` : "",
  ].join("\n");
}
