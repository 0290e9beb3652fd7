/**
 * The one escaping helper for HTML that code writes itself (everything else
 * goes through Nunjucks' autoescaping). It escapes the same six characters,
 * the same way, as Nunjucks, so text escaped here reads byte for byte like text
 * a template wrote — code that searches rendered pages for a string can escape it here.
 */
const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "\\": "&#92;",
};

/** Safe in element text and in a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'\\]/g, (character) => ENTITIES[character]!);
}
