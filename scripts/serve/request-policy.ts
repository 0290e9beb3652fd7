/**
 * How a static host answers a request for the built site, as a decision the
 * preview server and the live-reloading dev server both act on. It never
 * throws: a hostile method or URL gets a refusal, not a crash.
 */
import { realpath, stat } from "node:fs/promises";
import { join, sep } from "node:path";
import { pageFile, urls } from "../../lib/urls.ts";

export type Decision =
  | { readonly kind: "file"; readonly status: 200 | 404; readonly file: string; readonly path: string } // 404 = the site's 404 page
  | { readonly kind: "redirect"; readonly status: 301; readonly location: string }
  | { readonly kind: "refuse"; readonly status: 400 | 404 | 405; readonly allow?: string };

export const ALLOWED_METHODS = "GET, HEAD";

/** Files a host reads but never serves. */
const HOST_ONLY = new Set(["_headers"]);

/** Decides how a static host answers: never throws on any method or URL. */
export async function decide(
  root: string,
  pathPrefix: string,
  method: string | undefined,
  rawUrl: string | undefined,
): Promise<Decision> {
  if (method !== "GET" && method !== "HEAD") return { kind: "refuse", status: 405, allow: ALLOWED_METHODS };
  const url = parseRequestTarget(rawUrl);
  if (!url) return { kind: "refuse", status: 400 };
  const { path, query } = url;
  // The prefix's own root without its slash ("/tyokyky") is its directory.
  if (`${path}/` === pathPrefix) return redirect(path, query);
  if (!path.startsWith(pathPrefix)) return { kind: "refuse", status: 404 };
  try {
    return (await findFile(root, pathPrefix, path, query)) ?? (await notFound(root, path));
  } catch {
    // A file that vanished mid-request (a rebuild swapping _site) reads as absent.
    return notFound(root, path);
  }
}

interface RequestTarget {
  /** Decoded, with repeated slashes merged: "/tilanteet/tyoton/". */
  readonly path: string;
  /** As sent, without "?": "q=kela". */
  readonly query: string;
}

/** The path of an origin-form request target, or undefined when it is malformed. */
function parseRequestTarget(rawUrl: string | undefined): RequestTarget | undefined {
  if (!rawUrl?.startsWith("/")) return undefined;
  const queryStart = rawUrl.search(/[?#]/);
  const rawPath = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
  const query = queryStart === -1 || rawUrl[queryStart] === "#" ? "" : rawUrl.slice(queryStart + 1).replace(/#.*/, "");
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return undefined; // "/%", "/%E0%A4%A", "/%ff": not UTF-8 percent-encoding
  }
  // NUL ends a path for the file system; "." and ".." segments only come from clients that mean harm.
  if (path.includes("\0") || path.split("/").some((segment) => segment === "." || segment === "..")) return undefined;
  return { path: path.replace(/\/{2,}/g, "/"), query };
}

async function findFile(root: string, pathPrefix: string, path: string, query: string): Promise<Decision | undefined> {
  const relative = path.slice(pathPrefix.length);
  const segments = relative.split("/").filter(Boolean);
  if (segments.some((segment) => segment.startsWith(".")) || HOST_ONLY.has(relative)) return undefined;
  const siteRoot = await realpath(root);
  const inside = async (file: string) => {
    const real = await realpath(file).catch(() => undefined);
    return real === siteRoot || real?.startsWith(siteRoot + sep) ? stat(real) : undefined;
  };
  const candidate = join(siteRoot, ...segments);
  const found = await inside(candidate);
  if (found?.isDirectory()) {
    if (!path.endsWith("/")) return redirect(path, query);
    const index = join(candidate, "index.html");
    return (await inside(index))?.isFile() ? { kind: "file", status: 200, file: index, path } : undefined;
  }
  return found?.isFile() && !path.endsWith("/") ? { kind: "file", status: 200, file: candidate, path } : undefined;
}

async function notFound(root: string, path: string): Promise<Decision> {
  const page = join(root, pageFile(urls.notFound()));
  const exists = await stat(page).then(
    (s) => s.isFile(),
    () => false,
  );
  return exists ? { kind: "file", status: 404, file: page, path } : { kind: "refuse", status: 404 };
}

/** `dir` → `dir/`, the query kept; re-encoded from the decoded path, so the Location is always a clean same-site path. */
function redirect(path: string, query: string): Decision {
  const location = `${path.split("/").map(encodeURIComponent).join("/")}/`;
  const safeQuery = query.replace(/[^\x21-\x7e]/g, (char) => encodeURIComponent(char));
  return { kind: "redirect", status: 301, location: safeQuery ? `${location}?${safeQuery}` : location };
}
