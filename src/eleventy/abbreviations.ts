/**
 * Abbreviations (TE, TYP, Kela, ESR, STEA, sote) explained on every page that
 * uses them: the first use in <main> becomes <abbr title="…">, and a
 * "Lyhenteet" list at the end of <main> spells each one out in text, for
 * readers who cannot hover (touch, keyboard, print).
 */
import type { Handbook } from "../../lib/handbook/handbook.ts";
import { memoizedBy } from "../../lib/collections.ts";
import { mapTexts } from "../../lib/html-texts.ts";
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

/** Elements whose text is left as it is: an abbreviation already explained, and text that is not prose. */
const SKIPPED_TAG = /^<(?:(abbr|title|script|style)\b|\/(?:abbr|title|script|style)>)/i;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Each glossary's matcher, made once: every page of a run (and every edition's) asks with the same glossary. */
const matcherOf = memoizedBy((glossary: readonly Abbreviation[]) => {
  const byEscapedShort = new Map(glossary.map((a) => [escapeHtml(a.short), a]));
  const shorts = [...byEscapedShort.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // A whole word, or its genitive (Kelan); never inside a longer word (STEA ⊅ TE) or an entity (&amp;).
  const pattern = new RegExp(`(?<![\\p{L}&#])(${shorts.join("|")})(?=n?(?:[^\\p{L}]|$))`, "gu");
  const escapedShorts = [...byEscapedShort.keys()];
  // A substring search first: most texts hold none, and for them it is quicker than the pattern.
  const mayMention = (text: string) => escapedShorts.some((short) => text.includes(short));
  return { byEscapedShort, pattern, mayMention };
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

  const { byEscapedShort, pattern, mayMention } = matcherOf(glossary);

  const used = new Set<Abbreviation>();
  const explain = (escapedShort: string) => {
    const abbreviation = byEscapedShort.get(escapedShort)!;
    if (used.has(abbreviation)) return escapedShort;
    used.add(abbreviation);
    return `<abbr title="${escapeHtml(abbreviation.expansion)}">${escapedShort}</abbr>`;
  };
  let skipDepth = 0;
  const main = mapTexts(
    html.slice(start, end),
    (text) => (skipDepth === 0 && mayMention(text) ? text.replace(pattern, explain) : text),
    (tag) => {
      const skipped = SKIPPED_TAG.exec(tag);
      if (skipped) skipDepth += skipped[1] ? 1 : -1;
    },
  );
  if (used.size === 0) return html;
  const entries = glossary
    .filter((a) => used.has(a))
    .map((a) => `<dt>${escapeHtml(a.short)}</dt><dd>${escapeHtml(a.expansion)}</dd>`)
    .join("");
  const list = `<section class="glossary" aria-labelledby="${ids.glossary()}" data-pagefind-ignore><h2 id="${ids.glossary()}">${escapeHtml(heading)}</h2><dl>${entries}</dl></section>\n`;
  return html.slice(0, start) + main + list + html.slice(end);
}
