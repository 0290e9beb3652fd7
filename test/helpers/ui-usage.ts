/**
 * Where the site reads UI strings, and where it types them instead: the
 * checks behind "every user-visible string lives in src/ui/<language>.json".
 * (Keys read literally are found by lib/ui-text.ts `literalKeys`, which the
 * build also uses.)
 */

/** Key prefixes completed at run time: `("actor." + actor.kind) | t`. */
export function dynamicPrefixes(source: string): string[] {
  return [...source.matchAll(/\(\s*"([\w.]+\.)"\s*\+\s*[\w.]+\s*\)\s*\|\s*t\b/g)].map((match) => match[1]!);
}

/** Front matter fields the layout shows to readers. */
const SHOWN_FIELDS = new Set(["title", "description", "label", "heading"]);

const ATTRIBUTES_READ_ALOUD = /\b(?:aria-label|aria-description|title|alt|placeholder)="([^"]*)"/g;

/**
 * Words typed into a template rather than read from ui.json: text between
 * tags, and attributes that are read aloud, once Nunjucks tags, comments and
 * output are removed. Front matter strings that hold words (a space between
 * letters, or ä/ö/å) or that fill a field the layout
 * shows (title, description, label, heading) count too. Returns each offending piece of text.
 */
export function typedText(template: string): string[] {
  const frontMatter = /^---[a-z]*\n([\s\S]*?)\n---\n/.exec(template);
  const body = frontMatter ? template.slice(frontMatter[0].length) : template;
  const found: string[] = [];
  for (const [, field, quoted, templated] of (frontMatter?.[1] ?? "").matchAll(
    /(?:\b(\w+):\s*)?(?:"([^"]*)"|`([^`]*)`)/g,
  )) {
    const text = (quoted ?? templated ?? "").replace(/\$\{[^}]*\}/g, "");
    if (/\p{L}\s+\p{L}|[äöåÄÖÅ]/u.test(text) || (SHOWN_FIELDS.has(field ?? "") && /\p{L}/u.test(text)))
      found.push(text);
  }
  const markup = body
    .replace(/\{#[\s\S]*?#\}/g, "")
    .replace(/\{%[\s\S]*?%\}/g, " ")
    .replace(/\{\{[\s\S]*?\}\}/g, " ")
    .replace(/<!--[\s\S]*?-->/g, "");
  for (const [, value] of markup.matchAll(ATTRIBUTES_READ_ALOUD)) if (/\p{L}/u.test(value!)) found.push(value!);
  for (const text of markup.replace(/<[^>]*>/g, "\n").split("\n")) if (/\p{L}/u.test(text)) found.push(text.trim());
  return found;
}
