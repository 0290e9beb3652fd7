/**
 * Everything a search runs on — Pagefind, the dictionary and the pages'
 * names — requested at once (the page preloads them, see searchEngineFiles).
 * Pagefind starts fetching its WebAssembly and metadata before the dictionary
 * is opened, and the dictionary is opened a slice at a time, so neither waits
 * for the other and the page never freezes.
 */
import { openDictionaryInSlices, type DictionaryFile } from "../../../lib/search/dictionary.ts";
import { searchEngineFiles, type PageNames, type SearchEngine } from "../../../lib/search/engine.ts";
import { isLanguage, NATIONAL_LANGUAGE, type Language } from "../../../lib/languages.ts";
import { loadPagefind, siteRoot } from "./pagefind-instance.ts";

export async function loadEngine(dictionaryUrl: string): Promise<SearchEngine> {
  const build = document.documentElement.dataset.build ?? "";
  const language = pageLanguage();
  const files = searchEngineFiles(build, language);
  const pagefindReady = loadPagefind(build);
  const dictionaryReady = fetchJson<DictionaryFile>(new URL(dictionaryUrl, import.meta.url)).then((file) =>
    openDictionaryInSlices(file, language, pause),
  );
  const namesReady = fetchJson<PageNames>(new URL(files.pageNames, siteRoot));
  const [pagefind, dictionary, names] = await Promise.all([pagefindReady, dictionaryReady, namesReady]);
  return { pagefind, dictionary, names, pause };
}

/** The page's language: Pagefind searches its index, the dictionary inflects its words. */
function pageLanguage(): Language {
  const lang = document.documentElement.lang;
  return isLanguage(lang) ? lang : NATIONAL_LANGUAGE;
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
