/** One page of each kind the site has, for the checks that look at a kind of page rather than every page. */
import type { Language } from "../../lib/languages.ts";
import { urlsIn } from "../../lib/urls.ts";
import { loadHandbook } from "./site.ts";

const handbook = loadHandbook();
const first = <T>(items: readonly T[]): T => {
  if (!items[0]) throw new Error("the handbook has an empty list");
  return items[0];
};
const situation = first(handbook.situations).id;
const lastPhase = handbook.phases.at(-1)!.id;

/** The page of each kind in `language` (the same pages, at that language's URLs). */
export const pageTypes = (language: Language) => {
  const urls = urlsIn(language);
  return {
    home: urls.home(),
    pathways: urls.pathways(),
    // The last phase: its checklist also has the earlier phases in a <details>.
    pathway: urls.pathway(situation, lastPhase),
    situations: urls.situations(),
    situation: urls.situation(situation),
    phases: urls.phases(),
    phase: urls.phase(first(handbook.phases).id),
    actors: urls.actors(),
    actor: urls.actor(first(handbook.actors).id),
    network: urls.network(),
    keywords: urls.keywords(),
    keyword: urls.keyword(first(handbook.keywords).id),
    search: `${urls.search()}?q=kela`,
    changes: urls.changes(),
    print: urls.print(),
    accessibility: urls.accessibility(),
    notFound: urls.notFound(),
  } as const;
};

export const PAGE_TYPES = pageTypes("fi");

export type PageType = keyof typeof PAGE_TYPES;
