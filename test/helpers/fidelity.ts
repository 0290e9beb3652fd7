/**
 * Does a part of a built page hold the content it stands for? Each check
 * returns what is missing or out of order (empty: all there), so that the
 * pages and the whole-handbook print page are held to the same checks.
 */
import type { HTMLElement } from "node-html-parser";
import { findById } from "../../lib/collections.ts";
import type { ActorOut, Handbook, SituationOut } from "../../lib/handbook/handbook.ts";
import { ids, urls } from "../../lib/urls.ts";
import { text } from "./site.ts";

const actionText = (handbook: Handbook, id: string) => findById(handbook.actions, id).text;
const differs = (a: readonly string[], b: readonly string[]) => JSON.stringify(a) !== JSON.stringify(b);

/** A situation's matrix under `root`: one cell per phase, under its phase's header, each action in order. */
export function matrixProblems(root: HTMLElement, situation: SituationOut, handbook: Handbook): string[] {
  const problems: string[] = [];
  const cells = root.querySelectorAll("table.matrix td").length;
  if (cells !== situation.cells.length) problems.push(`${situation.id}: ${cells} cells, not ${situation.cells.length}`);
  for (const cell of situation.cells) {
    const id = ids.cell(situation.id, cell.phase);
    const td = root.querySelector(`[id="${id}"]`)?.closest("td");
    if (!td) {
      problems.push(`no cell ${id}`);
      continue;
    }
    const shown = td.querySelectorAll("ol.actions > li").map((li) => text(li));
    const expected = cell.actions.map((action) => actionText(handbook, action));
    if (differs(shown, expected))
      problems.push(`${id}: shows ${JSON.stringify(shown)}, not ${JSON.stringify(expected)}`);
    const header = root.querySelector(`[id="${td.getAttribute("headers")}"]`);
    if (!text(header).includes(findById(handbook.phases, cell.phase).name)) problems.push(`${id}: not under its phase`);
  }
  return problems;
}

/** An actor's content under `root`: every action naming it as an action ref, in order; its network lists; its expansion. */
export function actorProblems(root: HTMLElement, actor: ActorOut, handbook: Handbook): string[] {
  const problems: string[] = [];
  const listed = root.querySelectorAll(".action-refs > li > p").map(text);
  const expected = actor.actions.map((action) => actionText(handbook, action));
  if (differs(listed, expected))
    problems.push(`${actor.id}: lists ${JSON.stringify(listed)}, not ${JSON.stringify(expected)}`);
  const body = text(root);
  for (const mention of actor.mentions)
    if (!body.includes(mention.text)) problems.push(`${actor.id}: no mention "${mention.text}"`);
  if (actor.expansion && !body.includes(actor.expansion.text)) problems.push(`${actor.id}: no expansion`);
  return problems;
}

/** The whole second source, as text under `root`. */
export function networkProblems(root: HTMLElement, handbook: Handbook): string[] {
  const body = text(root);
  const { network } = handbook;
  const strings = [
    ...network.together.principles.items,
    ...network.together.clientFactors.questions,
    network.together.clientFactors.intro,
    ...network.networks.groups.flatMap((g) => [g.heading, ...g.members.map((m) => m.text)]),
    ...network.networks.services.items.map((s) => s.text),
    network.networks.workplace.text,
    ...[network.intro, network.networks.intro, network.doctorsDualRole.body].flatMap((md) => md.split(/\n\n/)),
  ];
  if (strings.length <= 20) return [`only ${strings.length} strings in the second source`];
  return strings.filter((s) => !body.includes(s.replace(/\s+/g, " "))).map((s) => `missing: ${s}`);
}

/** What the whole-handbook print page (its main) lacks: empty when it holds all of it, each part held to its page's check. */
export function printedHandbookProblems(main: HTMLElement, handbook: Handbook): string[] {
  const partOf = (id: string) => main.querySelector(`[id="${ids.printPart(id)}"]`);
  const missingPart = (id: string) => [`no part ${ids.printPart(id)}`];
  const network = partOf("verkosto");
  const keywords = partOf("asiasanat");
  const keywordLinks = new Map(keywords?.querySelectorAll("a").map((a) => [a.getAttribute("href"), text(a)]) ?? []);
  const body = text(main);
  return [
    ...handbook.situations.flatMap((situation) => {
      const part = partOf(situation.id);
      return part ? matrixProblems(part, situation, handbook) : missingPart(situation.id);
    }),
    ...handbook.actions.filter((action) => !body.includes(action.text)).map((action) => `no action ${action.id}`),
    ...(network ? networkProblems(network, handbook) : missingPart("verkosto")),
    ...handbook.actors.flatMap((actor) => {
      const part = partOf(actor.id);
      if (!part) return missingPart(actor.id);
      const named = text(part.querySelector("h3")) === actor.name ? [] : [`${actor.id}: not headed by its name`];
      return [...named, ...actorProblems(part, actor, handbook)];
    }),
    ...handbook.keywords
      .filter((keyword) => keywordLinks.get(urls.keyword(keyword.id)) !== keyword.label)
      .map((keyword) => `no keyword ${keyword.id}`),
  ];
}
