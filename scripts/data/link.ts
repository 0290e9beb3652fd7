/** Turns validated content into the cross-linked handbook. Linear in its size. */
import type { Change, Mentions } from "../../lib/handbook/content-schema.ts";
import type {
  ActorMention,
  CellRef,
  ChangeOut,
  Handbook,
  Id,
  LinkedText,
  Segment,
} from "../../lib/handbook/handbook.ts";
import type { Content } from "./load-content.ts";
import { unique } from "../../lib/collections.ts";
import { nextReviewOf } from "../../lib/handbook/review.ts";

export function link(content: Content): Handbook {
  const { sources, phases, keywords, actors, actions, network, situations, changes, prose } = content;

  const situationsInOrder = [...situations].map((s) => s.data).sort((a, b) => a.order - b.order);
  const phaseIds = phases.data.phases.map((p) => p.id);

  const cellsOfAction = new MultiMap<Id, CellRef>();
  for (const situation of situationsInOrder) {
    for (const phase of phaseIds) {
      for (const action of situation.matrix[phase] ?? []) cellsOfAction.add(action, { situation: situation.id, phase });
    }
  }

  const linkedActions = actions.data.actions.map((action) => {
    const linked = linkText(action.text, action.actors);
    return {
      ...action,
      ...linked,
      actors: unique(linked.segments.flatMap((s) => (s.actor ? [s.actor] : []))),
      cells: cellsOfAction.get(action.id),
      source: actions.data.source,
    };
  });

  const actionsOfActor = new MultiMap<Id, Id>();
  const cellsOfActor = new MultiMap<Id, CellRef>();
  for (const action of linkedActions) {
    for (const actor of action.actors) {
      actionsOfActor.add(actor, action.id);
      for (const cell of action.cells) cellsOfActor.add(actor, cell);
    }
  }

  const mentionsOfActor = new MultiMap<Id, ActorMention>();
  const servesOfActor = new MultiMap<Id, Id>();
  const { groups, services, workplace } = network.data.networks;
  for (const group of groups) {
    for (const member of group.members) {
      for (const actor of Object.values(member.actors)) {
        mentionsOfActor.add(actor, { kind: "network-group", group: group.id, text: member.text });
        for (const situation of group.serves) servesOfActor.add(actor, situation);
      }
    }
  }
  for (const service of services.items) {
    for (const actor of Object.values(service.actors)) {
      mentionsOfActor.add(actor, { kind: "service", service: service.id, text: service.text });
    }
  }
  for (const actor of Object.values(workplace.actors)) {
    mentionsOfActor.add(actor, { kind: "workplace", text: workplace.text });
  }

  const membersOfActor = new MultiMap<Id, Id>();
  for (const actor of actors.data.actors) if (actor.partOf) membersOfActor.add(actor.partOf, actor.id);

  const situationOrder = new Map(situationsInOrder.map((s, i) => [s.id, i]));
  const bySituationOrder = (ids: Iterable<Id>) =>
    [...new Set(ids)].sort((a, b) => situationOrder.get(a)! - situationOrder.get(b)!);

  const actionsOfKeyword = new MultiMap<Id, Id>();
  const situationsOfKeyword = new MultiMap<Id, Id>();
  const phasesOfKeyword = new MultiMap<Id, Id>();
  for (const action of linkedActions) {
    for (const keyword of action.keywords) {
      actionsOfKeyword.add(keyword, action.id);
      for (const cell of action.cells) situationsOfKeyword.add(keyword, cell.situation);
    }
  }
  for (const situation of situationsInOrder) {
    for (const keyword of situation.keywords) situationsOfKeyword.add(keyword, situation.id);
  }
  for (const phase of phases.data.phases) {
    for (const keyword of phase.keywords) phasesOfKeyword.add(keyword, phase.id);
  }

  const networkSource = network.data.source;
  const markdown = (path: string) => prose.get(path) ?? "";

  return {
    sources: sources.data.sources.map((source) => ({
      id: source.id,
      title: source.title,
      lead: source.lead,
      updated: source.updated,
      reviewed: source.reviewed,
      nextReview: nextReviewOf(source),
    })),
    phases: phases.data.phases.map((phase, i) => ({ ...phase, position: i + 1, source: phases.data.source })),
    situations: situationsInOrder.map((situation) => ({
      id: situation.id,
      order: situation.order,
      name: situation.name,
      title: situation.title,
      source: situation.source,
      keywords: situation.keywords,
      cells: phaseIds.map((phase) => ({ phase, actions: situation.matrix[phase] ?? [] })),
      networkGroups: groups.filter((g) => g.serves.includes(situation.id)).map((g) => g.id),
    })),
    actions: linkedActions,
    actors: actors.data.actors.map((actor) => {
      const inMatrix = actionsOfActor.get(actor.id).length > 0;
      const inNetwork = mentionsOfActor.get(actor.id).length > 0;
      return {
        ...actor,
        members: membersOfActor.get(actor.id),
        actions: unique(actionsOfActor.get(actor.id)),
        cells: uniqueCells(cellsOfActor.get(actor.id)),
        serves: bySituationOrder(servesOfActor.get(actor.id)),
        mentions: mentionsOfActor.get(actor.id),
        sources: [...(inMatrix ? [actions.data.source] : []), ...(inNetwork ? [networkSource] : [])],
      };
    }),
    keywords: keywords.data.keywords.map((keyword) => ({
      ...keyword,
      source: keywords.data.source,
      actions: actionsOfKeyword.get(keyword.id),
      phases: phasesOfKeyword.get(keyword.id),
      situations: bySituationOrder(situationsOfKeyword.get(keyword.id)),
    })),
    network: {
      source: networkSource,
      intro: markdown(network.data.intro),
      together: network.data.together,
      networks: {
        heading: network.data.networks.heading,
        intro: markdown(network.data.networks.intro),
        groups: groups.map((group) => ({
          id: group.id,
          heading: group.heading,
          serves: group.serves,
          members: group.members.map((m) => linkText(m.text, m.actors)),
        })),
        services: {
          intro: services.intro,
          items: services.items.map((s) => ({ id: s.id, ...linkText(s.text, s.actors) })),
        },
        workplace: linkText(workplace.text, workplace.actors),
      },
      doctorsDualRole: {
        heading: network.data.doctorsDualRole.heading,
        body: markdown(network.data.doctorsDualRole.body),
      },
    },
    changes: newestFirst(changes.data.changes),
  };
}

/** Each change with its id, newest first; a day's entries keep their file order. */
function newestFirst(changes: readonly Change[]): ChangeOut[] {
  const onDay = new Map<string, number>();
  const numbered = changes.map((change) => {
    const n = (onDay.get(change.date) ?? 0) + 1;
    onDay.set(change.date, n);
    return { ...change, id: `muutos-${change.date}-${n}` };
  });
  return numbered.sort((a, b) => b.date.localeCompare(a.date));
}

/** Splits text at the first occurrence of each mention; overlapping mentions keep the earlier one. */
export function linkText(text: string, mentions: Mentions): LinkedText {
  const spans = Object.entries(mentions)
    .map(([words, actor]) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length, actor }))
    .filter((span) => span.start >= 0)
    .sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    if (span.start > at) segments.push({ text: text.slice(at, span.start) });
    segments.push({ text: text.slice(span.start, span.end), actor: span.actor });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return { text, segments };
}

function uniqueCells(cells: readonly CellRef[]): CellRef[] {
  const seen = new Set<string>();
  return cells.filter((cell) => {
    const key = `${cell.situation}/${cell.phase}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** A map from a key to the list of values added under it. */
class MultiMap<K, V> {
  private readonly map = new Map<K, V[]>();
  add(key: K, value: V): void {
    const list = this.map.get(key);
    if (list) list.push(value);
    else this.map.set(key, [value]);
  }
  get(key: K): V[] {
    return this.map.get(key) ?? [];
  }
}
