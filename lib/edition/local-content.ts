/**
 * Which of an edition's local content belongs on a page: the contacts for an
 * actor (in a situation), the services for an actor, situation or phase, the
 * notes on an action, situation, phase or pathway. Indexed once per edition.
 */
import { findById, groupBy, memoizedBy } from "../collections.ts";
import type { Handbook } from "../handbook/handbook.ts";
import type { Pathway } from "../handbook/pathways.ts";
import type { ContactOut, Edition, LocalServiceOut, NoteOut, NoteTarget } from "./edition.ts";

const contactsByActor = memoizedBy((contacts: readonly ContactOut[]) => groupBy(contacts, (c) => c.actor));

/** An actor's local contacts; with a situation, only those for it (a contact naming no situation is for all). */
export function contactsFor(edition: Edition, actor: string, situation?: string): ContactOut[] {
  const all = contactsByActor(edition.contacts).get(actor) ?? [];
  return situation ? all.filter((c) => c.situations.length === 0 || c.situations.includes(situation)) : all;
}

/** Several actors' contacts, in the actors' order, each once. */
export function contactsForActors(edition: Edition, actors: readonly string[], situation?: string): ContactOut[] {
  return [...new Set(actors)].flatMap((actor) => contactsFor(edition, actor, situation));
}

const fits = (list: readonly string[], id: string | undefined) =>
  id === undefined || list.length === 0 || list.includes(id);

/** Local services for an actor, or for a situation and/or phase (a service naming none is for all). */
export function servicesFor(
  edition: Edition,
  where: { readonly actor?: string; readonly situation?: string; readonly phase?: string },
): LocalServiceOut[] {
  if (where.actor !== undefined) return edition.services.filter((s) => s.actors.includes(where.actor!));
  return edition.services.filter((s) => fits(s.situations, where.situation) && fits(s.phases, where.phase));
}

const key = (target: NoteTarget): string => {
  switch (target.kind) {
    case "action":
      return `action:${target.action}`;
    case "situation":
      return `situation:${target.situation}`;
    case "phase":
      return `phase:${target.phase}`;
    case "pathway":
      return `pathway:${target.situation}/${target.phase}`;
  }
};

const notesByTarget = memoizedBy((notes: readonly NoteOut[]) => groupBy(notes, (n) => key(n.target)));

/** `notesOn(edition, "action", id)`, `notesOn(edition, "pathway", "tyoton/sekundaarivaihe")`. */
export function notesOn(edition: Edition, kind: NoteTarget["kind"], id: string): NoteOut[] {
  return notesByTarget(edition.notes).get(`${kind}:${id}`) ?? [];
}

/**
 * The local contacts a pathway lists: for every actor its actions name and
 * every actor its situation's network lists name, limited to the situation.
 */
export function pathwayContacts(edition: Edition, handbook: Handbook, pathway: Pathway): ContactOut[] {
  const fromActions = pathway.contacts.flatMap((contact) => contact.actors.map((actor) => actor.id));
  const fromNetwork = pathway.situation.networkGroups.flatMap((id) =>
    findById(handbook.network.networks.groups, id).members.flatMap((member) =>
      member.segments.flatMap((segment) => (segment.actor ? [segment.actor] : [])),
    ),
  );
  return contactsForActors(edition, [...fromActions, ...fromNetwork], pathway.situation.id);
}

/** The local notes a pathway shows: on it, its situation, its phase, then on each of its actions. */
export function pathwayNotes(
  edition: Edition,
  pathway: Pathway,
): Array<{ readonly note: NoteOut; readonly action?: string }> {
  const { situation, phase } = pathway;
  return [
    ...notesOn(edition, "pathway", `${situation.id}/${phase.id}`),
    ...notesOn(edition, "situation", situation.id),
    ...notesOn(edition, "phase", phase.id),
  ]
    .map((note) => ({ note }))
    .concat(pathway.actions.flatMap((action) => notesOn(edition, "action", action).map((note) => ({ note, action }))));
}
