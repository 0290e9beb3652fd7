/**
 * Content that several pages repeat — the services list, the network groups,
 * the principles, an earlier phase's actions on a pathway — is marked in the
 * templates as a copy of the page (and section) that introduces it
 * (components/repeated.njk). Pagefind favours short pages, so without this a
 * short pathway that repeats the services list outranks the page that
 * introduces them; weighed down, a copy still matches and gives the excerpt
 * when nothing else on its page does, below the original and the pages about
 * its subject.
 */

/** What templates put on a block that repeats what another page introduces: the origin's URL and anchor. */
export const REPEATED_FROM = "data-repeated-from";

/** How much a repeated block's words count beside the page's own (Pagefind's data-pagefind-weight; ordinary text is 1). */
export const REPEATED_WEIGHT = 0.1;

const MARK = new RegExp(`\\s${REPEATED_FROM}="[^"]*"`, "g");

/** The page's HTML with each repeated block weighed down for Pagefind. */
export function weighRepeatedBlocks(html: string): string {
  return html.replace(MARK, (mark) => `${mark} data-pagefind-weight="${REPEATED_WEIGHT}"`);
}
