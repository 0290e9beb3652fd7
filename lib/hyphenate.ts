/**
 * Soft hyphens in long Finnish words, inserted at build time so that every
 * browser can break *kuntoutustutkimusyksikön* at a syllable, not only those
 * that ship Finnish patterns for CSS `hyphens: auto` (Chromium on Linux does
 * not). Without them a single compound widens the page past 320 CSS px
 * (WCAG 1.4.10 Reflow). Liang's patterns from TeX, through the `hyphen` package.
 */
import { createRequire } from "node:module";

type Hyphenator = (text: string, options: { minWordLength: number; exceptions: readonly string[] }) => string;

// The package is CommonJS without types; its Finnish entry point exports hyphenateSync.
export const { hyphenateSync } = createRequire(import.meta.url)("hyphen/fi") as { hyphenateSync: Hyphenator };

/**
 * Words shorter than this fit on a 320 px line anyway (overflow-wrap breaks the
 * rare exception); leaving them whole keeps the pages and the search index small:
 * at 12 letters, the soft hyphens pushed the first search download over its budget.
 */
export const MIN_HYPHENATED_LENGTH = 16;

export const SOFT_HYPHEN = "\u00AD";

/**
 * Words the patterns break too rarely, with their breaks marked "-": compounds
 * whose second part starts with a vowel, where syllable rules miss the seam.
 */
export const EXCEPTIONS = ["kun-tou-tus-tut-ki-mus-yk-sik-kö", "kun-tou-tus-tut-ki-mus-yk-si-kön"];

/**
 * A word long enough to hyphenate, as the `hyphen` package reads words (any run
 * of characters but white space, ASCII punctuation other than the apostrophe,
 * and U+2013–U+203C, counted in UTF-16 units). Most text has none, and then the
 * patterns need not run: a quarter of the time on the same output.
 */
const LONG_WORD = new RegExp(`[^\\s!-&(-@[-\`{-~\u2013-\u203C]{${MIN_HYPHENATED_LENGTH}}`);

/** Soft hyphens at the Finnish syllable breaks of every word of MIN_HYPHENATED_LENGTH letters or more. */
export function hyphenateText(text: string): string {
  if (!LONG_WORD.test(text)) return text;
  return hyphenateSync(text, { minWordLength: MIN_HYPHENATED_LENGTH, exceptions: EXCEPTIONS });
}

// Text that is not laid out as prose: code, scripts, titles, and hidden data such as
// Pagefind's filter values (data-pagefind-filter="tilanne"), which must stay exact ids.
const SKIPPED_ELEMENT = /^<(script|style|title|textarea|pre|code|svg)\b/i;
const SKIPPED_ATTRIBUTE = /\s(hidden|data-pagefind-filter|data-pagefind-meta)[\s=>]/i;
const VOID_ELEMENT = /^<(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b/i;

/**
 * The same for the text of an HTML document's <body>: tags and attribute values
 * stay as they are, and so does the text inside the elements above.
 */
export function hyphenateHtml(html: string): string {
  const start = html.search(/<body\b/i);
  if (start < 0) return html;
  // Depth of open elements inside the outermost skipped one (0: not skipping).
  let skipDepth = 0;
  const body = html
    .slice(start)
    .split(/(<[^>]+>)/)
    .map((part) => {
      if (!part.startsWith("<")) return skipDepth > 0 ? part : hyphenateText(part);
      const opens =
        !part.startsWith("</") && !part.startsWith("<!") && !part.endsWith("/>") && !VOID_ELEMENT.test(part);
      if (skipDepth > 0) skipDepth += opens ? 1 : part.startsWith("</") ? -1 : 0;
      else if (opens && (SKIPPED_ELEMENT.test(part) || SKIPPED_ATTRIBUTE.test(part))) skipDepth = 1;
      return part;
    })
    .join("");
  return html.slice(0, start) + body;
}
