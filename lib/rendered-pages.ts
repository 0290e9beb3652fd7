/**
 * Eleventy's pages handed on as each is finished, for the search index to
 * read while the next ones render (scripts/search/search-index.ts). The
 * config (.eleventy.js) tells the listener the order Eleventy planned its
 * pages in (its content map) and each page's final HTML (its last
 * transform). One Eleventy run renders at a time in a process, so one
 * listener at a time: the build sets it for the run.
 */
export interface RenderedPagesListener {
  /** Every page's URL, in a fixed order (by input file, then page number): called once per run, before any page renders. */
  planned(urls: readonly string[]): void;
  /** A page's final HTML (or other text), with the file Eleventy writes it to. */
  rendered(url: string, outputPath: string, content: string): void;
}

let listener: RenderedPagesListener | undefined;

/** Sets the listener for the next Eleventy run (undefined: nobody listens, as in the editing loop). */
export function listenToRenderedPages(next: RenderedPagesListener | undefined): void {
  listener = next;
}

/** What this needs of Eleventy's config: its typings lack `on`, and give a transform's page no URL. */
export interface EleventyHooks {
  on(event: "eleventy.contentMap", listener: (map: { readonly urlToInputPath: ContentMap }) => void): unknown;
  addTransform(
    name: string,
    transform: (
      this: { readonly page: { readonly url: string; readonly outputPath: string | false } },
      content: string,
    ) => string,
  ): unknown;
}

/** Each page's URL, with its template and its number among the template's pages (Eleventy's content map). */
type ContentMap = Readonly<Record<string, { readonly inputPath: string; readonly groupNumber: number }>>;

/**
 * The pages' URLs by input file, then page number. Eleventy orders its plan by which template's data was
 * ready first, which varies from run to run (and the search index numbers pages in the order it gets them);
 * its order is nearly this one, so few pages wait for the one before them.
 */
function fixedOrder(map: ContentMap): string[] {
  return Object.entries(map)
    .sort(([, a], [, b]) =>
      a.inputPath < b.inputPath ? -1 : a.inputPath > b.inputPath ? 1 : a.groupNumber - b.groupNumber,
    )
    .map(([url]) => url);
}

/** Hands each run's plan and pages on to the listener, if any (added after every other transform). */
export function handOnRenderedPages(eleventyConfig: EleventyHooks): void {
  eleventyConfig.on("eleventy.contentMap", ({ urlToInputPath }) => listener?.planned(fixedOrder(urlToInputPath)));
  eleventyConfig.addTransform("search-index", function (content) {
    listener?.rendered(this.page.url, String(this.page.outputPath), content);
    return content;
  });
}
