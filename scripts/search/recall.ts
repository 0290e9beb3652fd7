/**
 * The judged query set (judged-queries.ts) run through the real search page
 * in Chromium: each query is typed into /haku/ as a reader would, the first
 * five results are read from the page, and the time from the last keystroke
 * to the results shown is taken. Plain Pagefind (its default options, the
 * same index) answers the same query in the same page, for comparison.
 * Success@5: an expected page among the first five; MRR@5: the mean of
 * 1 / rank of the first expected page (0 beyond five).
 */
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { PAGEFIND_SCRIPT } from "../../lib/search/pagefind-files.ts";
import type { Language } from "../../lib/languages.ts";
import { searchIds, urlsIn } from "../../lib/urls.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../browser/chromium.ts";
import { serveStatic } from "../serve/static-server.ts";
import { JUDGED_QUERIES, QUERY_KINDS, type JudgedQuery, type QueryKind } from "./judged-queries.ts";
import { SWEDISH_JUDGED_QUERIES } from "./judged-queries-swedish.ts";

/** Each language's judged set: the Swedish one asks the test fixture translation. */
export const JUDGED_SETS: Readonly<Record<Language, readonly JudgedQuery[]>> = {
  fi: JUDGED_QUERIES,
  sv: SWEDISH_JUDGED_QUERIES,
};

const DEPTH = 5;

export interface QueryOutcome extends JudgedQuery {
  /** Paths of our first five results. */
  readonly ours: readonly string[];
  readonly plain: readonly string[];
  /** From the last keystroke to the results shown, in ms. */
  readonly latencyMs: number;
}

export interface Scores {
  readonly queries: number;
  readonly success: number;
  readonly mrr: number;
}

export interface RecallReport {
  readonly outcomes: readonly QueryOutcome[];
  readonly byKind: ReadonlyMap<QueryKind, { readonly ours: Scores; readonly plain: Scores }>;
  readonly overall: { readonly ours: Scores; readonly plain: Scores };
  readonly medianLatencyMs: number;
}

/** 1 / rank of the first expected page among the first five, or 0. */
export function reciprocalRank(found: readonly string[], expected: readonly string[]): number {
  const rank = found.slice(0, DEPTH).findIndex((path) => expected.includes(path));
  return rank < 0 ? 0 : 1 / (rank + 1);
}

function scores(outcomes: readonly QueryOutcome[], which: "ours" | "plain"): Scores {
  const ranks = outcomes.map((o) => reciprocalRank(o[which], o.expect));
  return {
    queries: outcomes.length,
    success: ranks.filter((r) => r > 0).length / Math.max(outcomes.length, 1),
    mrr: ranks.reduce((a, b) => a + b, 0) / Math.max(outcomes.length, 1),
  };
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export function summarise(outcomes: readonly QueryOutcome[]): RecallReport {
  const byKind = new Map<QueryKind, { ours: Scores; plain: Scores }>();
  for (const kind of QUERY_KINDS) {
    const ofKind = outcomes.filter((o) => o.kind === kind);
    if (ofKind.length) byKind.set(kind, { ours: scores(ofKind, "ours"), plain: scores(ofKind, "plain") });
  }
  return {
    outcomes,
    byKind,
    overall: { ours: scores(outcomes, "ours"), plain: scores(outcomes, "plain") },
    medianLatencyMs: median(outcomes.map((o) => o.latencyMs)),
  };
}

/** Installs the page-side timing: the last keydown, and when the results list shows the expected query. */
async function instrument(page: Page): Promise<void> {
  await page.evaluate((resultsId) => {
    const w = window as unknown as { lastKey: number; shownAt: number; expected: string };
    w.lastKey = 0;
    w.shownAt = 0;
    w.expected = "";
    document.addEventListener("keydown", () => (w.lastKey = performance.now()), true);
    const list = document.getElementById(resultsId)!;
    new MutationObserver(() => {
      if (list.dataset.query === w.expected && !w.shownAt) w.shownAt = performance.now();
    }).observe(list, { attributes: true, attributeFilter: ["data-query"] });
  }, searchIds.results);
}

/** Types `query` into the search box and returns our first five results and the latency. */
async function typeQuery(page: Page, query: string): Promise<{ ours: string[]; latencyMs: number }> {
  await page.evaluate(
    (q, { query: queryId, results: resultsId }) => {
      const w = window as unknown as { shownAt: number; expected: string };
      w.expected = q;
      w.shownAt = 0;
      (document.getElementById(queryId) as HTMLInputElement).value = "";
      delete document.getElementById(resultsId)!.dataset.query;
    },
    query,
    searchIds,
  );
  await page.type(`#${searchIds.query}`, query);
  await page.waitForFunction(() => (window as unknown as { shownAt: number }).shownAt > 0, { timeout: 15_000 });
  return page.evaluate(
    (depth, resultsId) => {
      const w = window as unknown as { lastKey: number; shownAt: number };
      const ours = [...document.getElementById(resultsId)!.querySelectorAll<HTMLAnchorElement>(":scope > li > h2 > a")]
        .slice(0, depth)
        .map((a) => new URL(a.href).pathname);
      return { ours, latencyMs: w.shownAt - w.lastKey };
    },
    DEPTH,
    searchIds.results,
  );
}

/** Plain Pagefind's first five for `query`, from the same module and index the page uses (the page's language's). */
function plainQuery(page: Page, query: string, pagefindScript: string): Promise<string[]> {
  return page.evaluate(
    async (q, depth, script) => {
      type Hit = { data(): Promise<{ url: string }> };
      const pagefind = (await import(script)) as {
        search(q: string): Promise<{ results: Hit[] }>;
      };
      const response = await pagefind.search(q);
      const data = await Promise.all(response.results.slice(0, depth).map((r) => r.data()));
      return data.map((d) => new URL(d.url, location.href).pathname);
    },
    query,
    DEPTH,
    pagefindScript,
  );
}

/** Runs the judged set on the search page at `searchUrl` (the site's /haku/, or /sv/haku/ with the Swedish set). */
export async function measureJudged(
  browser: Browser,
  searchUrl: string,
  queries: readonly JudgedQuery[] = JUDGED_QUERIES,
): Promise<RecallReport> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    // The site is served at the server's root; every language's pages share one Pagefind.
    const pagefindScript = new URL(`/${PAGEFIND_SCRIPT}`, searchUrl).href;
    await page.goto(searchUrl);
    await instrument(page);
    await typeQuery(page, queries[0]!.query); // loads the engine: the latency measured is the warm one
    const outcomes: QueryOutcome[] = [];
    for (const judged of queries) {
      const { ours, latencyMs } = await typeQuery(page, judged.query);
      outcomes.push({ ...judged, ours, latencyMs, plain: await plainQuery(page, judged.query, pagefindScript) });
    }
    return summarise(outcomes);
  } finally {
    await context.close();
  }
}

/** Serves `siteDir`, starts Chromium and measures the language's judged set on its search page. */
export async function measureRecall(siteDir: string, language: Language): Promise<RecallReport> {
  const server = await serveStatic({ root: siteDir });
  const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], headless: true });
  try {
    const searchUrl = new URL(`.${urlsIn(language).search()}`, server.url).href;
    return await measureJudged(browser, searchUrl, JUDGED_SETS[language]);
  } finally {
    await browser.close();
    await server.close();
  }
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

export function recallMarkdown(report: RecallReport): string {
  const row = (label: string, n: number, s: { ours: Scores; plain: Scores }) =>
    `| ${label} | ${n} | ${pct(s.plain.success)} | ${pct(s.ours.success)} | ${s.plain.mrr.toFixed(2)} | ${s.ours.mrr.toFixed(2)} |`;
  const misses = report.outcomes.filter((o) => reciprocalRank(o.ours, o.expect) === 0);
  return [
    "| kind of query | queries | success@5 plain Pagefind | success@5 ours | MRR@5 plain | MRR@5 ours |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...[...report.byKind].map(([kind, s]) => row(kind, s.ours.queries, s)),
    row("**all**", report.overall.ours.queries, report.overall),
    "",
    `Median time from the last keystroke to the results shown (ours, engine loaded): ${report.medianLatencyMs.toFixed(0)} ms.`,
    "",
    misses.length
      ? `Not in our first five: ${misses.map((m) => `\`${m.query}\` (${m.kind})`).join(", ")}.`
      : "Every query finds an expected page among our first five.",
  ].join("\n");
}
