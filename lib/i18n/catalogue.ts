/**
 * Everything of the national content a translation can translate, as the
 * Finnish text of each item's fields, by the key a translation file names the
 * item by (translationKeys): what the translation files are checked against,
 * and what each translated item's `from` code is computed from.
 */
import type { Handbook } from "../handbook/handbook.ts";
import { translationKeys, type NetworkPart } from "./localize.ts";

/** An item's Finnish fields: a text, or a list of texts (translated whole, one text per item). */
export type FinnishFields = Readonly<Record<string, string | readonly string[]>>;

/** The translation files, by name, and the key prefix of their items. */
export const TRANSLATION_FILES = [
  "sources",
  "phases",
  "situations",
  "actions",
  "actors",
  "keywords",
  "network",
] as const;
export type TranslationFile = (typeof TRANSLATION_FILES)[number];

/** Items whose text links actor mentions: a translation may name the words that link (`actors:`), as content does. */
export function linksActors(key: string): boolean {
  return /^(actions\/|network\/services\/|network\/workplace$)/.test(key);
}

export function finnishCatalogue(handbook: Handbook): Map<string, FinnishFields> {
  const catalogue = new Map<string, FinnishFields>();
  const add = (key: string, fields: Record<string, string | readonly string[] | undefined>) =>
    catalogue.set(
      key,
      Object.fromEntries(
        Object.entries(fields).filter((entry): entry is [string, string | readonly string[]] => entry[1] !== undefined),
      ),
    );
  for (const s of handbook.sources) add(translationKeys.source(s.id), { title: s.title, lead: s.lead });
  for (const p of handbook.phases) add(translationKeys.phase(p.id), { name: p.name, description: p.description });
  for (const s of handbook.situations) add(translationKeys.situation(s.id), { name: s.name, title: s.title });
  for (const a of handbook.actions) add(translationKeys.action(a.id), { text: a.text });
  for (const a of handbook.actors)
    add(translationKeys.actor(a.id), { name: a.name, abbreviation: a.abbreviation, expansion: a.expansion?.text });
  for (const k of handbook.keywords) add(translationKeys.keyword(k.id), { label: k.label });
  const { network } = handbook;
  const { networks, together } = network;
  const part = (name: NetworkPart, fields: Record<string, string | readonly string[]>) =>
    add(translationKeys.network(name), fields);
  part("intro", { text: network.intro });
  part("together", { heading: together.heading });
  part("principles", { intro: together.principles.intro, items: together.principles.items });
  part("client-factors", { intro: together.clientFactors.intro, questions: together.clientFactors.questions });
  part("networks", { heading: networks.heading, intro: networks.intro });
  for (const g of networks.groups)
    add(translationKeys.networkGroup(g.id), { heading: g.heading, members: g.members.map((m) => m.text) });
  part("services", { intro: networks.services.intro });
  for (const s of networks.services.items) add(translationKeys.service(s.id), { text: s.text });
  part("workplace", { text: networks.workplace.text });
  part("doctors-dual-role", { heading: network.doctorsDualRole.heading, body: network.doctorsDualRole.body });
  return catalogue;
}
