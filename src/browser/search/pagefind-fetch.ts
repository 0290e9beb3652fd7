/**
 * The page's fetch, wrapped before Pagefind loads, for two jobs: Pagefind's
 * gzipped files are inflated by the browser (DecompressionStream) instead of
 * by Pagefind's JavaScript on the main thread, and failed downloads are
 * counted. Pagefind logs a failed download and goes on with what it has, so a
 * search compares the count before and after, to tell "found nothing" from
 * "could not look".
 */
import { isGzippedPagefindUrl } from "../../../lib/search/pagefind-files.ts";

let failed = 0;

/** How many downloads have failed since the page loaded. */
export const failedDownloads = () => failed;

/**
 * Pagefind inflates its gzipped files in JavaScript unless they arrive
 * inflated (it then finds its signature first and skips that).
 */
function inflated(response: Response): Response {
  if (!response.ok || !response.body || typeof DecompressionStream === "undefined") return response;
  return new Response(response.body.pipeThrough(new DecompressionStream("gzip")), {
    status: response.status,
    statusText: response.statusText,
  });
}

/** Replaces globalThis.fetch; call it before Pagefind's script is imported. */
export function wrapFetch(): void {
  const fetchOriginal = globalThis.fetch.bind(globalThis);
  globalThis.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    try {
      const response = await fetchOriginal(input, init);
      if (!response.ok) failed++;
      return isGzippedPagefindUrl(url) ? inflated(response) : response;
    } catch (error) {
      failed++;
      throw error;
    }
  };
}
