/**
 * Search over Pagefind's JS API for the way professionals type: the query's
 * plan (query.ts: ä/ö restored, inflected forms, compound tails,
 * abbreviations) runs as several Pagefind queries whose results are merged and
 * ranked with the page about the query first (ranking.ts). A query of
 * unknown words that finds nothing searches its best correction instead.
 * Used by the search page and, through it, by the recall measurement.
 */
import { once } from "../once.ts";
import type { Dictionary } from "./dictionary.ts";
import type { FallbackRun } from "../i18n/finnish-fallback.ts";
import { planQuery, type QueryPlan } from "./query.ts";
import { PAGEFIND_DIR, pagefindEntryFetched, PAGEFIND_SCRIPT, pagefindWasm } from "./pagefind-files.ts";
import { compareRanking, nameMatch, pageKind, type RankingFacts } from "./ranking.ts";

/** The filter groups of the index, as they appear in the URL and in data-pagefind-filter. */
export const FILTER_KEYS = ["tilanne", "vaihe", "asiasana"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, readonly string[]>>;

export interface PagefindSubResult {
  readonly title: string;
  readonly url: string;
  readonly excerpt: string;
}

export interface PagefindResultData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: Readonly<Record<string, string>>;
  readonly sub_results: readonly PagefindSubResult[];
}

export interface PagefindResult {
  readonly id: string;
  readonly score: number;
  data(): Promise<PagefindResultData>;
}

/** The part of Pagefind's browser API this module uses. */
export interface Pagefind {
  /** Downloads the index chunks a search for the term needs, without searching. */
  preload(term: string, options?: { filters?: Record<string, { any: readonly string[] }> }): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, { any: readonly string[] }> },
  ): Promise<{ results: readonly PagefindResult[] } | null>;
}

export interface SearchResult {
  readonly id: string;
  /** Loads the page's title, excerpt and metadata once. */
  data(): Promise<PagefindResultData>;
}

export interface SearchOutcome {
  readonly results: readonly SearchResult[];
  /** The query with ä/ö restored, when it was typed without them and that is what was found. */
  readonly respelled: string | undefined;
  /** The correction searched instead, when the query itself found nothing. */
  readonly corrected: string | undefined;
  /** Corrections to offer (Tarkoititko …?) for a query with a word the handbook does not have. */
  readonly suggestions: readonly string[];
}

/**
 * Written by the build beside Pagefind's index: page id → [name, kind], so ranking downloads no fragments; and,
 * for a page whose title is (partly) an untranslated Finnish fallback and so not in the metadata Pagefind
 * searches, the title shown for it, run by run (lib/i18n/finnish-fallback.ts).
 */
export const PAGE_NAMES_FILE = "page-names.json";
type PageName = readonly [name: string, kind: string, fallbackTitle?: readonly FallbackRun[]];
export type PageNames = Readonly<Record<string, PageName>>;

/**
 * The files a search needs before it can run, relative to the site root:
 * Pagefind's script, WebAssembly and entry file (pagefind-files.ts; the
 * entry tagged as Pagefind tags it with metaCacheTag, the build id),
 * and our page names, tagged with the build the
 * same way, so that no cache serves another build's. The search page preloads
 * them (searchPreloads): the first search then waits for no chain of
 * downloads, one after another.
 */
export function searchEngineFiles(build: string, language: string) {
  const tag = encodeURIComponent(build);
  return {
    pagefindScript: PAGEFIND_SCRIPT,
    pageNames: `${PAGEFIND_DIR}/${PAGE_NAMES_FILE}?build=${tag}`,
    pagefindWasm: pagefindWasm(language),
    pagefindEntry: pagefindEntryFetched(build),
  } as const;
}

export interface Preload {
  /** Root-relative; the base plugin adds the path prefix. */
  readonly href: string;
  /** A module script, or a file fetched with fetch() (`as="fetch" crossorigin`). */
  readonly rel: "modulepreload" | "preload";
}

/** What the search page preloads: its first search's files, in parallel with the page's own. */
export function searchPreloads(build: string, language: string, dictionaryUrl: string): Preload[] {
  const files = searchEngineFiles(build, language);
  return [
    { href: `/${files.pagefindScript}`, rel: "modulepreload" },
    { href: `/${files.pagefindWasm}`, rel: "preload" },
    { href: `/${files.pagefindEntry}`, rel: "preload" },
    { href: dictionaryUrl, rel: "preload" },
    { href: `/${files.pageNames}`, rel: "preload" },
  ];
}

function pagefindFilters(filters: Filters): Record<string, { any: readonly string[] }> {
  const out: Record<string, { any: readonly string[] }> = {};
  for (const key of FILTER_KEYS) if (filters[key]?.length) out[key] = { any: filters[key] };
  return out;
}

/** What a search runs on: Pagefind, the dictionary, the pages' names, and a pause that lets the page respond. */
export interface SearchEngine {
  readonly pagefind: Pagefind;
  readonly dictionary: Dictionary;
  readonly names: PageNames;
  /** Awaited between Pagefind searches: each runs its WebAssembly in one go, and a plan has several. */
  readonly pause: () => Promise<void>;
}

/** Every page any of the plan's searches found, ranked. */
async function runPlan(
  { pagefind, dictionary, names, pause }: SearchEngine,
  plan: QueryPlan,
  filters: Filters,
): Promise<SearchResult[]> {
  const options = { filters: pagefindFilters(filters) };
  // Every index chunk the plan needs downloads at once; then the searches run one per task.
  await Promise.all(plan.searches.map((s) => pagefind.preload(s.query, options)));
  const responses: Awaited<ReturnType<Pagefind["search"]>>[] = [];
  for (const search of plan.searches) {
    await pause();
    responses.push(await pagefind.search(search.query, options));
  }
  const found = new Map<string, { result: SearchResult; coverage: number; score: number }>();
  responses.forEach((response, i) => {
    const search = plan.searches[i]!;
    for (const hit of response?.results ?? []) {
      const score = hit.score * search.weight;
      const seen = found.get(hit.id);
      if (!seen)
        found.set(hit.id, { result: { id: hit.id, data: once(() => hit.data()) }, coverage: search.coverage, score });
      else if (search.coverage > seen.coverage || (search.coverage === seen.coverage && score > seen.score))
        Object.assign(seen, { coverage: search.coverage, score });
    }
  });
  const ranked = [...found.values()].map(({ result, coverage, score }) => {
    const [name, kind] = names[result.id] ?? ["", "page"];
    const facts: RankingFacts = {
      coverage,
      score,
      kind: pageKind(kind),
      ...nameMatch(name, plan.readings, dictionary.keys),
    };
    return { result, facts };
  });
  return ranked.sort((a, b) => compareRanking(a.facts, b.facts)).map((r) => r.result);
}

/** Results for a query and filters; an empty query lists every page the filters allow. */
export async function searchHandbook(engine: SearchEngine, query: string, filters: Filters): Promise<SearchOutcome> {
  const { pagefind, dictionary } = engine;
  const plan = planQuery(query, dictionary);
  if (plan.searches.length === 0) {
    const options = { filters: pagefindFilters(filters) };
    const results = Object.keys(options.filters).length ? ((await pagefind.search(null, options))?.results ?? []) : [];
    return {
      results: results.map((r) => ({ id: r.id, data: once(() => r.data()) })),
      respelled: undefined,
      corrected: undefined,
      suggestions: [],
    };
  }
  const results = await runPlan(engine, plan, filters);
  const suggestions = plan.corrections;
  // Nothing found, or only pages for a query of words the handbook lacks: search the best correction instead.
  if (suggestions.length > 0 && (results.length === 0 || !plan.anyKnown)) {
    const corrected = suggestions[0]!;
    const correctedResults = await runPlan(engine, planQuery(corrected, dictionary), filters);
    if (correctedResults.length > 0) return { results: correctedResults, respelled: undefined, corrected, suggestions };
  }
  return { results, respelled: results.length ? plan.respelled : undefined, corrected: undefined, suggestions };
}
