/**
 * The contract between the edition's data step and the site: an edition,
 * validated against the national handbook, as the templates read it. Without
 * an edition the templates get none, and the national site is built as it
 * always was.
 */
import type { Id } from "../handbook/handbook.ts";
import type { Reviewed } from "../handbook/review.ts";
import type { PhoneNumber } from "./phone.ts";

/** How a reader reaches a contact or a service, ready for links. */
export interface ReachOut {
  readonly phone?: PhoneNumber;
  /** `mailto:` link and the address shown. */
  readonly email?: { readonly display: string; readonly href: string };
  readonly url?: string;
  readonly address?: string;
  readonly hours?: string;
}

export interface ContactOut extends ReachOut {
  readonly id: Id;
  readonly actor: Id;
  readonly name: string;
  readonly unit?: string;
  readonly note?: string;
  /** The client situations the contact is for; empty: all of them. */
  readonly situations: readonly Id[];
}

export interface LocalServiceOut {
  readonly id: Id;
  readonly name: string;
  readonly description: string;
  readonly referral?: string;
  readonly contact?: ReachOut;
  readonly actors: readonly Id[];
  /** Empty: all situations (phases). */
  readonly situations: readonly Id[];
  readonly phases: readonly Id[];
}

/** What a local note is about: one action, situation, phase or pathway of the national content. */
export type NoteTarget =
  | { readonly kind: "action"; readonly action: Id }
  | { readonly kind: "situation"; readonly situation: Id }
  | { readonly kind: "phase"; readonly phase: Id }
  | { readonly kind: "pathway"; readonly situation: Id; readonly phase: Id };

export interface NoteOut {
  readonly id: Id;
  readonly target: NoteTarget;
  /** Markdown. */
  readonly body: string;
  readonly reviewed?: string;
}

export interface Organisation {
  readonly name: string;
  readonly shortName: string;
}

export interface Edition {
  /** The edition folder's name: it names the output folder when several editions are built. */
  readonly name: string;
  readonly organisation: Organisation;
  readonly siteTitle?: string;
  /** An example edition: every page says its contacts are invented. */
  readonly example: boolean;
  /** When the local content was last checked, and when it is next due. */
  readonly review: Reviewed;
  readonly contacts: readonly ContactOut[];
  readonly services: readonly LocalServiceOut[];
  readonly notes: readonly NoteOut[];
}
