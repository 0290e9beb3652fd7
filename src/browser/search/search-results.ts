/**
 * What the page shows of a search: the result items and the live region's
 * lines, built as DOM nodes, never as HTML, so the page runs under Trusted
 * Types; and the browsing lists, hidden while results are shown.
 */
import { excerptRuns } from "../../../lib/search/excerpt.ts";
import type { FallbackRun } from "../../../lib/i18n/finnish-fallback.ts";
import type { PagefindResultData, SearchOutcome } from "../../../lib/search/engine.ts";
import { pageKind, type PageKind } from "../../../lib/search/ranking.ts";
import { t } from "../ui-text.ts";
import { isSearching, type FormSearch } from "./search-form.ts";

/** What each kind of page is called in a result; literal keys, so the UI-string check sees them read. */
const KIND_LABELS: Readonly<Record<PageKind, () => string>> = {
  situation: () => t("search.kinds.situation"),
  phase: () => t("search.kinds.phase"),
  pathway: () => t("search.kinds.pathway"),
  actor: () => t("search.kinds.actor"),
  keyword: () => t("search.kinds.keyword"),
  page: () => t("search.kinds.page"),
};
const MAX_SUB_RESULTS = 3;

/** The browsing lists help while nothing is searched; with results they only push the page down. */
export function showBrowsing(show: boolean): void {
  const browse = document.querySelector<HTMLElement>(".search-browse");
  if (browse) browse.hidden = !show;
}

/** The live region's lines: what was searched when it differs from the query, the count, and corrections as links. */
export function statusLines(
  search: FormSearch,
  outcome: SearchOutcome,
  searchFor: (q: string) => void,
): HTMLParagraphElement[] {
  if (!isSearching(search)) return [];
  const { query } = search;
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
      const link = element("a", { href: `?${new URLSearchParams({ q: suggestion })}`, textContent: suggestion });
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

/** The line that says a search could not run. */
export const failedLine = () => paragraph("", t("search.failed"));

/**
 * A result's item. `fallbackTitle` is the title of a page whose title is (partly) an untranslated Finnish
 * fallback (page-names.json): kept out of the metadata Pagefind searches, shown run by run, each Finnish one lang="fi".
 */
export function resultItem(result: PagefindResultData, fallbackTitle?: readonly FallbackRun[]): HTMLLIElement {
  const item = element("li");
  const link = element("a", { href: result.url });
  link.append(...(fallbackTitle?.map((run) => element("span", run)) ?? [result.meta.title ?? result.url]));
  const heading = element("h2");
  heading.append(link);
  item.append(heading);
  const details = [KIND_LABELS[pageKind(result.meta.kind)](), result.meta.tilanne, result.meta.vaihe]
    .filter(Boolean)
    .join(" · ");
  item.append(paragraph("search-result__details", details));
  const excerpt = paragraph("search-result__excerpt", "");
  for (const run of excerptRuns(result.excerpt)) {
    if (!run.marked) excerpt.append(run.text);
    else excerpt.append(element("mark", { textContent: run.text }));
  }
  item.append(excerpt);
  const subResults = result.sub_results.filter((s) => s.url !== result.url).slice(0, MAX_SUB_RESULTS);
  if (subResults.length) {
    const sub = element("ul");
    for (const s of subResults) {
      const subItem = element("li");
      subItem.append(element("a", { href: s.url, textContent: s.title }));
      sub.append(subItem);
    }
    item.append(sub);
  }
  return item;
}

function paragraph(className: string, text: string): HTMLParagraphElement {
  const p = element("p", { textContent: text });
  if (className) p.className = className;
  return p;
}

/** A new element with the given properties: how this module makes each one. */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), properties);
}
