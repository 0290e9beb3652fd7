/**
 * The handbook in another language: every text the translation has, in that
 * language; every other text in Finnish, marked as a fallback
 * (finnish-fallback.ts) — never blank. Ids, links and structure stay the
 * national content's, so each page has the same URL in every language.
 */
import type { Handbook, LinkedText } from "../handbook/handbook.ts";
import { finnishFallback } from "./finnish-fallback.ts";

/** A translated text; where the content links actor mentions, the translation does too. */
export type TranslatedText = string | LinkedText;

/** One translated item: its fields' texts (a list field holds one text per item of the Finnish list). */
export type TranslatedItem = Readonly<Record<string, TranslatedText | readonly TranslatedText[]>>;

/** A language's translation: each translated item by its key (translationKeys). */
export type Translation = ReadonlyMap<string, TranslatedItem>;

/** The key of each translatable item: the id a translation file names it by. */
export const translationKeys = {
  source: (id: string) => `sources/${id}`,
  phase: (id: string) => `phases/${id}`,
  situation: (id: string) => `situations/${id}`,
  action: (id: string) => `actions/${id}`,
  actor: (id: string) => `actors/${id}`,
  keyword: (id: string) => `keywords/${id}`,
  network: (part: NetworkPart) => `network/${part}`,
  networkGroup: (id: string) => `network/groups/${id}`,
  service: (id: string) => `network/services/${id}`,
  change: (id: string) => `changes/${id}`,
} as const;

/** The network page's parts that have no id of their own. */
export type NetworkPart =
  "intro" | "together" | "principles" | "client-factors" | "networks" | "services" | "workplace" | "doctors-dual-role";

const linkedFallback = (linked: LinkedText): LinkedText => ({
  text: finnishFallback(linked.text),
  segments: linked.segments.map((segment) => ({ ...segment, text: finnishFallback(segment.text) })),
});

export function localizeHandbook(handbook: Handbook, translation: Translation): Handbook {
  const field = (key: string, name: string) => translation.get(key)?.[name];
  const text = (key: string, name: string, finnish: string): string => {
    const translated = field(key, name);
    return typeof translated === "string" ? translated : finnishFallback(finnish);
  };
  const linked = (key: string, name: string, finnish: LinkedText): LinkedText => {
    const translated = field(key, name);
    if (typeof translated === "string") return { text: translated, segments: [{ text: translated }] };
    return translated && !Array.isArray(translated) ? (translated as LinkedText) : linkedFallback(finnish);
  };
  /** A list is translated whole or not at all: a partial list would mix languages item by item. */
  const list = <T extends TranslatedText>(key: string, name: string, finnish: readonly T[], fallback: (t: T) => T) => {
    const translated = field(key, name);
    return Array.isArray(translated) && translated.length === finnish.length
      ? (translated as readonly T[])
      : finnish.map(fallback);
  };
  const { network } = handbook;
  const { networks } = network;

  // Actor mentions quote the network's texts: the same text in the same language.
  const mentionTexts = new Map<string, string>();
  const localizedGroups = networks.groups.map((group) => {
    const key = translationKeys.networkGroup(group.id);
    const members = list(key, "members", group.members, linkedFallback);
    group.members.forEach((member, i) => mentionTexts.set(member.text, members[i]!.text));
    return { ...group, heading: text(key, "heading", group.heading), members };
  });
  const localizedServices = networks.services.items.map((service) => {
    const localized = { id: service.id, ...linked(translationKeys.service(service.id), "text", service) };
    mentionTexts.set(service.text, localized.text);
    return localized;
  });
  const workplace = linked(translationKeys.network("workplace"), "text", networks.workplace);
  mentionTexts.set(networks.workplace.text, workplace.text);

  const principlesKey = translationKeys.network("principles");
  const factorsKey = translationKeys.network("client-factors");
  const networksKey = translationKeys.network("networks");
  const dualRoleKey = translationKeys.network("doctors-dual-role");
  return {
    sources: handbook.sources.map((source) => {
      const key = translationKeys.source(source.id);
      return { ...source, title: text(key, "title", source.title), lead: text(key, "lead", source.lead) };
    }),
    phases: handbook.phases.map((phase) => {
      const key = translationKeys.phase(phase.id);
      return {
        ...phase,
        name: text(key, "name", phase.name),
        description: text(key, "description", phase.description),
      };
    }),
    situations: handbook.situations.map((situation) => {
      const key = translationKeys.situation(situation.id);
      return { ...situation, name: text(key, "name", situation.name), title: text(key, "title", situation.title) };
    }),
    actions: handbook.actions.map((action) => ({
      ...action,
      ...linked(translationKeys.action(action.id), "text", action),
    })),
    actors: handbook.actors.map((actor) => {
      const key = translationKeys.actor(actor.id);
      const abbreviation = field(key, "abbreviation");
      return {
        ...actor,
        name: text(key, "name", actor.name),
        // An abbreviation is a code, not a sentence: untranslated, it stays as it is (TE, TYP).
        ...(actor.abbreviation && {
          abbreviation: typeof abbreviation === "string" ? abbreviation : actor.abbreviation,
        }),
        ...(actor.expansion && {
          expansion: { ...actor.expansion, text: text(key, "expansion", actor.expansion.text) },
        }),
        mentions: actor.mentions.map((mention) => ({
          ...mention,
          text: mentionTexts.get(mention.text) ?? finnishFallback(mention.text),
        })),
      };
    }),
    keywords: handbook.keywords.map((keyword) => ({
      ...keyword,
      label: text(translationKeys.keyword(keyword.id), "label", keyword.label),
    })),
    network: {
      source: network.source,
      intro: text(translationKeys.network("intro"), "text", network.intro),
      together: {
        heading: text(translationKeys.network("together"), "heading", network.together.heading),
        principles: {
          intro: text(principlesKey, "intro", network.together.principles.intro),
          items: list(principlesKey, "items", network.together.principles.items, finnishFallback),
        },
        clientFactors: {
          intro: text(factorsKey, "intro", network.together.clientFactors.intro),
          questions: list(factorsKey, "questions", network.together.clientFactors.questions, finnishFallback),
        },
      },
      networks: {
        heading: text(networksKey, "heading", networks.heading),
        intro: text(networksKey, "intro", networks.intro),
        groups: localizedGroups,
        services: {
          intro: text(translationKeys.network("services"), "intro", networks.services.intro),
          items: localizedServices,
        },
        workplace,
      },
      doctorsDualRole: {
        heading: text(dualRoleKey, "heading", network.doctorsDualRole.heading),
        body: text(dualRoleKey, "body", network.doctorsDualRole.body),
      },
    },
    changes: handbook.changes.map((change) => ({
      ...change,
      summary: text(translationKeys.change(change.id), "summary", change.summary),
    })),
  };
}
