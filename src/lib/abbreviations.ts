/**
 * Abbreviations (TE, TYP, Kela, ESR, STEA, sote) explained on every page that
 * uses them: the first use in <main> becomes <abbr title="…">, and a
 * "Lyhenteet" list at the end of <main> spells each one out in text, for
 * readers who cannot hover (touch, keyboard, print).
 */
import type { Handbook } from "../../lib/handbook.ts";

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
const escapeAttribute = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** Text and tags of the HTML between <main> and </main>; tags pass through untouched. */
export function explainAbbreviations(html: string, glossary: readonly Abbreviation[], heading: string): string {
  const start = html.indexOf("<main");
  const end = html.lastIndexOf("</main>");
  if (start < 0 || end < 0 || glossary.length === 0) return html;

  const byShort = new Map(glossary.map((a) => [a.short, a]));
  const shorts = [...byShort.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // A whole word, or its genitive (Kelan); never inside a longer word (STEA ⊅ TE).
  const pattern = new RegExp(`(?<!\\p{L})(${shorts.join("|")})(?=n?(?:[^\\p{L}]|$))`, "gu");

  const used = new Set<string>();
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
      return part.replace(pattern, (short: string) => {
        if (used.has(short)) return short;
        used.add(short);
        return `<abbr title="${escapeAttribute(byShort.get(short)!.expansion)}">${short}</abbr>`;
      });
    })
    .join("");

  if (used.size === 0) return html;
  const entries = glossary
    .filter((a) => used.has(a.short))
    .map((a) => `<dt>${a.short}</dt><dd>${a.expansion}</dd>`)
    .join("");
  const list = `<section class="glossary" aria-labelledby="lyhenteet" data-pagefind-ignore><h2 id="lyhenteet">${heading}</h2><dl>${entries}</dl></section>\n`;
  return html.slice(0, start) + body + list + html.slice(end);
}
