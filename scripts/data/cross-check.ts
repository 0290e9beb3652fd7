/**
 * Checks that need more than one file: ids, references, coverage. Each check
 * below has one job and returns its problems; crossCheck lists them in the
 * order editors read them: duplicate ids first, then each file's references,
 * then what reaches no page.
 */
import type { Content, Loaded } from "./load-content.ts";
import type { FieldPath, Problem } from "./problems.ts";
import { formatPlace } from "./problems.ts";
import type { Mentions } from "../../lib/handbook/content-schema.ts";
import { suggestion } from "../../lib/suggest.ts";
import type { YamlFile } from "./yaml-file.ts";

/** Where something is declared, to point at it from a later duplicate. */
interface Declaration {
  readonly id: string;
  readonly file: YamlFile;
  readonly path: FieldPath;
}

/** The ids each kind of file declares, that other files refer to. */
type Ids = Readonly<
  Record<"sources" | "phases" | "keywords" | "actors" | "actions" | "situations", ReadonlySet<string>>
>;

/** A source an actor's expansion may name besides the source pages: the editors' own wording. */
const EDITORIAL = "editorial";

export function crossCheck(content: Content): Problem[] {
  const { ids, duplicates } = declaredIds(content);
  return [
    ...duplicates,
    ...sourceReferences(content, ids),
    ...phaseKeywords(content, ids),
    ...actorReferences(content, ids),
    ...actionReferences(content, ids),
    ...content.situations.flatMap((situation, n) => [
      ...orderTaken(situation, content.situations.slice(0, n)),
      ...situationReferences(situation, ids),
    ]),
    ...networkReferences(content, ids),
    ...unusedActions(content),
    ...unusedKeywords(content),
    ...unnamedActors(content),
  ];
}

// ── Ids ────────────────────────────────────────────────────────────────────

function listed(loaded: Loaded<unknown>, key: string, items: readonly { id: string }[]): Declaration[] {
  return items.map((item, i) => ({ id: item.id, file: loaded.file, path: [key, i, "id"] }));
}

/** Each id once; a second declaration is a problem that points at the first. */
function declare(kind: string, declarations: readonly Declaration[], problems: Problem[]): Set<string> {
  const seen = new Map<string, Declaration>();
  for (const { id, file, path } of declarations) {
    const first = seen.get(id);
    if (!first) seen.set(id, { id, file, path });
    else {
      const where = formatPlace(first.file.place(first.path));
      problems.push(file.problem(path, `duplicate ${kind} id \`${id}\` — already used at ${where}; choose another id`));
    }
  }
  return new Set(seen.keys());
}

function declaredIds(content: Content): { ids: Ids; duplicates: Problem[] } {
  const { sources, phases, keywords, actors, actions, network, situations } = content;
  const duplicates: Problem[] = [];
  const ids: Ids = {
    sources: declare("source", listed(sources, "sources", sources.data.sources), duplicates),
    phases: declare("phase", listed(phases, "phases", phases.data.phases), duplicates),
    keywords: declare("keyword", listed(keywords, "keywords", keywords.data.keywords), duplicates),
    actors: declare("actor", listed(actors, "actors", actors.data.actors), duplicates),
    actions: declare("action", listed(actions, "actions", actions.data.actions), duplicates),
    situations: declare(
      "situation",
      situations.map((s) => ({ id: s.data.id, file: s.file, path: ["id"] })),
      duplicates,
    ),
  };
  const { groups, services } = network.data.networks;
  const inNetworks = (declarations: Declaration[], ...at: FieldPath) =>
    declarations.map((d) => ({ ...d, path: ["networks", ...at, ...d.path] }));
  declare("group", inNetworks(listed(network, "groups", groups)), duplicates);
  declare("service", inNetworks(listed(network, "items", services.items), "services"), duplicates);
  return { ids, duplicates };
}

// ── References ─────────────────────────────────────────────────────────────

/** A problem when `id` is not among the known ones (or `extra`), with the nearest known id. */
function reference(
  file: YamlFile,
  path: FieldPath,
  id: string,
  known: ReadonlySet<string>,
  kind: string,
  extra: readonly string[] = [],
): Problem[] {
  if (known.has(id) || extra.includes(id)) return [];
  return [file.problem(path, `unknown ${kind} \`${id}\` — ${suggestion(id, [...known, ...extra])}`)];
}

function keywordReferences(file: YamlFile, path: FieldPath, keywords: readonly string[], ids: Ids): Problem[] {
  return keywords.flatMap((id, i) => reference(file, [...path, i], id, ids.keywords, "keyword"));
}

/** A text's named actors: each one's words occur in the text, and each is a known actor. */
function mentions(file: YamlFile, path: FieldPath, text: string, named: Mentions, ids: Ids): Problem[] {
  return Object.entries(named).flatMap(([words, actorId]) => [
    ...(text.includes(words)
      ? []
      : [
          file.problem(
            [...path, words],
            `\`${words}\` does not occur in the text — copy the words exactly as the text has them`,
            "key",
          ),
        ]),
    ...reference(file, [...path, words], actorId, ids.actors, "actor"),
  ]);
}

/** Files that name their source page. */
function sourceReferences({ phases, keywords, actions, network, situations }: Content, ids: Ids): Problem[] {
  return [phases, keywords, actions, network, ...situations].flatMap((loaded) =>
    reference(loaded.file, ["source"], loaded.data.source, ids.sources, "source"),
  );
}

function phaseKeywords({ phases }: Content, ids: Ids): Problem[] {
  return phases.data.phases.flatMap((phase, i) =>
    keywordReferences(phases.file, ["phases", i, "keywords"], phase.keywords, ids),
  );
}

/** An actor's expansion names a source; the organisation it is part of is another actor. */
function actorReferences({ actors }: Content, ids: Ids): Problem[] {
  return actors.data.actors.flatMap((actor, i) => [
    ...(actor.expansion
      ? reference(actors.file, ["actors", i, "expansion", "source"], actor.expansion.source, ids.sources, "source", [
          EDITORIAL,
        ])
      : []),
    ...(actor.partOf === undefined
      ? []
      : actor.partOf === actor.id
        ? [
            actors.file.problem(
              ["actors", i, "partOf"],
              "an actor cannot be part of itself — name the organisation it belongs to",
            ),
          ]
        : reference(actors.file, ["actors", i, "partOf"], actor.partOf, ids.actors, "actor")),
  ]);
}

function actionReferences({ actions }: Content, ids: Ids): Problem[] {
  return actions.data.actions.flatMap((action, i) => [
    ...mentions(actions.file, ["actions", i, "actors"], action.text, action.actors, ids),
    ...keywordReferences(actions.file, ["actions", i, "keywords"], action.keywords, ids),
  ]);
}

type Situation = Content["situations"][number];

/** Each situation has its own place in the menus: a number used before points at the first file that has it. */
function orderTaken({ file, data }: Situation, earlier: readonly Situation[]): Problem[] {
  const sameOrder = earlier.find((other) => other.data.order === data.order);
  if (!sameOrder) return [];
  return [
    file.problem(
      ["order"],
      `order ${data.order} is already used by ${sameOrder.file.path} — give each situation its own number`,
    ),
  ];
}

/** A situation's keywords, and its matrix: one cell per known phase, each action known and in the cell once. */
function situationReferences({ file, data }: Situation, ids: Ids): Problem[] {
  const missing = [...ids.phases]
    .filter((phaseId) => !(phaseId in data.matrix))
    .map((phaseId) =>
      file.problem(
        ["matrix"],
        `missing phase \`${phaseId}\` — every situation has one cell per phase; add \`${phaseId}:\` with its actions`,
      ),
    );
  const cells = Object.entries(data.matrix).flatMap(([phaseId, cell]) => [
    ...(ids.phases.has(phaseId)
      ? []
      : [
          file.problem(
            ["matrix", phaseId],
            `unknown phase \`${phaseId}\` — ${suggestion(phaseId, [...ids.phases])}`,
            "key",
          ),
        ]),
    ...cell.flatMap((actionId, i) => [
      ...(cell.indexOf(actionId) < i
        ? [file.problem(["matrix", phaseId, i], `action \`${actionId}\` stands twice in this cell — remove one`)]
        : []),
      ...reference(file, ["matrix", phaseId, i], actionId, ids.actions, "action"),
    ]),
  ]);
  return [...keywordReferences(file, ["keywords"], data.keywords, ids), ...missing, ...cells];
}

/** The network page: whom each group serves, and the actors its lists, services and workplace note name. */
function networkReferences({ network }: Content, ids: Ids): Problem[] {
  const { groups, services, workplace } = network.data.networks;
  const at = (...path: FieldPath) => ["networks", ...path];
  return [
    ...groups.flatMap((group, g) => [
      ...group.serves.flatMap((id, i) =>
        reference(network.file, at("groups", g, "serves", i), id, ids.situations, "situation"),
      ),
      ...group.members.flatMap((member, m) =>
        mentions(network.file, at("groups", g, "members", m, "actors"), member.text, member.actors, ids),
      ),
    ]),
    ...services.items.flatMap((service, s) =>
      mentions(network.file, at("services", "items", s, "actors"), service.text, service.actors, ids),
    ),
    ...mentions(network.file, at("workplace", "actors"), workplace.text, workplace.actors, ids),
  ];
}

// ── Coverage: whatever is declared must reach a page ───────────────────────

function unusedActions({ actions, situations }: Content): Problem[] {
  const used = new Set(situations.flatMap(({ data }) => Object.values(data.matrix).flat()));
  return actions.data.actions.flatMap((action, i) =>
    used.has(action.id)
      ? []
      : [
          actions.file.problem(
            ["actions", i, "id"],
            `action \`${action.id}\` stands in no situation's matrix — add it to a cell or remove it`,
          ),
        ],
  );
}

function unusedKeywords({ keywords, phases, actions, situations }: Content): Problem[] {
  const used = new Set([
    ...phases.data.phases.flatMap((phase) => phase.keywords),
    ...actions.data.actions.flatMap((action) => action.keywords),
    ...situations.flatMap(({ data }) => data.keywords),
  ]);
  return keywords.data.keywords.flatMap((keyword, i) =>
    used.has(keyword.id)
      ? []
      : [
          keywords.file.problem(
            ["keywords", i, "id"],
            `keyword \`${keyword.id}\` is used by no action, phase or situation — add it to one or remove it`,
          ),
        ],
  );
}

/** An actor must be named by some text, or be the organisation another actor is part of. */
function unnamedActors({ actors, actions, network }: Content): Problem[] {
  const { groups, services, workplace } = network.data.networks;
  const named = new Set(
    [...actions.data.actions, ...groups.flatMap((group) => group.members), ...services.items, workplace].flatMap(
      (text) => Object.values(text.actors),
    ),
  );
  const parents = new Set(actors.data.actors.flatMap((a) => (a.partOf ? [a.partOf] : [])));
  return actors.data.actors.flatMap((actor, i) =>
    named.has(actor.id) || parents.has(actor.id)
      ? []
      : [
          actors.file.problem(
            ["actors", i, "id"],
            `actor \`${actor.id}\` is named by no action, network list or service — name it in one or remove it`,
          ),
        ],
  );
}
