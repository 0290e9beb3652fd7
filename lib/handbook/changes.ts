/**
 * Which pages a change touches, and the latest change a page shows a note
 * about. One answer for the Muutokset page's links and the pages' notes, so a
 * page links back exactly when the Muutokset page links to it.
 */
import { findById, memoizedBy, unique } from "../collections.ts";
import type { Urls } from "../urls.ts";
import type { PageName } from "./content-schema.ts";
import type { ChangeOut, Handbook } from "./handbook.ts";
import { addDays } from "./review.ts";

/** How long a touched page says *Muutettu viimeksi …*: a quarter of a year. */
export const CHANGE_NOTE_DAYS = 90;

export interface TouchedPage {
  readonly url: string;
  /** The page's name; for an index page, its name in the menu (ui.json `nav.<name>`). */
  readonly label: string;
}

const INDEX_PAGES: Readonly<Record<PageName, (urls: Urls) => string>> = {
  home: (urls) => urls.home(),
  situations: (urls) => urls.situations(),
  phases: (urls) => urls.phases(),
  actors: (urls) => urls.actors(),
  keywords: (urls) => urls.keywords(),
  network: (urls) => urls.network(),
  pathways: (urls) => urls.pathways(),
};

/**
 * The pages that show what the change touched: an action's situations and
 * phases, each named actor, situation, phase and keyword, and the index pages.
 * `urls` are the page's language's; `indexLabel` names an index page (the
 * site passes its ui.json menu names).
 */
export function touchedPages(
  change: ChangeOut,
  handbook: Handbook,
  urls: Urls,
  indexLabel: (page: PageName) => string,
): TouchedPage[] {
  const { actions = [], actors = [], situations = [], phases = [], keywords = [], pages = [] } = change.touches;
  const cells = actions.flatMap((id) => findById(handbook.actions, id).cells);
  const situationIds = unique([...situations, ...cells.map((c) => c.situation)]);
  const phaseIds = unique([...phases, ...cells.map((c) => c.phase)]);
  const all: TouchedPage[] = [
    ...pages.map((name) => ({ url: INDEX_PAGES[name](urls), label: indexLabel(name) })),
    ...situationIds.map((id) => ({ url: urls.situation(id), label: findById(handbook.situations, id).title })),
    ...phaseIds.map((id) => ({ url: urls.phase(id), label: findById(handbook.phases, id).name })),
    ...actors.map((id) => ({ url: urls.actor(id), label: findById(handbook.actors, id).name })),
    ...keywords.map((id) => ({ url: urls.keyword(id), label: findById(handbook.keywords, id).label })),
  ];
  return all.filter((page, i) => all.findIndex((other) => other.url === page.url) === i);
}

/** For each page, the newest change that touched it within CHANGE_NOTE_DAYS before `today` (changes are newest first). */
function recentChangesByPage(handbook: Handbook, today: string, urls: Urls): ReadonlyMap<string, ChangeOut> {
  const since = addDays(today, -CHANGE_NOTE_DAYS);
  const byPage = new Map<string, ChangeOut>();
  for (const change of handbook.changes)
    if (change.date > since && change.date <= today)
      for (const { url } of touchedPages(change, handbook, urls, () => ""))
        if (!byPage.has(url)) byPage.set(url, change);
  return byPage;
}

/** recentChangesByPage, worked out once per handbook, URLs and day: every page of a site asks. */
const recentChanges = memoizedBy((handbook: Handbook) =>
  memoizedBy((urls: Urls) => {
    const byDay = new Map<string, ReadonlyMap<string, ChangeOut>>();
    return (today: string) => {
      if (!byDay.has(today)) byDay.set(today, recentChangesByPage(handbook, today, urls));
      return byDay.get(today)!;
    };
  }),
);

/** The newest change that touched `pageUrl` within CHANGE_NOTE_DAYS before `today`, if any. */
export function recentChange(pageUrl: string, handbook: Handbook, today: string, urls: Urls): ChangeOut | undefined {
  return recentChanges(handbook)(urls)(today).get(pageUrl);
}
