import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { headersFor, parseHeadersFile } from "../deploy/headers.ts";

/**
 * The headers the site's `_headers` file gives a request path, as Netlify and
 * Cloudflare Pages apply them. Read on every request, so a rebuild's new
 * `_headers` applies at once; no file (yet) means no headers.
 */
export async function hostHeaders(root: string, path: string): Promise<Record<string, string>> {
  try {
    return headersFor(path, parseHeadersFile(await readFile(join(root, "_headers"), "utf8")));
  } catch {
    return {};
  }
}
