/**
 * Soft hyphens in long Finnish and Swedish words, inserted at build time so
 * that every browser can break *kuntoutustutkimusyksikön* or
 * *företagshälsovården* at a syllable, not only those that ship the patterns
 * for CSS `hyphens: auto` (Chromium on Linux does not). Without them a single
 * compound widens the page past 320 CSS px (WCAG 1.4.10 Reflow). Liang's
 * patterns from TeX, through the `hyphen` package, in the language of the
 * text: a Finnish passage on a Swedish page breaks as Finnish.
 */
import finnish from "hyphen/fi";
import swedish from "hyphen/sv";
import { mapTexts } from "./html-texts.ts";
import { isLanguage, NATIONAL_LANGUAGE, type Language } from "./languages.ts";

type Hyphenator = typeof finnish.hyphenateSync;

/** Each language's patterns (imported by name, so that the compiled build bundles them: scripts/run-compiled.js). */
export const HYPHENATORS: Readonly<Record<Language, Hyphenator>> = {
  fi: finnish.hyphenateSync,
  sv: swedish.hyphenateSync,
};

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
export const EXCEPTIONS: Readonly<Record<Language, readonly string[]>> = {
  fi: ["kun-tou-tus-tut-ki-mus-yk-sik-kö", "kun-tou-tus-tut-ki-mus-yk-si-kön"],
  sv: [],
};

/**
 * A word long enough to hyphenate, as the `hyphen` package reads words (any run
 * of characters but white space, ASCII punctuation other than the apostrophe,
 * and U+2013–U+203C, counted in UTF-16 units). Most text has none, and then the
 * patterns need not run: a quarter of the time on the same output.
 */
const LONG_WORD = new RegExp(`[^\\s!-&(-@[-\`{-~\u2013-\u203C]{${MIN_HYPHENATED_LENGTH}}`);

/**
 * Each language's texts met so far in this process, as hyphenated (or as they were, without a long word):
 * the same passages recur on many pages, and on every edition's, and a lookup is quicker than even the
 * long-word test. Emptied when full, since the editing loop runs for days.
 */
const hyphenated: Readonly<Record<Language, Map<string, string>>> = { fi: new Map(), sv: new Map() };
const MAX_REMEMBERED = 20_000;

/** Soft hyphens at the syllable breaks, in `language`, of every word of MIN_HYPHENATED_LENGTH letters or more. */
export function hyphenateText(text: string, language: Language = NATIONAL_LANGUAGE): string {
  if (text.length < MIN_HYPHENATED_LENGTH) return text;
  const remembered = hyphenated[language];
  let result = remembered.get(text);
  if (result === undefined) {
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    result = LONG_WORD.test(text)
      ? HYPHENATORS[language](text, { minWordLength: MIN_HYPHENATED_LENGTH, exceptions: EXCEPTIONS[language] })
      : text;
    remembered.set(text, result);
  }
  return result;
}

// Text that is not laid out as prose: code, scripts, titles, and hidden data such as
// Pagefind's filter values (data-pagefind-filter="tilanne"), which must stay exact ids.
const SKIPPED_ELEMENT = /^<(script|style|title|textarea|pre|code|svg)\b/i;
const SKIPPED_ATTRIBUTE = /\s(hidden|data-pagefind-filter|data-pagefind-meta)[\s=>]/i;
const VOID_ELEMENT = /^<(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b/i;
const LANG_ATTRIBUTE = /\slang="([a-z]+)(?:-[^"]*)?"/i;
const TAG_NAME = /^<\/?([a-z][a-z0-9-]*)/i;
const tagName = (tag: string) => TAG_NAME.exec(tag)?.[1]?.toLowerCase();

/** The language an element's lang attribute names: one we have patterns for, or null (text left whole). */
function languageOf(tag: string): Language | null | undefined {
  const code = LANG_ATTRIBUTE.exec(tag)?.[1]?.toLowerCase();
  return code === undefined ? undefined : isLanguage(code) ? code : null;
}

/** An element with a lang attribute, and how many elements of its name are open inside it, itself included. */
interface LanguageScope {
  readonly tag: string;
  readonly language: Language | null;
  depth: number;
}

/**
 * The same for the text of an HTML document's <body>, in the language of the
 * nearest lang attribute (<html lang> for the page): tags and attribute values
 * stay as they are, and so does the text inside the elements above. A scope
 * ends at its own element's closing tag, counted by name, so an end tag that
 * HTML lets another element omit cannot end it early.
 */
export function hyphenateHtml(html: string): string {
  const start = html.search(/<body\b/i);
  if (start < 0) return html;
  const page = languageOf(/<html\b[^>]*>/i.exec(html)?.[0] ?? "");
  const scopes: LanguageScope[] = [{ tag: "html", language: page === undefined ? NATIONAL_LANGUAGE : page, depth: 1 }];
  // Depth of open elements inside the outermost skipped one (0: not skipping).
  let skipDepth = 0;
  const body = html.slice(start);
  const hyphenatedBody = mapTexts(
    body,
    (text) => {
      const { language } = scopes.at(-1)!;
      return skipDepth > 0 || !language ? text : hyphenateText(text, language);
    },
    (part) => {
      const scope = scopes.at(-1)!;
      const closes = part.startsWith("</");
      const opens = !closes && !part.startsWith("<!") && !part.endsWith("/>") && !VOID_ELEMENT.test(part);
      const language = opens ? languageOf(part) : undefined;
      if (language !== undefined) scopes.push({ tag: tagName(part)!, language, depth: 1 });
      else if (scopes.length > 1 && (opens || closes) && tagName(part) === scope.tag) {
        scope.depth += opens ? 1 : -1;
        if (scope.depth === 0) scopes.pop();
      }
      if (skipDepth > 0) skipDepth += opens ? 1 : closes ? -1 : 0;
      else if (opens && (SKIPPED_ELEMENT.test(part) || SKIPPED_ATTRIBUTE.test(part))) skipDepth = 1;
    },
  );
  return hyphenatedBody === body ? html : html.slice(0, start) + hyphenatedBody;
}
