/**
 * Asiakkaan polku: what to do now in one situation and phase, the earlier
 * phases to check, and whom to contact. Built from the handbook's cells and
 * back-links only.
 */
import type { ActorOut, Handbook, PhaseOut, SituationOut } from "./handbook.ts";
import { groupBy, indexById, memoizedBy } from "../collections.ts";

export interface Pathway {
  readonly situation: SituationOut;
  readonly phase: PhaseOut;
  /** The cell's actions, in order. */
  readonly actions: readonly string[];
  /** The earlier phases' cells of the same situation, to check they were done. */
  readonly earlier: ReadonlyArray<{ readonly phase: PhaseOut; readonly actions: readonly string[] }>;
  /** The cell's actions that name actors, each with those actors: whom to contact, and for what. */
  readonly contacts: ReadonlyArray<{ readonly action: string; readonly actors: readonly ActorOut[] }>;
}

export function pathways(handbook: Handbook): Pathway[] {
  const actors = indexById(handbook.actors);
  const actions = indexById(handbook.actions);
  return handbook.situations.flatMap((situation) =>
    handbook.phases.map((phase, index) => {
      const cellOf = (phaseId: string) => situation.cells.find((c) => c.phase === phaseId)?.actions ?? [];
      const cell = cellOf(phase.id);
      return {
        situation,
        phase,
        actions: cell,
        earlier: handbook.phases.slice(0, index).map((p) => ({ phase: p, actions: cellOf(p.id) })),
        contacts: cell
          .map((actionId) => ({ action: actionId, actors: actions.get(actionId)!.actors.map((id) => actors.get(id)!) }))
          .filter((contact) => contact.actors.length > 0),
      };
    }),
  );
}

/**
 * `handbook | pathways`: the (situations × phases) pathways, derived once per build. Eleventy gives
 * each page its own copy of the handbook object but the same arrays, so the situations list is the key.
 */
export const pathwaysOf = memoizedBy(pathways, (handbook: Handbook) => handbook.situations);

const groupsOf = memoizedBy((all: readonly Pathway[]) =>
  groupBy(all, (pathway) => [`situation:${pathway.situation.id}`, `phase:${pathway.phase.id}`]),
);

/** The pathways of one situation (`situation`) or of one phase (`phase`); grouped once per list. */
export function pathwaysWith(all: readonly Pathway[], field: "situation" | "phase", id: string): Pathway[] {
  return groupsOf(all).get(`${field}:${id}`) ?? [];
}
