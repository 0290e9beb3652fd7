/**
 * The texts of an HTML string, one by one between its tags, as the build's text steps rewrite them
 * (lib/hyphenate.ts, src/eleventy/abbreviations.ts): each text passed through `text`, each tag shown to `tag`
 * after the text before it, so that a step can keep the state its texts depend on (the language, an
 * element whose text is left as it is). A text returned as it was is not copied: most are.
 */
export function mapTexts(html: string, text: (text: string) => string, tag: (tag: string) => void): string {
  const pieces: string[] = [];
  let copied = 0;
  const tags = /<[^>]+>/g;
  for (let textStart = 0; ; textStart = tags.lastIndex) {
    const found = tags.exec(html);
    const textEnd = found ? found.index : html.length;
    if (textEnd > textStart) {
      const before = html.slice(textStart, textEnd);
      const after = text(before);
      if (after !== before) {
        pieces.push(html.slice(copied, textStart), after);
        copied = textEnd;
      }
    }
    if (!found) break;
    tag(found[0]);
  }
  if (copied === 0) return html;
  pieces.push(html.slice(copied));
  return pieces.join("");
}
