/**
 * The benchmark's yardstick pages: each page of a built site as the Markdown
 * an editor would give Material for MkDocs — its main content's headings,
 * paragraphs, lists, tables, links and emphasis — with an mkdocs.yml beside
 * them, so that MkDocs builds the same pages as we do.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { HTMLElement, parse, TextNode, type Node } from "node-html-parser";
import { listFiles } from "../../lib/list-files.ts";

/** What has no Markdown and no text a reader of the page's content would miss. */
const SKIPPED = new Set(["script", "style", "template", "form", "button", "svg", "noscript", "input"]);
const INLINE = new Set([
  "a",
  "abbr",
  "label",
  "b",
  "cite",
  "code",
  "em",
  "i",
  "small",
  "span",
  "strong",
  "time",
  "mark",
  "q",
]);

/** Whitespace as Markdown needs it, without the build's soft hyphens (an editor's text has none). */
const squeeze = (text: string) => text.replace(/\u00ad/g, "").replace(/\s+/g, " ");
const escaped = (text: string) => text.replace(/([\\`*_[\]<>#])/g, "\\$1");

function inline(node: Node): string {
  if (node instanceof TextNode) return escaped(squeeze(node.text));
  if (!(node instanceof HTMLElement) || SKIPPED.has(node.tagName?.toLowerCase() ?? "")) return "";
  const inner = node.childNodes.map(inline).join("");
  switch (node.tagName.toLowerCase()) {
    case "a":
      return `[${inner.trim()}](${node.getAttribute("href") ?? "#"})`;
    case "strong":
    case "b":
      return inner.trim() ? `**${inner.trim()}**` : "";
    case "em":
    case "i":
      return inner.trim() ? `*${inner.trim()}*` : "";
    case "code":
      return `\`${node.text}\``;
    case "br":
      return "  \n";
    default:
      return inner;
  }
}

/** An element's text with its inline markup, block children flattened (headings, cells). */
const textOf = (element: HTMLElement) => squeeze(element.childNodes.map(inline).join("")).trim();

function table(element: HTMLElement): string {
  const rows = element.querySelectorAll("tr").map((row) => row.querySelectorAll("th, td").map(textOf));
  const width = Math.max(0, ...rows.map((row) => row.length));
  if (!width) return "";
  const line = (cells: string[]) =>
    `| ${Array.from({ length: width }, (_, i) => (cells[i] ?? "").replace(/\|/g, "\\|")).join(" | ")} |`;
  const [head = [], ...body] = rows;
  return [line(head), `| ${Array(width).fill("---").join(" | ")} |`, ...body.map(line)].join("\n");
}

const isInline = (node: Node) => !(node instanceof HTMLElement) || INLINE.has(node.tagName.toLowerCase());

/** Children as Markdown blocks: each run of text and inline elements one paragraph. */
function childBlocks(element: HTMLElement, indent: string): string[] {
  const out: string[] = [];
  let run: Node[] = [];
  const endRun = () => {
    const text = squeeze(run.map(inline).join("")).trim();
    if (text) out.push(indent + text);
    run = [];
  };
  for (const child of element.childNodes) {
    if (isInline(child)) run.push(child);
    else {
      endRun();
      out.push(...blocks(child, indent));
    }
  }
  endRun();
  return out;
}

function blocks(node: Node, indent: string): string[] {
  if (!(node instanceof HTMLElement)) return [];
  const tag = node.tagName.toLowerCase();
  if (SKIPPED.has(tag)) return [];
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) return [`${"#".repeat(Number(heading[1]))} ${textOf(node)}`];
  if (tag === "table") return [table(node)];
  if (tag === "ul" || tag === "ol")
    return node.childNodes
      .filter((child): child is HTMLElement => child instanceof HTMLElement && child.tagName === "LI")
      .map((item, i) => {
        const [first = "", ...rest] = childBlocks(item, `${indent}    `);
        return [`${indent}${tag === "ol" ? `${i + 1}.` : "-"} ${first.trim()}`, ...rest].join("\n\n");
      });
  return childBlocks(node, indent);
}

/** A page's main content as Markdown (the whole body when it has no <main>). */
export function pageMarkdown(html: string): string {
  const root = parse(html);
  const main = root.querySelector("main") ?? root.querySelector("body") ?? root;
  return `${blocks(main, "").join("\n\n")}\n`;
}

/** Writes an MkDocs project of siteDir's HTML pages into dir; returns how many pages. */
export async function writeMkdocsProject(siteDir: string, dir: string): Promise<number> {
  const pages = listFiles(siteDir).filter((file) => file.endsWith("/index.html"));
  for (const file of pages) {
    const page = join(dir, "docs", dirname(relative(siteDir, file)), "index.md");
    await mkdir(dirname(page), { recursive: true });
    await writeFile(page, pageMarkdown(await readFile(file, "utf8")));
  }
  await writeFile(
    join(dir, "mkdocs.yml"),
    [
      "site_name: Työkyvyn tuen käsikirja",
      "theme:",
      "  name: material",
      "  language: fi",
      "plugins:",
      "  - search",
      "",
    ].join("\n"),
  );
  return pages.length;
}
