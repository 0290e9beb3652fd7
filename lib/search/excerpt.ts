/**
 * Pagefind's excerpts are escaped text with <mark> around the matched words.
 * The search page builds them as DOM nodes (text and <mark> elements), never
 * as HTML, so it works under Trusted Types: this splits an excerpt into runs.
 */

export interface ExcerptRun {
  readonly text: string;
  readonly marked: boolean;
}

const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** The text an escaped run stands for: named and numeric character references decoded. */
export function unescapeText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (reference, name: string) => {
    if (name[0] !== "#") return NAMED[name.toLowerCase()] ?? reference;
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
  });
}

/** The excerpt's runs in order, marked where Pagefind put <mark>; empty runs dropped. */
export function excerptRuns(excerpt: string): ExcerptRun[] {
  const runs: ExcerptRun[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) marked = true;
    else if (/^<\/mark>$/i.test(piece)) marked = false;
    else if (piece) runs.push({ text: unescapeText(piece), marked });
  }
  return runs;
}
