/**
 * The search page (/haku/): a form whose query and filters live in the URL,
 * results from Pagefind's JS API widened for Finnish (lib/search/engine.ts),
 * announced in a polite live region with what was searched and, for a typo,
 * corrections as links. Without JavaScript the page still lists the keyword
 * index, the situations and the phases. This module wires the page's events
 * to the modules beside it: pagefind-fetch (downloads), load-engine (what a
 * search runs on), search-form, search-history and search-results.
 */
import {
  searchHandbook,
  type SearchEngine,
  type SearchOutcome,
  type SearchResult,
} from "../../../lib/search/engine.ts";
import { searchIds } from "../../../lib/urls.ts";
import { failedDownloads, wrapFetch } from "./pagefind-fetch.ts";
import { forgetPagefind } from "./pagefind-instance.ts";
import { loadEngine } from "./load-engine.ts";
import { fillForm, isSearching, readForm } from "./search-form.ts";
import { searchHistory } from "./search-history.ts";
import { failedLine, resultItem, showBrowsing, statusLines } from "./search-results.ts";

/** Results are shown ten at a time: each one shown costs a fragment download. */
const PAGE_SIZE = 10;
/** Typing pauses shorter than this do not search: enough to skip a fast typist's intermediate words. */
const TYPING_PAUSE_MS = 40;

wrapFetch();

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;
const form = byId<HTMLFormElement>(searchIds.form);
const input = byId<HTMLInputElement>(searchIds.query);
const status = byId<HTMLElement>(searchIds.status);
const list = byId<HTMLOListElement>(searchIds.results);
const more = byId<HTMLButtonElement>(searchIds.more);

if (form && input && status && list && more) {
  // Set up when the reader turns to the search field, or at once for a query in the URL.
  let engine: Promise<SearchEngine> | undefined;
  const startEngine = () => (engine ??= loadEngine(form.dataset.dictionary ?? ""));
  input.addEventListener("focus", () => void startEngine(), { once: true });
  const urlHistory = searchHistory(form);
  let latest = 0;
  let pending: SearchResult[] = [];

  /** The results' items: each with its data, and the fallback title page-names.json has for it. */
  const itemsOf = async (results: readonly SearchResult[]): Promise<HTMLLIElement[]> => {
    const { names } = await startEngine();
    return Promise.all(results.map(async (r) => resultItem(await r.data(), names[r.id]?.[2])));
  };

  const showMore = async (focusFirst: boolean): Promise<void> => {
    const items = await itemsOf(pending.splice(0, PAGE_SIZE));
    list.append(...items);
    more.hidden = pending.length === 0;
    if (focusFirst) items[0]?.querySelector("a")?.focus();
  };
  more.addEventListener("click", () => void showMore(true));

  const searchFor = (query: string) => {
    input.value = query;
    urlHistory.chosen();
    void run();
  };

  const run = async (): Promise<void> => {
    const ticket = ++latest;
    const search = readForm(form, input);
    let outcome: SearchOutcome;
    let shown: HTMLLIElement[];
    const failuresBefore = failedDownloads();
    try {
      outcome = await searchHandbook(await startEngine(), search.query, search.filters);
      shown = await itemsOf(outcome.results.slice(0, PAGE_SIZE));
      // A download that failed without throwing fails the search all the same.
      if (failedDownloads() > failuresBefore) throw new Error();
    } catch {
      // The network dropped, or a deploy replaced the index: say so, and start afresh on the next search.
      engine = undefined;
      void forgetPagefind();
      if (ticket !== latest) return;
      list.replaceChildren();
      pending = [];
      more.hidden = true;
      status.replaceChildren(failedLine());
      delete list.dataset.query;
      showBrowsing(true);
      return;
    }
    if (ticket !== latest) return; // a newer search has started
    list.replaceChildren(...shown);
    pending = outcome.results.slice(PAGE_SIZE);
    more.hidden = pending.length === 0;
    status.replaceChildren(...statusLines(search, outcome, searchFor));
    list.dataset.query = search.query;
    showBrowsing(!isSearching(search));
  };

  let timer: number | undefined;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      urlHistory.typed();
      void run();
    }, TYPING_PAUSE_MS);
  });
  form.addEventListener("change", (event) => {
    if (event.target === input) return;
    urlHistory.chosen();
    void run();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    urlHistory.submitted();
    void run();
  });
  window.addEventListener("popstate", () => {
    urlHistory.moved();
    fillForm(form, input, new URLSearchParams(location.search));
    void run();
  });

  // The stylesheet hides the note from the first paint; this covers browsers without @media (scripting).
  byId(searchIds.noJs)?.setAttribute("hidden", "");
  fillForm(form, input, new URLSearchParams(location.search));
  if (isSearching(readForm(form, input))) {
    // Hide the browsing lists before results arrive, so nothing below them jumps.
    showBrowsing(false);
    void run();
  }
}
