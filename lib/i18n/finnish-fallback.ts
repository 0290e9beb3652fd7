/**
 * Untranslated text on a page of another language is shown in Finnish, and
 * must say so (`lang="fi"`, WCAG 3.1.2). The localised handbook wraps every
 * such text in two private-use characters that content never holds; they
 * travel with the text through every template, filter and front-matter
 * function, and the site's last step (src/eleventy/finnish-fallback.ts) turns
 * them into `<span lang="fi">` — so no template can show a Finnish fallback
 * unmarked, and none needs to know which texts are translated.
 */

const OPEN = "\uE000";
const CLOSE = "\uE001";
export const FALLBACK_MARKS = /[\uE000\uE001]/g;

/** The Finnish text, marked as shown in place of a translation. */
export function finnishFallback(text: string): string {
  return `${OPEN}${text}${CLOSE}`;
}

export function hasFinnishFallback(text: string): boolean {
  return text.includes(OPEN);
}

/** The text without marks: where markup cannot go (attributes, <title>, metadata). */
export function withoutFallbackMarks(text: string): string {
  return text.replace(FALLBACK_MARKS, "");
}

/** The text with every Finnish fallback left out: what the text says in its own language (a search dictionary's words). */
export function withoutFinnishFallbacks(text: string): string {
  return text.replace(/\uE000[^\uE001]*\uE001/g, "");
}

/** The text as Pagefind metadata, which Pagefind 1.5 searches: none at all where any of it is a Finnish fallback. */
export function searchMetadata(text: string): string {
  return hasFinnishFallback(text) ? "" : text;
}

/** A run of a text, as the properties of the element that shows it: a Finnish fallback's has lang="fi". */
export interface FallbackRun {
  readonly textContent: string;
  readonly lang?: "fi";
}

/** The text's runs in order, each in the page's language or a Finnish fallback; empty runs dropped. */
export function fallbackRuns(text: string): FallbackRun[] {
  return text
    .split(/(\uE000[^\uE001]*\uE001)/)
    .filter(Boolean)
    .map((run) =>
      run.startsWith(OPEN) ? { textContent: withoutFallbackMarks(run), lang: "fi" } : { textContent: run },
    );
}

/**
 * The text with its marks, as JSON that keeps them through the page's last step (which drops marks inside tags):
 * an attribute's value that the search index step reads back (scripts/search/search-index.ts).
 */
export function markedJson(text: string): string {
  return JSON.stringify(text).replace(FALLBACK_MARKS, (mark) => `\\u${mark.charCodeAt(0).toString(16)}`);
}

/** Whether the whole text is one Finnish fallback (a Markdown body, a name). */
export function isWholeFallback(text: string): boolean {
  return text.startsWith(OPEN) && text.endsWith(CLOSE) && text.indexOf(OPEN, 1) < 0;
}

/**
 * A page's HTML with each marked text in `<span lang="fi" data-pagefind-ignore>` (so that the Swedish
 * search index never holds Finnish words as Swedish), and the marks dropped inside tags and <title>.
 * A mark may enclose inline tags (an <abbr> the abbreviation step added); one left open is an error.
 */
export function renderFinnishFallbacks(html: string): string {
  if (!html.includes(OPEN)) return html;
  let open = false;
  let inTitle = false;
  const rendered = html.replace(/<[^>]*>|[^<]+/g, (part) => {
    if (part.startsWith("<")) {
      if (/^<title\b/i.test(part)) inTitle = true;
      else if (/^<\/title>/i.test(part)) inTitle = false;
      return withoutFallbackMarks(part);
    }
    if (inTitle) return withoutFallbackMarks(part);
    return part.replace(FALLBACK_MARKS, (mark) => {
      if ((mark === OPEN) === open)
        throw new Error(
          `a Finnish fallback ${open ? "opens inside another" : "closes without opening"}: ${part.slice(0, 80)}`,
        );
      open = mark === OPEN;
      return open ? '<span lang="fi" data-pagefind-ignore>' : "</span>";
    });
  });
  if (open) throw new Error("a Finnish fallback is never closed");
  return rendered;
}
