/**
 * Search over Pagefind's JS API for the way professionals type: the query's
 * plan (search-query.ts: ä/ö restored, inflected forms, compound tails,
 * abbreviations) runs as several Pagefind queries whose results are merged and
 * ranked with the page about the query first (search-ranking.ts). A query of
 * unknown words that finds nothing searches its best correction instead.
 * Used by the search page and, through it, by the recall measurement.
 */
import type { SearchTables } from "./search-dictionary.ts";
import { planQuery, type QueryPlan } from "./search-query.ts";
import { compareRanking, nameMatch, pageKind, type RankingFacts } from "./search-ranking.ts";

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
  search(term: string | null, options?: { filters?: Record<string, { any: readonly string[] }> }): Promise<{ results: readonly PagefindResult[] } | null>;
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

/** Written by the build beside Pagefind's index: page id → [name, kind], so ranking downloads no fragments. */
export const PAGE_NAMES_FILE = "page-names.json";
export type PageNames = Readonly<Record<string, readonly [name: string, kind: string]>>;

function pagefindFilters(filters: Filters): Record<string, { any: readonly string[] }> {
  const out: Record<string, { any: readonly string[] }> = {};
  for (const key of FILTER_KEYS) if (filters[key]?.length) out[key] = { any: filters[key]! };
  return out;
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

/** Every page any of the plan's searches found, ranked. */
async function runPlan(pagefind: Pagefind, plan: QueryPlan, filters: Filters, names: PageNames): Promise<SearchResult[]> {
  const options = { filters: pagefindFilters(filters) };
  const responses = await Promise.all(plan.searches.map((s) => pagefind.search(s.query, options)));
  const found = new Map<string, { result: SearchResult; coverage: number; score: number }>();
  responses.forEach((response, i) => {
    const search = plan.searches[i]!;
    for (const hit of response?.results ?? []) {
      const score = hit.score * search.weight;
      const seen = found.get(hit.id);
      if (!seen) found.set(hit.id, { result: { id: hit.id, data: once(() => hit.data()) }, coverage: search.coverage, score });
      else if (search.coverage > seen.coverage || (search.coverage === seen.coverage && score > seen.score)) Object.assign(seen, { coverage: search.coverage, score });
    }
  });
  const ranked = [...found.values()].map(({ result, coverage, score }) => {
    const [name, kind] = names[result.id] ?? ["", "page"];
    const facts: RankingFacts = { coverage, score, kind: pageKind(kind), ...nameMatch(name, plan.readings) };
    return { result, facts };
  });
  return ranked.sort((a, b) => compareRanking(a.facts, b.facts)).map((r) => r.result);
}

/** Results for a query and filters; an empty query lists every page the filters allow. */
export async function searchHandbook(pagefind: Pagefind, query: string, filters: Filters, tables: SearchTables, names: PageNames): Promise<SearchOutcome> {
  const plan = planQuery(query, tables);
  if (plan.searches.length === 0) {
    const options = { filters: pagefindFilters(filters) };
    const results = Object.keys(options.filters).length ? ((await pagefind.search(null, options))?.results ?? []) : [];
    return { results: results.map((r) => ({ id: r.id, data: once(() => r.data()) })), respelled: undefined, corrected: undefined, suggestions: [] };
  }
  const results = await runPlan(pagefind, plan, filters, names);
  const suggestions = plan.corrections;
  // Nothing found, or only pages for a query of words the handbook lacks: search the best correction instead.
  if (suggestions.length > 0 && (results.length === 0 || !plan.anyKnown)) {
    const corrected = suggestions[0]!;
    const correctedResults = await runPlan(pagefind, planQuery(corrected, tables), filters, names);
    if (correctedResults.length > 0) return { results: correctedResults, respelled: undefined, corrected, suggestions };
  }
  return { results, respelled: results.length ? plan.respelled : undefined, corrected: undefined, suggestions };
}
