/**
 * The contract between the data step and the site: the shape of
 * generated/handbook.json. Content types come from the schemas
 * (content-schema.ts); these add what the data step derives.
 */
import type { z } from "zod";
import type { Action, Actor, Change, Keyword, Phase, Source } from "./content-schema.ts";
import type { Reviewed } from "./review.ts";

/**
 * Where the data step writes the handbook JSON (generated, never committed),
 * outside src/: the build hands the handbook to Eleventy as global data.
 */
export const HANDBOOK_JSON = "generated/handbook.json";

export type Id = string;

/** A piece of text; where it names an actor, the actor's id. */
export interface Segment {
  readonly text: string;
  readonly actor?: Id;
}

/** Text split into segments so that each actor mention can become a link. */
export interface LinkedText {
  readonly text: string;
  readonly segments: readonly Segment[];
}

/** One cell of a phase matrix: a situation in a phase. */
export interface CellRef {
  readonly situation: Id;
  readonly phase: Id;
}

/** A source with its next review worked out from `reviewInterval` or `nextReview` (review.ts). */
export type SourceOut = Omit<z.output<typeof Source>, "reviewInterval" | "nextReview"> & Reviewed;

export interface PhaseOut extends z.output<typeof Phase> {
  /** 1, 2, 3: the column of the matrix. */
  readonly position: number;
  readonly source: Id;
}

export interface Cell {
  readonly phase: Id;
  readonly actions: readonly Id[];
}

export interface SituationOut {
  readonly id: Id;
  readonly order: number;
  readonly name: string;
  readonly title: string;
  readonly source: Id;
  readonly keywords: readonly Id[];
  /** One cell per phase, in phase order. */
  readonly cells: readonly Cell[];
  /** The network groups (network.groups ids) that serve this situation. */
  readonly networkGroups: readonly Id[];
}

export interface ActionOut extends Omit<z.output<typeof Action>, "actors" | "text">, LinkedText {
  /** Every actor the text names, in the order of the text, once each. */
  readonly actors: readonly Id[];
  /** Every cell the action stands in, in situation then phase order. */
  readonly cells: readonly CellRef[];
  readonly source: Id;
}

/** A place where an actor is named outside the matrix. */
export type ActorMention =
  | { readonly kind: "network-group"; readonly group: Id; readonly text: string }
  | { readonly kind: "service"; readonly service: Id; readonly text: string }
  | { readonly kind: "workplace"; readonly text: string };

export interface ActorOut extends z.output<typeof Actor> {
  /** Actors whose partOf is this one. */
  readonly members: readonly Id[];
  readonly actions: readonly Id[];
  /** Every cell in which an action naming this actor stands. */
  readonly cells: readonly CellRef[];
  /** Situations whose network list names this actor. */
  readonly serves: readonly Id[];
  readonly mentions: readonly ActorMention[];
  /** Source pages that name the actor: its page shows the latest date. */
  readonly sources: readonly Id[];
}

export interface KeywordOut extends z.output<typeof Keyword> {
  readonly source: Id;
  readonly actions: readonly Id[];
  readonly phases: readonly Id[];
  /** Situations tagged with the keyword or holding an action that is. */
  readonly situations: readonly Id[];
}

export interface NetworkGroupOut {
  readonly id: Id;
  readonly heading: string;
  readonly serves: readonly Id[];
  readonly members: readonly LinkedText[];
}

export interface ServiceOut extends LinkedText {
  readonly id: Id;
}

export interface NetworkOut {
  readonly source: Id;
  /** Markdown. */
  readonly intro: string;
  readonly together: {
    readonly heading: string;
    readonly principles: { readonly intro: string; readonly items: readonly string[] };
    readonly clientFactors: { readonly intro: string; readonly questions: readonly string[] };
  };
  readonly networks: {
    readonly heading: string;
    /** Markdown. */
    readonly intro: string;
    readonly groups: readonly NetworkGroupOut[];
    readonly services: { readonly intro: string; readonly items: readonly ServiceOut[] };
    readonly workplace: LinkedText;
  };
  /** Markdown body under its heading. */
  readonly doctorsDualRole: { readonly heading: string; readonly body: string };
}

export interface ChangeOut extends z.output<typeof Change> {
  /** Its anchor on the Muutokset page and its feed entry's id: `muutos-<date>-<n>`, n counting that day's entries in file order. */
  readonly id: Id;
}

export interface Handbook {
  readonly sources: readonly SourceOut[];
  readonly phases: readonly PhaseOut[];
  readonly situations: readonly SituationOut[];
  readonly actions: readonly ActionOut[];
  readonly actors: readonly ActorOut[];
  readonly keywords: readonly KeywordOut[];
  readonly network: NetworkOut;
  /** Newest first. */
  readonly changes: readonly ChangeOut[];
}
