/**
 * The search page (/haku/): a form whose query and filters live in the URL,
 * results from Pagefind's JS API widened for Finnish (lib/search/engine.ts),
 * announced in a polite live region with what was searched and, for a typo,
 * corrections as links. Everything is built as DOM nodes, never as HTML, so
 * the page runs under Trusted Types. Without JavaScript the page still lists
 * the keyword index, the situations and the phases.
 */
import { excerptRuns } from "../../../lib/search/excerpt.ts";
import { searchTablesInSlices, type SearchDictionary } from "../../../lib/search/dictionary.ts";
import {
  FILTER_KEYS,
  PAGEFIND_SCRIPT,
  searchEngineFiles,
  searchHandbook,
  type Filters,
  type PageNames,
  type Pagefind,
  type PagefindResultData,
  type SearchEngine,
  type SearchOutcome,
  type SearchResult,
} from "../../../lib/search/engine.ts";
import { pageKind, type PageKind } from "../../../lib/search/ranking.ts";
import { t } from "../ui-text.ts";

const form = document.querySelector<HTMLFormElement>("#search-form");
const input = document.querySelector<HTMLInputElement>("#search-q");
const status = document.querySelector<HTMLElement>("#search-status");
const list = document.querySelector<HTMLOListElement>("#search-results");
const more = document.querySelector<HTMLButtonElement>("#search-more");

// Relative to the bundle, assets/search.<hash>.js, not to this module.
const siteRoot = new URL("../", import.meta.url);
/** What each kind of page is called in a result; literal keys, so the UI-string check sees them read. */
const KIND_LABELS: Readonly<Record<PageKind, () => string>> = {
  situation: () => t("search.kinds.situation"),
  phase: () => t("search.kinds.phase"),
  pathway: () => t("search.kinds.pathway"),
  actor: () => t("search.kinds.actor"),
  keyword: () => t("search.kinds.keyword"),
  page: () => t("search.kinds.page"),
};
/** Results are shown ten at a time: each one shown costs a fragment download. */
const PAGE_SIZE = 10;
const MAX_SUB_RESULTS = 3;
/** Typing pauses shorter than this do not search: enough to skip a fast typist's intermediate words. */
const TYPING_PAUSE_MS = 40;

function pagefindScriptUrl(): string {
  return new URL(PAGEFIND_SCRIPT, siteRoot).href;
}

/** Pagefind keeps a failed download's error for good; after one, the next search needs a new instance. */
async function forgetPagefind(): Promise<void> {
  const pagefind = (await import(/* @vite-ignore */ pagefindScriptUrl()).catch(() => undefined)) as
    PagefindSetup | undefined;
  await pagefind?.destroy();
}

/** Pagefind's own files, which it writes gzipped: its WebAssembly, metadata, index, filter and fragment files. */
const PAGEFIND_GZIPPED = /\/pagefind\/[^?]*\.(?:pagefind|pf_meta|pf_index|pf_filter|pf_fragment)(?:\?|$)/;

/**
 * Pagefind inflates its gzipped files in JavaScript, on the main thread,
 * unless they arrive inflated (it then finds its signature first and skips
 * that). The browser's DecompressionStream inflates them natively instead.
 */
function inflated(response: Response): Response {
  if (!response.ok || !response.body || typeof DecompressionStream === "undefined") return response;
  return new Response(response.body.pipeThrough(new DecompressionStream("gzip")), {
    status: response.status,
    statusText: response.statusText,
  });
}

/**
 * Downloads that failed so far. Pagefind logs a failed download and goes on
 * with what it has, so a search compares this count before and after, to tell
 * "found nothing" from "could not look".
 */
let failedDownloads = 0;
const fetchOriginal = globalThis.fetch.bind(globalThis);
globalThis.fetch = async (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  try {
    const response = await fetchOriginal(input, init);
    if (!response.ok) failedDownloads++;
    return PAGEFIND_GZIPPED.test(url) ? inflated(response) : response;
  } catch (error) {
    failedDownloads++;
    throw error;
  }
};

if (form && input && status && list && more) {
  // Set up when the reader turns to the search field, or at once for a query in the URL.
  let engine: Promise<SearchEngine> | undefined;
  const startEngine = () => (engine ??= loadEngine(form.dataset.vocabulary ?? ""));
  input.addEventListener("focus", () => void startEngine(), { once: true });
  let latest = 0;
  let pending: SearchResult[] = [];

  const showMore = async (focusFirst: boolean): Promise<void> => {
    const next = pending.splice(0, PAGE_SIZE);
    const items = (await Promise.all(next.map((r) => r.data()))).map(resultItem);
    list.append(...items);
    more.hidden = pending.length === 0;
    if (focusFirst) items[0]?.querySelector("a")?.focus();
  };
  more.addEventListener("click", () => void showMore(true));

  const searchFor = (query: string) => {
    input.value = query;
    typedEntry = false;
    syncUrl("push");
    void run();
  };

  const run = async (): Promise<void> => {
    const ticket = ++latest;
    const { query, filters } = readForm(form, input);
    let outcome: SearchOutcome;
    let shown: PagefindResultData[];
    const failuresBefore = failedDownloads;
    try {
      outcome = await searchHandbook(await startEngine(), query, filters);
      shown = await Promise.all(outcome.results.slice(0, PAGE_SIZE).map((r) => r.data()));
      if (failedDownloads > failuresBefore) throw new Error("a search download failed");
    } catch {
      // The network dropped, or a deploy replaced the index: say so, and start afresh on the next search.
      engine = undefined;
      void forgetPagefind();
      if (ticket !== latest) return;
      list.replaceChildren();
      pending = [];
      more.hidden = true;
      status.replaceChildren(paragraph("", t("search.failed")));
      delete list.dataset.query;
      showBrowsing(true);
      return;
    }
    if (ticket !== latest) return; // a newer search has started
    list.replaceChildren(...shown.map(resultItem));
    pending = outcome.results.slice(PAGE_SIZE);
    more.hidden = pending.length === 0;
    status.replaceChildren(...statusLines(query, filters, outcome, searchFor));
    list.dataset.query = query;
    showBrowsing(!query && !hasFilters(filters));
  };

  /**
   * Whether the current history entry is one that typing made. Typing a new
   * query starts a new entry once and then refines it, so Back returns to the
   * search before it, however fast or slowly the reader typed.
   */
  let typedEntry = false;
  const syncUrl = (mode: "push" | "replace") => {
    const url = new URL(location.href);
    url.search = new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString();
    if (url.href === location.href) return;
    if (mode === "push" && !typedEntry) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  };

  let timer: number | undefined;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      syncUrl("push");
      typedEntry = true;
      void run();
    }, TYPING_PAUSE_MS);
  });
  form.addEventListener("change", (event) => {
    if (event.target === input) return;
    typedEntry = false;
    syncUrl("push");
    void run();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    syncUrl("push"); // a typed entry becomes the submitted one
    typedEntry = false;
    void run();
  });
  window.addEventListener("popstate", () => {
    typedEntry = false;
    fillForm(form, input, new URLSearchParams(location.search));
    void run();
  });

  // The stylesheet hides the note from the first paint; this covers browsers without @media (scripting).
  document.querySelector<HTMLElement>("#search-no-js")?.setAttribute("hidden", "");
  fillForm(form, input, new URLSearchParams(location.search));
  const initial = readForm(form, input);
  if (initial.query || hasFilters(initial.filters)) {
    // Hide the browsing lists before results arrive, so nothing below them jumps.
    showBrowsing(false);
    void run();
  }
}

/** The browsing lists help while nothing is searched; with results they only push the page down. */
function showBrowsing(show: boolean): void {
  const browse = document.querySelector<HTMLElement>(".search-browse");
  if (browse) browse.hidden = !show;
}

/**
 * Pagefind, the dictionary's tables and the pages' names, all requested at
 * once (the page preloads them, see searchEngineFiles). Pagefind starts
 * fetching its WebAssembly and metadata before the tables are built, and the
 * tables are built a slice at a time, so neither waits for the other and the
 * page never freezes.
 */
async function loadEngine(dictionaryFile: string): Promise<SearchEngine> {
  const build = document.documentElement.dataset.build ?? "";
  const files = searchEngineFiles(build, document.documentElement.lang);
  const pagefindReady = (import(/* @vite-ignore */ pagefindScriptUrl()) as Promise<Pagefind & PagefindSetup>).then(
    async (pagefind) => {
      await pagefind.options({
        // Pagefind 1.5's worker is a second 41 kB script; its work here is a few
        // short tasks between our pauses, so it runs on the main thread.
        noWorker: true,
        baseUrl: siteRoot.pathname,
        // ä/ö optional: `tyokyky` finds `työkyky`, and Pagefind ranks the exact spelling first.
        exactDiacritics: false,
        metaCacheTag: build || null,
      });
      void pagefind.init();
      return pagefind;
    },
  );
  const tablesReady = fetchJson<SearchDictionary>(new URL(dictionaryFile, import.meta.url)).then((dictionary) =>
    searchTablesInSlices(dictionary, pause),
  );
  const namesReady = fetchJson<PageNames>(new URL(files.pageNames, siteRoot));
  const [pagefind, tables, names] = await Promise.all([pagefindReady, tablesReady, namesReady]);
  return { pagefind, tables, names, pause };
}

/** Pagefind's set-up calls, which only this page makes. */
interface PagefindSetup {
  options(options: object): Promise<void>;
  /** Starts loading the index's metadata and WebAssembly. */
  init(): Promise<void>;
  /** Drops the instance: the next call makes a new one. */
  destroy(): Promise<void>;
}

/** A fetch as the page's preloads make it (`as="fetch" crossorigin`), so the preloaded response is the one used. */
async function fetchJson<T>(url: URL): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Gives the browser a turn: scheduler.yield() where there is one (it keeps this work ahead of other tasks), else a new task. */
function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });
}

function readForm(form: HTMLFormElement, input: HTMLInputElement): { query: string; filters: Filters } {
  const data = new FormData(form);
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const values = data.getAll(key).map(String);
    if (values.length) filters[key] = values;
  }
  return { query: input.value.trim(), filters };
}

function fillForm(form: HTMLFormElement, input: HTMLInputElement, params: URLSearchParams): void {
  input.value = params.get("q") ?? "";
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = params.getAll(box.name).includes(box.value);
  }
}

function hasFilters(filters: Filters): boolean {
  return Object.values(filters).some((values) => values !== undefined && values.length > 0);
}

/** The live region's lines: what was searched when it differs from the query, the count, and corrections as links. */
function statusLines(
  query: string,
  filters: Filters,
  outcome: SearchOutcome,
  searchFor: (q: string) => void,
): HTMLParagraphElement[] {
  if (!query && !hasFilters(filters)) return [];
  const lines: HTMLParagraphElement[] = [];
  if (outcome.corrected)
    lines.push(
      paragraph("", `${t("search.noneFor", { q: query })} ${t("search.showingFor", { q: outcome.corrected })}`),
    );
  else if (outcome.respelled) lines.push(paragraph("", t("search.showingFor", { q: outcome.respelled })));
  const count = outcome.results.length;
  const shownQuery = outcome.corrected ?? query;
  lines.push(
    paragraph(
      "",
      count === 0
        ? t("search.resultsNone", { q: shownQuery })
        : count === 1
          ? t("search.resultsOne")
          : t("search.resultsMany", { n: count }),
    ),
  );
  if (outcome.suggestions.length) {
    const line = paragraph("search-status__suggestions", `${t("search.didYouMean")} `);
    outcome.suggestions.forEach((suggestion, i) => {
      if (i > 0) line.append(t("search.orSeparator"));
      const link = document.createElement("a");
      link.href = `?${new URLSearchParams({ q: suggestion })}`;
      link.textContent = suggestion;
      link.addEventListener("click", (event) => {
        event.preventDefault();
        searchFor(suggestion);
      });
      line.append(link);
    });
    line.append("?");
    lines.push(line);
  }
  return lines;
}

function resultItem(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const heading = document.createElement("h2");
  heading.append(link);
  item.append(heading);
  const details = [KIND_LABELS[pageKind(result.meta.kind)](), result.meta.tilanne, result.meta.vaihe]
    .filter(Boolean)
    .join(" · ");
  item.append(paragraph("search-result__details", details));
  const excerpt = paragraph("search-result__excerpt", "");
  for (const run of excerptRuns(result.excerpt)) {
    if (!run.marked) excerpt.append(run.text);
    else excerpt.append(Object.assign(document.createElement("mark"), { textContent: run.text }));
  }
  item.append(excerpt);
  const subResults = result.sub_results.filter((s) => s.url !== result.url).slice(0, MAX_SUB_RESULTS);
  if (subResults.length) {
    const sub = document.createElement("ul");
    for (const s of subResults) {
      const subItem = document.createElement("li");
      const subLink = document.createElement("a");
      subLink.href = s.url;
      subLink.textContent = s.title;
      subItem.append(subLink);
      sub.append(subItem);
    }
    item.append(sub);
  }
  return item;
}

function paragraph(className: string, text: string): HTMLParagraphElement {
  const p = document.createElement("p");
  if (className) p.className = className;
  p.textContent = text;
  return p;
}
