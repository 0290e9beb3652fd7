/** Nunjucks filters: small, pure, and shared with the tests. */
import MarkdownIt from "markdown-it";
import nunjucks from "nunjucks";
import { explainAbbreviations, glossaryOf } from "./abbreviations.ts";
import { escapeHtml } from "./escape-html.ts";
import { phaseColumns, situationColumns } from "./matrix-columns.ts";
import { findById, memoizedBy } from "../../lib/collections.ts";
import type { Handbook, LinkedText, SourceOut } from "../../lib/handbook/handbook.ts";
import { combinedReview, type Reviewed } from "../../lib/handbook/review.ts";
import { recentChange, touchedPages as touchedPagesOf, type TouchedPage } from "../../lib/handbook/changes.ts";
import type { ChangeOut } from "../../lib/handbook/handbook.ts";
import { absoluteUrl } from "../../lib/site-config.ts";
import { finnishDate } from "../../lib/finnish-date.ts";
import {
  finnishFallback,
  hasFinnishFallback,
  isWholeFallback,
  markedJson,
  searchMetadata,
  withoutFallbackMarks,
} from "../../lib/i18n/finnish-fallback.ts";
import { isLanguage, NATIONAL_LANGUAGE, urlIn, type Language } from "../../lib/languages.ts";
import type { Urls } from "../../lib/urls.ts";
import { translate, type UiParams, type UiTable } from "../../lib/ui-text.ts";
import { pathwaysOf, pathwaysWith } from "../../lib/handbook/pathways.ts";
import {
  contactsFor,
  contactsForActors,
  notesOn,
  pathwayContacts,
  pathwayNotes,
  servicesFor,
} from "../../lib/edition/local-content.ts";
import {
  actorFacets,
  keywordFacets,
  networkFacets,
  pathwayFacets,
  phaseFacets,
  situationFacets,
} from "../../lib/search/facets.ts";

export const markdownLibrary = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** `id | byId(list)`: the item with this id. Indexes each list once, so lookups stay O(1) on big sites. */
function byId<T extends { id: string }>(id: string, list: readonly T[]): T {
  if (!Array.isArray(list))
    throw new Error(`byId: expected a list to find "${id}" in, got ${JSON.stringify(list)?.slice(0, 80)}`);
  return findById<T>(list, id);
}

/** `ids | byIds(list)`: the items with these ids, in the order of the ids. */
function byIds<T extends { id: string }>(ids: readonly string[], list: readonly T[]): T[] {
  return ids.map((id) => byId(id, list));
}

/**
 * `{{ "nav.home" | t }}`, `{{ "keyword.title" | t({ label: keyword.label }) }}`: a string of
 * src/ui/<language>.json, read from the page's `ui` data (its language's table). Front matter functions have no template
 * context, so they pass the table: `title(data) { return this.t("nav.home", {}, data.ui); }`.
 */
function t(
  this: { ctx?: { ui?: UiTable } } | undefined,
  key: string,
  params?: UiParams,
  table = this?.ctx?.ui,
): string {
  if (!table) throw new Error(`t("${key}"): no ui table; in front matter, pass data.ui`);
  if (params) return translate(table, key, params);
  const strings = plainStrings(table);
  let text = strings.get(key);
  if (text === undefined) strings.set(key, (text = translate(table, key)));
  return text;
}

/** Each table's strings asked for without parameters, by key: a page asks for some forty, the same on every page. */
const plainStrings = memoizedBy<UiTable, Map<string, string>>(() => new Map());

/**
 * `{{ criterion.manual | finnish }}`: a text that exists only in Finnish (the accessibility criteria file, the
 * deployment settings). On another language's page it is a Finnish fallback, marked lang="fi" like any other.
 */
function finnish(this: { ctx?: { lang?: string } } | undefined, text: string): string {
  const lang = this?.ctx?.lang ?? NATIONAL_LANGUAGE;
  return lang === NATIONAL_LANGUAGE ? text : finnishFallback(text);
}

/**
 * `{{ criterion.name | inPageLanguage }}`: a text given in each language (`{ fi, sv }`) — the page's own, or the
 * Finnish as a marked fallback where that language has none.
 */
function inPageLanguage(
  this: { ctx?: { lang?: string } } | undefined,
  texts: Readonly<Partial<Record<Language, string>>> & { readonly fi: string },
): string {
  const lang = this?.ctx?.lang ?? NATIONAL_LANGUAGE;
  return (isLanguage(lang) && texts[lang]) || finnish.call(this, texts.fi);
}

/** `sourceIds | reviewOf(handbook.sources)`: when the content a page draws on was checked, and is next due. */
function reviewOf(sourceIds: readonly string[], sources: readonly SourceOut[]): Reviewed | undefined {
  return combinedReview(byIds(sourceIds, sources));
}

/** `change | touchedPages(handbook)`: the pages a change touched, index pages named as in the menu. */
function touchedPages(
  this: { ctx?: { ui?: UiTable } } | undefined,
  change: ChangeOut,
  handbook: Handbook,
  urls: Urls,
): TouchedPage[] {
  return touchedPagesOf(change, handbook, urls, (name) => t.call(this, `nav.${name}`));
}

/**
 * `{{ action | linkedText }}`: text whose actor mentions link to the actors' pages, escaped as Nunjucks
 * escapes. Code, not a template loop: it runs for every action, service and network member of every page,
 * where a Nunjucks loop writes ten variables into its frame for each segment.
 */
function linkedText(this: { ctx?: { urls?: Urls } } | undefined, linked: LinkedText): nunjucks.runtime.SafeString {
  const urls = this?.ctx?.urls;
  if (!urls) throw new Error("linkedText: no urls in the page's data");
  const html = linked.segments
    .map(({ text, actor }) =>
      actor ? `<a href="${escapeHtml(urls.actor(actor))}">${escapeHtml(text)}</a>` : escapeHtml(text),
    )
    .join("");
  return new nunjucks.runtime.SafeString(html);
}

/** A page's `derived` front matter: each value, or each function of the page's data and what it returns. */
type Derived = Readonly<Record<string, unknown>>;

/**
 * `{% set facts = derived | derive %}`: what a page derives from its data (its title, description,
 * breadcrumbs, sources, …), worked out once per page by the layout. Not Eleventy's eleventyComputed, which
 * runs every function again on a tracing proxy of the data to order them: a tenth of each run's time for
 * values that need no order, since each reads the page's data only, never another derived value.
 * The functions are called with the filters as `this` (`this.t`), as eleventyComputed's were.
 */
function derive(this: { ctx?: object } | undefined, derived: Derived = {}): Record<string, unknown> {
  const data = this?.ctx ?? {};
  return Object.fromEntries(
    Object.entries(derived).map(([key, value]) => [
      key,
      typeof value === "function" ? (value as (data: object) => unknown).call(filters, data) : value,
    ]),
  );
}

/** A Markdown body shown in Finnish in place of a translation is one block marked lang="fi". */
function markdown(text: string): string {
  if (!isWholeFallback(text)) return markdownLibrary.render(text);
  return `<div lang="fi" data-pagefind-ignore>${markdownLibrary.render(withoutFallbackMarks(text))}</div>`;
}

export const filters = {
  absoluteUrl,
  byId,
  byIds,
  contactsFor,
  contactsForActors,
  derive,
  explainAbbreviations,
  // Once per build, not once per page: each page has its own copy of the handbook, but the same actors list.
  glossaryOf: memoizedBy(glossaryOf, (handbook: Handbook) => handbook.actors),
  finnish,
  finnishDate,
  hasFinnishFallback,
  inPageLanguage,
  linkedText,
  markdown,
  notesOn,
  phaseColumns,
  situationColumns,
  actorFacets,
  keywordFacets,
  networkFacets,
  pathwayFacets,
  pathwayContacts,
  pathwayNotes,
  pathways: pathwaysOf,
  pathwaysWith,
  phaseFacets,
  recentChange,
  reviewOf,
  servicesFor,
  situationFacets,
  t,
  touchedPages,
  markedJson,
  searchMetadata,
  urlIn,
};
