/**
 * What each page is about, for the search filters (tilanne, vaihe, asiasana)
 * and the result metadata. Computed from the handbook's back-links.
 */
import type { ActionOut, ActorOut, Handbook, KeywordOut, PhaseOut, SituationOut } from "../handbook/handbook.ts";
import { indexById, unique } from "../collections.ts";
import type { Pathway } from "../handbook/pathways.ts";

export interface SearchFacets {
  readonly situations: readonly string[];
  readonly phases: readonly string[];
  readonly keywords: readonly string[];
}

/** Actions by id, indexed once per handbook: facets stay linear in the site's size. */
function actionById(handbook: Handbook, id: string): ActionOut {
  return indexById(handbook.actions).get(id)!;
}

function keywordsOfActions(actionIds: Iterable<string>, handbook: Handbook): string[] {
  return [...actionIds].flatMap((id) => actionById(handbook, id).keywords);
}

export function situationFacets(situation: SituationOut, handbook: Handbook): SearchFacets {
  return {
    situations: [situation.id],
    phases: situation.cells.map((c) => c.phase),
    keywords: unique([
      ...situation.keywords,
      ...keywordsOfActions(
        situation.cells.flatMap((c) => c.actions),
        handbook,
      ),
    ]),
  };
}

export function phaseFacets(phase: PhaseOut, handbook: Handbook): SearchFacets {
  const actions = handbook.situations.flatMap((s) =>
    s.cells.filter((c) => c.phase === phase.id).flatMap((c) => c.actions),
  );
  return {
    situations: handbook.situations.map((s) => s.id),
    phases: [phase.id],
    keywords: unique([...phase.keywords, ...keywordsOfActions(actions, handbook)]),
  };
}

export function actorFacets(actor: ActorOut, handbook: Handbook): SearchFacets {
  return {
    situations: unique([...actor.serves, ...actor.cells.map((c) => c.situation)]),
    phases: unique(actor.cells.map((c) => c.phase)),
    keywords: unique(keywordsOfActions(actor.actions, handbook)),
  };
}

export function keywordFacets(keyword: KeywordOut, handbook: Handbook): SearchFacets {
  const cells = keyword.actions.flatMap((id) => actionById(handbook, id).cells);
  return {
    situations: keyword.situations,
    phases: unique([...keyword.phases, ...cells.map((c) => c.phase)]),
    keywords: [keyword.id],
  };
}

export function networkFacets(handbook: Handbook): SearchFacets {
  return { situations: unique(handbook.network.networks.groups.flatMap((g) => g.serves)), phases: [], keywords: [] };
}

export function pathwayFacets(pathway: Pathway, handbook: Handbook): SearchFacets {
  return {
    situations: [pathway.situation.id],
    phases: [pathway.phase.id],
    keywords: unique(keywordsOfActions(pathway.actions, handbook)),
  };
}
