/**
 * Every page URL and anchor id of the site, built in one place: permalinks,
 * templates, filters, search facets, the sitemap and the tests all ask here.
 * URLs are root-relative ("/tilanteet/tyoton/"); Eleventy's base plugin adds
 * the path prefix. The path segments are Finnish because readers see them.
 */
import type { Id } from "./handbook/handbook.ts";
import { languageFolder, type Language } from "./languages.ts";

/** Anchor ids of the network page's fixed sections. */
export type NetworkSection = "yhdessa" | "verkostot" | "palvelut" | "kaksoisrooli" | "tyopaikka";

/** Element ids that other pages link to or that label a section. */
export const ids = {
  /** A matrix cell, `<situation>-<phase>`: search results and back-links land on it. */
  cell: (situation: Id, phase: Id): string => `${situation}-${phase}`,
  /** The heading a section or column is labelled by. */
  heading: (id: string): string => `${id}-otsikko`,
  /** A pathway checklist's box: the current phase's ("nyt") or an earlier phase's. */
  checkbox: (phase: Id, action: Id): string => `${phase}-${action}`,
  /** The list of the abbreviations a page uses, at its end (src/eleventy/abbreviations.ts). */
  glossary: (): string => "lyhenteet",
  /** The main content, where the skip link lands. */
  main: (): string => "sisalto",
  /** A fixed section of the network page, or a network group or service there by its id. */
  networkPart: (anchor: Id): string => anchor,
  /** The list of every pathway on the pathway chooser's page. */
  allPathways: (): string => "kaikki-polut",
  /** An accessibility statement's row for a WCAG criterion: 1.4.10 → `wcag-1-4-10`. */
  criterion: (criterion: string): string => `wcag-${criterion.replaceAll(".", "-")}`,
  /** The query field of a search form other than the search page's own. */
  searchInput: (form: "header" | "home" | "notfound"): string => `${form}-search-q`,
  /** An edition's contact or local service, on the page that lists them. */
  localContact: (id: Id): string => `yhteystieto-${id}`,
  localService: (id: Id): string => `palvelu-${id}`,
  /** A part of the whole-handbook print page: its fixed parts, or a situation or an actor by its id. */
  printPart: (part: Id): string => `tulosta-${part}`,
} as const;

/**
 * The search page's elements that its script finds by id. Apart from `ids`,
 * so that the script's bundle takes these and nothing else.
 */
export const searchIds = {
  form: "search-form",
  query: "search-q",
  status: "search-status",
  results: "search-results",
  more: "search-more",
  noJs: "search-no-js",
} as const;

export const urls = {
  home: () => "/",
  situations: () => "/tilanteet/",
  situation: (id: Id) => `/tilanteet/${id}/`,
  /** A cell on its situation's page. */
  cell: (situation: Id, phase: Id) => `/tilanteet/${situation}/#${ids.cell(situation, phase)}`,
  phases: () => "/vaiheet/",
  phase: (id: Id) => `/vaiheet/${id}/`,
  actors: () => "/toimijat/",
  actor: (id: Id) => `/toimijat/${id}/`,
  keywords: () => "/asiasanat/",
  keyword: (id: Id) => `/asiasanat/${id}/`,
  network: () => "/kuka-voi-tukea/",
  /** A network group, a service or a fixed section of the network page (a NetworkSection). */
  networkPart: (anchor: Id) => `/kuka-voi-tukea/#${ids.networkPart(anchor)}`,
  pathways: () => "/polku/",
  /** The list of every pathway on /polku/. */
  allPathways: () => `/polku/#${ids.allPathways()}`,
  pathway: (situation: Id, phase: Id) => `/polku/${situation}/${phase}/`,
  search: () => "/haku/",
  /** An edition's page of every local contact and service (built only with an edition). */
  local: () => "/alueellasi/",
  localContact: (id: Id) => `/alueellasi/#${ids.localContact(id)}`,
  accessibility: () => "/saavutettavuusseloste/",
  changes: () => "/muutokset/",
  /** An entry of the Muutokset page (ChangeOut.id). */
  change: (id: Id) => `/muutokset/#${id}`,
  /** The Atom feed of the Muutokset page. */
  changesFeed: () => "/muutokset.xml",
  /** The whole handbook on one page, for printing. */
  print: () => "/tulosta/",
  notFound: () => "/404.html",
  /** What the service worker shows, offline, for a page it has not stored. */
  offline: () => "/offline.html",
  manifest: () => "/manifest.webmanifest",
  sitemap: () => "/sitemap.xml",
  robots: () => "/robots.txt",
} as const;

/** The file a root-relative page URL is written to: "/tilanteet/tyoton/" → "tilanteet/tyoton/index.html". */
export function pageFile(url: string): string {
  const path = url.replace(/^\//, "").replace(/[?#].*$/, "");
  return path === "" || path.endsWith("/") ? `${path}index.html` : path;
}

/** The page URL a built file serves: "tilanteet/tyoton/index.html" → "/tilanteet/tyoton/". */
export function fileUrl(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/, "$1");
}

export type Urls = typeof urls;

/** Files of the whole site, one for all languages. */
const SITE_WIDE: ReadonlySet<keyof Urls> = new Set(["manifest", "sitemap", "robots"]);

/** Each language's URLs, made once: the same functions on every run, as a reused render needs (scripts/site/render-reuse.ts). */
const urlsByLanguage = new Map<Language, Urls>();

/** The same URLs for a language's pages: under /sv/ for Swedish, as they are for Finnish. */
export function urlsIn(language: Language): Urls {
  const folder = languageFolder(language);
  if (!folder) return urls;
  let inLanguage = urlsByLanguage.get(language);
  if (!inLanguage) {
    const entries = Object.entries(urls) as Array<[keyof Urls, (...ids: string[]) => string]>;
    inLanguage = Object.fromEntries(
      entries.map(([name, url]) => [name, SITE_WIDE.has(name) ? url : (...ids: string[]) => folder + url(...ids)]),
    ) as unknown as Urls;
    urlsByLanguage.set(language, inLanguage);
  }
  return inLanguage;
}
