/**
 * The columns of a matrix table: a situation's page shows its phases side by
 * side, a phase's page shows the situations side by side.
 */
import type { Handbook, PhaseOut, SituationOut } from "../../lib/handbook/handbook.ts";
import { indexById } from "../../lib/collections.ts";
import { ids, type Urls } from "../../lib/urls.ts";

export interface MatrixColumn {
  /** The cell's id (ids.cell), the anchor search results and back-links land on. */
  readonly id: string;
  readonly url: string;
  readonly name: string;
  readonly description?: string;
  readonly actions: readonly string[];
}

/** `urls`: the page's language's URLs (urlsIn), which the columns link into. */
export function situationColumns(situation: SituationOut, handbook: Handbook, urls: Urls): MatrixColumn[] {
  const phases = indexById(handbook.phases);
  return situation.cells.map((cell) => {
    const phase = phases.get(cell.phase)!;
    return {
      id: ids.cell(situation.id, phase.id),
      url: urls.phase(phase.id),
      name: phase.name,
      description: phase.description,
      actions: cell.actions,
    };
  });
}

export function phaseColumns(phase: PhaseOut, handbook: Handbook, urls: Urls): MatrixColumn[] {
  return handbook.situations.map((situation) => ({
    id: ids.cell(situation.id, phase.id),
    url: urls.situation(situation.id),
    name: situation.name,
    actions: situation.cells.find((cell) => cell.phase === phase.id)?.actions ?? [],
  }));
}
