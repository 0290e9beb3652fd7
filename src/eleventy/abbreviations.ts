/**
 * Abbreviations (TE, TYP, Kela, ESR, STEA, sote) explained on every page that
 * uses them: the first use in <main> becomes <abbr title="…">, and a
 * "Lyhenteet" list at the end of <main> spells each one out in text, for
 * readers who cannot hover (touch, keyboard, print).
 */
import type { Handbook } from "../../lib/handbook/handbook.ts";
import { memoizedBy } from "../../lib/collections.ts";
import { ids } from "../../lib/urls.ts";
import { escapeHtml } from "./escape-html.ts";

export interface Abbreviation {
  readonly short: string;
  readonly expansion: string;
}

export function glossaryOf(handbook: Handbook): Abbreviation[] {
  return handbook.actors.flatMap((actor) =>
    actor.abbreviation && actor.expansion ? [{ short: actor.abbreviation, expansion: actor.expansion.text }] : [],
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Each glossary's matcher, made once: every page of a run (and every edition's) asks with the same glossary. */
const matcherOf = memoizedBy((glossary: readonly Abbreviation[]) => {
  const byEscapedShort = new Map(glossary.map((a) => [escapeHtml(a.short), a]));
  const shorts = [...byEscapedShort.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // A whole word, or its genitive (Kelan); never inside a longer word (STEA ⊅ TE) or an entity (&amp;).
  const pattern = new RegExp(`(?<![\\p{L}&#])(${shorts.join("|")})(?=n?(?:[^\\p{L}]|$))`, "gu");
  return { byEscapedShort, pattern };
});

/**
 * Text and tags of the HTML between <main> and </main>; tags pass through
 * untouched. The page's text is escaped HTML, so each abbreviation is looked
 * for in its escaped form, and everything from the glossary is escaped on the
 * way out.
 */
export function explainAbbreviations(html: string, glossary: readonly Abbreviation[], heading: string): string {
  const start = html.indexOf("<main");
  const end = html.lastIndexOf("</main>");
  if (start < 0 || end < 0 || glossary.length === 0) return html;

  const { byEscapedShort, pattern } = matcherOf(glossary);

  const used = new Set<Abbreviation>();
  let skipDepth = 0;
  const parts = html.slice(start, end).split(/(<[^>]+>)/);
  const body = parts
    .map((part) => {
      if (part.startsWith("<")) {
        if (/^<(abbr|title|script|style)\b/i.test(part)) skipDepth++;
        else if (/^<\/(abbr|title|script|style)>/i.test(part)) skipDepth--;
        return part;
      }
      if (skipDepth > 0) return part;
      return part.replace(pattern, (escapedShort: string) => {
        const abbreviation = byEscapedShort.get(escapedShort)!;
        if (used.has(abbreviation)) return escapedShort;
        used.add(abbreviation);
        return `<abbr title="${escapeHtml(abbreviation.expansion)}">${escapedShort}</abbr>`;
      });
    })
    .join("");

  if (used.size === 0) return html;
  const entries = glossary
    .filter((a) => used.has(a))
    .map((a) => `<dt>${escapeHtml(a.short)}</dt><dd>${escapeHtml(a.expansion)}</dd>`)
    .join("");
  const list = `<section class="glossary" aria-labelledby="${ids.glossary()}" data-pagefind-ignore><h2 id="${ids.glossary()}">${escapeHtml(heading)}</h2><dl>${entries}</dl></section>\n`;
  return html.slice(0, start) + body + list + html.slice(end);
}
