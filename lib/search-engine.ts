/**
 * Search over Pagefind's JS API that understands Finnish inflection: each
 * query word is also searched as the handbook's other forms of the same word
 * (see src/lib/finnish-forms.ts), and the results are merged, the literal
 * query's own results first. Used by the search page and the recall benchmark.
 */
import { relatedForms, wordsOf, type FormTable } from "./finnish-forms.ts";

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

/** At most this many spellings of one query are searched. */
const MAX_QUERIES = 12;

/** The literal query first, then the query with words swapped for their other forms. */
export function expandQuery(query: string, table: FormTable): string[] {
  const words = wordsOf(query);
  if (words.length === 0) return [];
  let queries: string[][] = [[]];
  for (const word of words) {
    const forms = [word, ...relatedForms(word, table)];
    queries = queries.flatMap((q) => forms.map((form) => [...q, form])).slice(0, MAX_QUERIES);
  }
  return [query.trim(), ...queries.map((q) => q.join(" ")).filter((q) => q !== words.join(" "))];
}

function pagefindFilters(filters: Filters): Record<string, { any: readonly string[] }> {
  const out: Record<string, { any: readonly string[] }> = {};
  for (const key of FILTER_KEYS) if (filters[key]?.length) out[key] = { any: filters[key]! };
  return out;
}

/** Results for a query and filters; an empty query lists every page the filters allow. */
export async function searchHandbook(pagefind: Pagefind, query: string, filters: Filters, table: FormTable): Promise<PagefindResult[]> {
  const options = { filters: pagefindFilters(filters) };
  const queries = expandQuery(query, table);
  if (queries.length === 0) {
    if (Object.keys(options.filters).length === 0) return [];
    return [...((await pagefind.search(null, options))?.results ?? [])];
  }
  const responses = await Promise.all(queries.map((q) => pagefind.search(q, options)));
  const seen = new Set<string>();
  const literal: PagefindResult[] = [];
  const expanded: PagefindResult[] = [];
  responses.forEach((response, i) => {
    for (const result of response?.results ?? []) {
      if (seen.has(result.id)) continue;
      seen.add(result.id);
      (i === 0 ? literal : expanded).push(result);
    }
  });
  return [...literal, ...expanded.sort((a, b) => b.score - a.score)];
}
