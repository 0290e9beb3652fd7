/**
 * An edition's logo is shown on every page, so it must be an SVG that can do
 * nothing but draw: elements and attributes from a short list of shapes, no
 * scripts, event handlers, styles, links out of the file, embedded documents
 * or DTDs. Anything else is refused with the line and column of the element.
 */
import { HTMLElement, parse } from "node-html-parser";
import type { Place, Problem } from "../data/problems.ts";

/** What a logo needs: shapes, gradients, groups and a title. */
const ELEMENTS = new Set([
  "svg",
  "g",
  "path",
  "circle",
  "ellipse",
  "rect",
  "line",
  "polyline",
  "polygon",
  "title",
  "desc",
  "defs",
  "lineargradient",
  "radialgradient",
  "stop",
  "text",
  "tspan",
]);

/** Presentation attributes and geometry; nothing that loads, runs or links. */
const ATTRIBUTE = new RegExp(
  "^(?:xmlns(?::xlink)?|version|id|class|viewbox|width|height|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|d|points|transform|" +
    "fill|fill-opacity|fill-rule|stroke|stroke-width|stroke-linecap|stroke-linejoin|stroke-opacity|stroke-dasharray|" +
    "opacity|offset|stop-color|stop-opacity|gradientunits|gradienttransform|font-family|font-size|font-weight|" +
    "text-anchor|dominant-baseline|role|aria-hidden|aria-label|focusable|preserveaspectratio|clip-rule)$",
);

const MAX_BYTES = 50_000;

export function logoProblems(svg: string, file: string): Problem[] {
  const at = (offset: number, message: string): Problem => ({ ...placeAt(svg, offset, file), path: "(file)", message });
  if (Buffer.byteLength(svg) > MAX_BYTES)
    return [at(0, `is larger than ${MAX_BYTES / 1000} kB — a logo needs far less; simplify or optimise it`)];
  const declaration = /<!(?!--)|<\?(?!xml\s)/.exec(svg);
  if (declaration)
    return [
      at(
        declaration.index,
        "declarations (DOCTYPE, ENTITY, CDATA, processing instructions) are not allowed — remove them",
      ),
    ];
  const root = parse(svg, { lowerCaseTagName: true, comment: false });
  const top = root.childNodes.filter((node) => node instanceof HTMLElement);
  if (top.length !== 1 || top[0]!.tagName.toLowerCase() !== "svg")
    return [at(0, "is not an SVG image — the file must hold one <svg> element")];
  const problems: Problem[] = [];
  const visit = (element: HTMLElement) => {
    const tag = element.tagName.toLowerCase();
    const offset = element.range[0];
    if (!ELEMENTS.has(tag)) {
      problems.push(at(offset, `<${tag}> is not allowed in a logo — use only shapes, groups, gradients and text`));
      return;
    }
    for (const [name, value] of Object.entries(element.rawAttributes)) {
      if (!ATTRIBUTE.test(name.toLowerCase()))
        problems.push(
          at(offset, `attribute \`${name}\` is not allowed in a logo — remove it (no scripts, styles or links)`),
        );
      else if (/url\(|javascript:|&#|\\/i.test(value))
        problems.push(at(offset, `attribute \`${name}\` refers to something outside the shape — give a plain value`));
    }
    for (const child of element.childNodes) if (child instanceof HTMLElement) visit(child);
  };
  visit(top[0]!);
  return problems;
}

function placeAt(text: string, offset: number, file: string): Place {
  const before = text.slice(0, offset).split("\n");
  return { file, line: before.length, col: before.at(-1)!.length + 1 };
}
