/** Checks that need more than one file: ids, references, coverage. */
import type { Content, Loaded } from "./load-content.ts";
import type { FieldPath, Problem } from "./problems.ts";
import { formatPlace } from "./problems.ts";
import type { Mentions } from "../../lib/handbook/content-schema.ts";
import { suggestion } from "../../lib/suggest.ts";
import type { YamlFile } from "./yaml-file.ts";

/** Where something is declared, to point at it from a later duplicate. */
interface Declaration {
  readonly file: YamlFile;
  readonly path: FieldPath;
}

const EDITORIAL = "editorial";

export function crossCheck(content: Content): Problem[] {
  const problems: Problem[] = [];
  const { sources, phases, keywords, actors, actions, network, situations } = content;

  function declare(kind: string, entries: Array<{ id: string } & Declaration>): Set<string> {
    const seen = new Map<string, Declaration>();
    for (const { id, file, path } of entries) {
      const first = seen.get(id);
      if (first) {
        const where = formatPlace(first.file.place(first.path));
        problems.push(
          file.problem(path, `duplicate ${kind} id \`${id}\` — already used at ${where}; choose another id`),
        );
      } else {
        seen.set(id, { file, path });
      }
    }
    return new Set(seen.keys());
  }

  function listed<T extends { id: string }>(loaded: Loaded<unknown>, key: string, items: readonly T[]) {
    return items.map((item, i) => ({ id: item.id, file: loaded.file, path: [key, i, "id"] }));
  }

  const sourceIds = declare("source", listed(sources, "sources", sources.data.sources));
  const phaseIds = declare("phase", listed(phases, "phases", phases.data.phases));
  const keywordIds = declare("keyword", listed(keywords, "keywords", keywords.data.keywords));
  const actorIds = declare("actor", listed(actors, "actors", actors.data.actors));
  const actionIds = declare("action", listed(actions, "actions", actions.data.actions));
  const situationIds = declare(
    "situation",
    situations.map((s) => ({ id: s.data.id, file: s.file, path: ["id"] })),
  );
  declare(
    "group",
    listed(network, "groups", network.data.networks.groups).map((d) => ({ ...d, path: ["networks", ...d.path] })),
  );
  declare(
    "service",
    listed(network, "items", network.data.networks.services.items).map((d) => ({
      ...d,
      path: ["networks", "services", ...d.path],
    })),
  );

  function reference(
    file: YamlFile,
    path: FieldPath,
    id: string,
    known: Set<string>,
    kind: string,
    extra: string[] = [],
  ) {
    if (known.has(id) || extra.includes(id)) return;
    problems.push(file.problem(path, `unknown ${kind} \`${id}\` — ${suggestion(id, [...known, ...extra])}`));
  }

  function mentions(file: YamlFile, path: FieldPath, text: string, named: Mentions) {
    for (const [words, actorId] of Object.entries(named)) {
      if (!text.includes(words)) {
        problems.push(
          file.problem(
            [...path, words],
            `\`${words}\` does not occur in the text — copy the words exactly as the text has them`,
            "key",
          ),
        );
      }
      reference(file, [...path, words], actorId, actorIds, "actor");
    }
  }

  const used = { keywords: new Set<string>(), actions: new Set<string>(), actors: new Set<string>() };
  function keywordRefs(file: YamlFile, path: FieldPath, ids: readonly string[]) {
    ids.forEach((id, i) => {
      reference(file, [...path, i], id, keywordIds, "keyword");
      used.keywords.add(id);
    });
  }
  const noteActors = (named: Mentions) => Object.values(named).forEach((id) => used.actors.add(id));

  // Files that name their source page.
  for (const loaded of [phases, keywords, actions, network, ...situations]) {
    reference(loaded.file, ["source"], loaded.data.source, sourceIds, "source");
  }

  phases.data.phases.forEach((phase, i) => keywordRefs(phases.file, ["phases", i, "keywords"], phase.keywords));

  actors.data.actors.forEach((actor, i) => {
    if (actor.expansion) {
      reference(actors.file, ["actors", i, "expansion", "source"], actor.expansion.source, sourceIds, "source", [
        EDITORIAL,
      ]);
    }
    if (actor.partOf !== undefined) {
      if (actor.partOf === actor.id) {
        problems.push(
          actors.file.problem(
            ["actors", i, "partOf"],
            "an actor cannot be part of itself — name the organisation it belongs to",
          ),
        );
      } else {
        reference(actors.file, ["actors", i, "partOf"], actor.partOf, actorIds, "actor");
      }
    }
  });

  actions.data.actions.forEach((action, i) => {
    mentions(actions.file, ["actions", i, "actors"], action.text, action.actors);
    noteActors(action.actors);
    keywordRefs(actions.file, ["actions", i, "keywords"], action.keywords);
  });

  const orders = new Map<number, YamlFile>();
  for (const { file, data } of situations) {
    const sameOrder = orders.get(data.order);
    if (sameOrder) {
      problems.push(
        file.problem(
          ["order"],
          `order ${data.order} is already used by ${sameOrder.path} — give each situation its own number`,
        ),
      );
    } else {
      orders.set(data.order, file);
    }
    keywordRefs(file, ["keywords"], data.keywords);
    for (const phaseId of phaseIds) {
      if (!(phaseId in data.matrix)) {
        problems.push(
          file.problem(
            ["matrix"],
            `missing phase \`${phaseId}\` — every situation has one cell per phase; add \`${phaseId}:\` with its actions`,
          ),
        );
      }
    }
    for (const [phaseId, cell] of Object.entries(data.matrix)) {
      if (!phaseIds.has(phaseId)) {
        problems.push(
          file.problem(
            ["matrix", phaseId],
            `unknown phase \`${phaseId}\` — ${suggestion(phaseId, [...phaseIds])}`,
            "key",
          ),
        );
      }
      const inCell = new Set<string>();
      cell.forEach((actionId, i) => {
        if (inCell.has(actionId)) {
          problems.push(
            file.problem(["matrix", phaseId, i], `action \`${actionId}\` stands twice in this cell — remove one`),
          );
        }
        inCell.add(actionId);
        used.actions.add(actionId);
        reference(file, ["matrix", phaseId, i], actionId, actionIds, "action");
      });
    }
  }

  const { groups, services, workplace } = network.data.networks;
  groups.forEach((group, g) => {
    group.serves.forEach((id, i) =>
      reference(network.file, ["networks", "groups", g, "serves", i], id, situationIds, "situation"),
    );
    group.members.forEach((member, m) => {
      mentions(network.file, ["networks", "groups", g, "members", m, "actors"], member.text, member.actors);
      noteActors(member.actors);
    });
  });
  services.items.forEach((service, s) => {
    mentions(network.file, ["networks", "services", "items", s, "actors"], service.text, service.actors);
    noteActors(service.actors);
  });
  mentions(network.file, ["networks", "workplace", "actors"], workplace.text, workplace.actors);
  noteActors(workplace.actors);

  // Coverage: whatever is declared must reach a page.
  actions.data.actions.forEach((action, i) => {
    if (!used.actions.has(action.id)) {
      problems.push(
        actions.file.problem(
          ["actions", i, "id"],
          `action \`${action.id}\` stands in no situation's matrix — add it to a cell or remove it`,
        ),
      );
    }
  });
  keywords.data.keywords.forEach((keyword, i) => {
    if (!used.keywords.has(keyword.id)) {
      problems.push(
        keywords.file.problem(
          ["keywords", i, "id"],
          `keyword \`${keyword.id}\` is used by no action, phase or situation — add it to one or remove it`,
        ),
      );
    }
  });
  const parents = new Set(actors.data.actors.flatMap((a) => (a.partOf ? [a.partOf] : [])));
  actors.data.actors.forEach((actor, i) => {
    if (!used.actors.has(actor.id) && !parents.has(actor.id)) {
      problems.push(
        actors.file.problem(
          ["actors", i, "id"],
          `actor \`${actor.id}\` is named by no action, network list or service — name it in one or remove it`,
        ),
      );
    }
  });

  return problems;
}
