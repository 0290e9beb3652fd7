/**
 * An edition on the pages of another language: its local content is written
 * in Finnish (an edition has no translation of its own), so on every other
 * language's pages each of its texts is a Finnish fallback (finnish-fallback.ts)
 * — shown as written, marked lang="fi", with the page's one notice, and kept
 * out of that language's search index. Ids, links, phone numbers, addresses
 * of mail and web, and dates are language-neutral and stay as they are.
 */
import type { Edition, LocalServiceOut, ReachOut } from "../edition/edition.ts";
import { NATIONAL_LANGUAGE, type Language } from "../languages.ts";
import { finnishFallback } from "./finnish-fallback.ts";

/** The language an edition's local content is written in. */
export const EDITION_LANGUAGE: Language = NATIONAL_LANGUAGE;

/** `item` with each of the named text fields it has marked as a Finnish fallback. */
function withFallbacks<T extends object>(item: T, names: readonly (keyof T & string)[]): T {
  const out: Record<string, unknown> = { ...(item as Record<string, unknown>) };
  for (const name of names) {
    const value = item[name];
    if (typeof value === "string") out[name] = finnishFallback(value);
  }
  return out as T;
}

const REACH_TEXTS = ["address", "hours"] as const satisfies readonly (keyof ReachOut)[];

export function localizeEdition<E extends Edition>(edition: E, language: Language): E {
  if (language === EDITION_LANGUAGE) return edition;
  return {
    ...withFallbacks(edition, ["siteTitle"]),
    organisation: withFallbacks(edition.organisation, ["name", "shortName"]),
    contacts: edition.contacts.map((contact) => withFallbacks(contact, ["name", "unit", "note", ...REACH_TEXTS])),
    services: edition.services.map((service): LocalServiceOut => ({
      ...withFallbacks(service, ["name", "description", "referral"]),
      ...(service.contact ? { contact: withFallbacks(service.contact, REACH_TEXTS) } : {}),
    })),
    notes: edition.notes.map((note) => withFallbacks(note, ["body"])),
  };
}
