/**
 * The search page (/haku/): a form whose query and filters live in the URL,
 * results from Pagefind's JS API with Finnish inflection, announced in a
 * polite live region. Without JavaScript the page still lists the keyword
 * index, the situations and the phases.
 */
import { buildFormTable, type FormTable } from "../../lib/finnish-forms.ts";
import { t } from "./ui-text.ts";
import { FILTER_KEYS, searchHandbook, type Filters, type Pagefind, type PagefindResult, type PagefindResultData } from "../../lib/search-engine.ts";

const form = document.querySelector<HTMLFormElement>("#hakulomake");
const input = document.querySelector<HTMLInputElement>("#search-q");
const status = document.querySelector<HTMLElement>("#hakutila");
const list = document.querySelector<HTMLOListElement>("#hakutulokset");
const more = document.querySelector<HTMLButtonElement>("#lisaa-tuloksia");

const siteRoot = new URL("../", import.meta.url);
/** Results are shown ten at a time: each one shown costs a fragment download. */
const PAGE_SIZE = 10;
const MAX_SUB_RESULTS = 3;

if (form && input && status && list && more) {
  // Pagefind and the vocabulary load on the first search, not with the page.
  let engine: ReturnType<typeof loadEngine> | undefined;
  let latest = 0;
  let pending: PagefindResult[] = [];

  const showMore = async (focusFirst: boolean): Promise<void> => {
    const next = pending.splice(0, PAGE_SIZE);
    const items = renderResults(await Promise.all(next.map((r) => r.data())));
    list.append(...items);
    more.hidden = pending.length === 0;
    if (focusFirst) items[0]?.querySelector("a")?.focus();
  };
  more.addEventListener("click", () => void showMore(true));

  const run = async (): Promise<void> => {
    const ticket = ++latest;
    const { query, filters } = readForm(form, input);
    engine ??= loadEngine(form.dataset.vocabulary ?? "");
    const { pagefind, table } = await engine;
    const results = await searchHandbook(pagefind, query, filters, table);
    const shown = await Promise.all(results.slice(0, PAGE_SIZE).map((r) => r.data()));
    if (ticket !== latest) return; // a newer search has started
    list.replaceChildren(...renderResults(shown));
    pending = results.slice(PAGE_SIZE);
    more.hidden = pending.length === 0;
    status.textContent = statusText(query, filters, results.length);
    showBrowsing(!query && !hasFilters(filters));
  };

  const syncUrl = (mode: "push" | "replace") => {
    const url = new URL(location.href);
    url.search = new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString();
    if (url.href === location.href) return;
    if (mode === "push") history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  };

  let timer: number | undefined;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      syncUrl("replace");
      void run();
    }, 200);
  });
  form.addEventListener("change", (event) => {
    if (event.target === input) return;
    syncUrl("push");
    void run();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    syncUrl("push");
    void run();
  });
  window.addEventListener("popstate", () => {
    fillForm(form, input, new URLSearchParams(location.search));
    void run();
  });

  document.querySelector<HTMLElement>("#haku-ilman-javascriptia")?.setAttribute("hidden", "");
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

async function loadEngine(vocabularyFile: string): Promise<{ pagefind: Pagefind; table: FormTable }> {
  const pagefindUrl = new URL("pagefind/pagefind.js", siteRoot).href;
  const [pagefind, vocabulary] = await Promise.all([
    import(/* @vite-ignore */ pagefindUrl) as Promise<Pagefind & { options(o: object): Promise<void> }>,
    fetch(new URL(vocabularyFile, import.meta.url)).then((r) => r.json() as Promise<string[]>),
  ]);
  await pagefind.options({
    // Pagefind 1.5's worker fetches a second, language-less WebAssembly file
    // (68 kB); the handbook's index is small enough to search on the main thread.
    noWorker: true,
    baseUrl: siteRoot.pathname,
    exactDiacritics: true,
    metaCacheTag: document.documentElement.dataset.build ?? null,
  });
  return { pagefind, table: buildFormTable(vocabulary) };
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

function statusText(query: string, filters: Filters, count: number): string {
  if (!query && !hasFilters(filters)) return "";
  if (count === 0) return t("search.resultsNone", { q: query });
  return count === 1 ? t("search.resultsOne") : t("search.resultsMany", { n: count });
}

function renderResults(results: readonly PagefindResultData[]): HTMLLIElement[] {
  return results.map((result) => {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    const heading = document.createElement("h2");
    heading.append(link);
    item.append(heading);
    const facets = [result.meta.tilanne, result.meta.vaihe].filter(Boolean).join(" · ");
    if (facets) item.append(paragraph("hakutulos__tiedot", facets));
    // Pagefind's excerpt is our own indexed text with <mark> around the matches.
    const excerpt = paragraph("hakutulos__ote", "");
    excerpt.innerHTML = result.excerpt;
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
  });
}

function paragraph(className: string, text: string): HTMLParagraphElement {
  const p = document.createElement("p");
  p.className = className;
  p.textContent = text;
  return p;
}
