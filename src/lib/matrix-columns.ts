/**
 * The columns of a matrix table: a situation's page shows its phases side by
 * side, a phase's page shows the situations side by side.
 */
import type { Handbook, PhaseOut, SituationOut } from "../../lib/handbook.ts";

export interface MatrixColumn {
  /** The cell's id: `<situation>-<phase>`, the anchor search results and back-links land on. */
  readonly id: string;
  readonly url: string;
  readonly name: string;
  readonly description?: string;
  readonly actions: readonly string[];
}

export function cellId(situationId: string, phaseId: string): string {
  return `${situationId}-${phaseId}`;
}

export function situationColumns(situation: SituationOut, handbook: Handbook): MatrixColumn[] {
  const phases = new Map(handbook.phases.map((p) => [p.id, p]));
  return situation.cells.map((cell) => {
    const phase = phases.get(cell.phase)!;
    return {
      id: cellId(situation.id, phase.id),
      url: `/vaiheet/${phase.id}/`,
      name: phase.name,
      description: phase.description,
      actions: cell.actions,
    };
  });
}

export function phaseColumns(phase: PhaseOut, handbook: Handbook): MatrixColumn[] {
  return handbook.situations.map((situation) => ({
    id: cellId(situation.id, phase.id),
    url: `/tilanteet/${situation.id}/`,
    name: situation.name,
    actions: situation.cells.find((cell) => cell.phase === phase.id)?.actions ?? [],
  }));
}
