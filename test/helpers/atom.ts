/** What RFC 4287 (Atom 1.0) requires of a feed, checked on its XML: the problems, none when it is valid. */
import { XMLParser, XMLValidator } from "fast-xml-parser";

const ATOM_NS = "http://www.w3.org/2005/Atom";
/** RFC 3339 date-time, as Atom's date constructs require. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

type Element = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ["entry", "link", "id", "title", "updated", "author", "summary"].includes(name),
});

export function atomProblems(xml: string): string[] {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return [`not well-formed XML: ${wellFormed.err.msg} (line ${wellFormed.err.line})`];
  const feed = (parser.parse(xml) as { feed?: Element }).feed;
  if (!feed) return ["the root element is not <feed>"];
  const problems: string[] = [];
  if (feed["@xmlns"] !== ATOM_NS) problems.push(`<feed> is not in the Atom namespace ${ATOM_NS}`);
  const entries = (feed.entry ?? []) as Element[];
  problems.push(...required(feed, "feed"));
  const links = (feed.link ?? []) as Element[];
  if (!links.some((l) => l["@rel"] === "self")) problems.push('feed: no <link rel="self">');
  if (!feed.author && entries.some((e) => !e.author)) problems.push("feed: no <author>, and an entry has none");
  const ids = new Set<string>();
  entries.forEach((entry, i) => {
    problems.push(...required(entry, `entry ${i + 1}`));
    const id = text(entry.id);
    if (ids.has(id)) problems.push(`entry ${i + 1}: id ${id} is not unique`);
    ids.add(id);
    const alternate = ((entry.link ?? []) as Element[]).some((l) => (l["@rel"] ?? "alternate") === "alternate");
    if (!entry.content && !alternate) problems.push(`entry ${i + 1}: neither <content> nor <link rel="alternate">`);
    if (!entry.content && !entry.summary) problems.push(`entry ${i + 1}: neither <content> nor <summary>`);
    if (text(entry.updated) > text(feed.updated))
      problems.push(`entry ${i + 1}: updated after the feed's own <updated>`);
  });
  return problems;
}

/** Exactly one id (an absolute IRI), title and updated (RFC 3339), as feed and entry both need. */
function required(element: Element, where: string): string[] {
  const problems: string[] = [];
  for (const name of ["id", "title", "updated"]) {
    const count = ((element[name] ?? []) as unknown[]).length;
    if (count !== 1) problems.push(`${where}: ${count} <${name}> elements, not exactly one`);
  }
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text(element.id))) problems.push(`${where}: <id> is not an absolute IRI`);
  if (!RFC3339.test(text(element.updated))) problems.push(`${where}: <updated> is not an RFC 3339 date-time`);
  return problems;
}

function text(value: unknown): string {
  const first = Array.isArray(value) ? (value[0] as unknown) : value;
  if (typeof first === "string" || typeof first === "number") return String(first);
  if (first && typeof first === "object" && "#text" in first) return String(first["#text"]);
  return "";
}
