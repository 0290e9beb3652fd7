/**
 * Serves a built site the way a static host does: files by path, `dir/` →
 * `dir/index.html`, unknown paths → 404.html with status 404, only under the
 * configured path prefix, text gzipped when the browser accepts it. Used by `npm start` and by the tests.
 */
import { readFile, stat } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { headersFor, parseHeadersFile } from "../deploy/headers.ts";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pf_filter": "application/octet-stream",
};

/** Text that hosts compress; Pagefind's own files are compressed already. */
const COMPRESSIBLE = new Set([".html", ".css", ".js", ".mjs", ".json", ".webmanifest", ".svg", ".xml", ".txt"]);

/** What static hosts send when no rule says otherwise: revalidate. */
const DEFAULT_HEADERS = { "Cache-Control": "no-cache" };

export interface ServeOptions {
  readonly root: string;
  /** e.g. "/tyokyky/"; "/" serves at the root. */
  readonly pathPrefix?: string;
  readonly port?: number;
  readonly host?: string;
  /** Send the headers the site's `_headers` file asks for, as Netlify and Cloudflare Pages do. */
  readonly hostHeaders?: boolean;
  /** Told of every response body sent, as bytes on the wire: the tests weigh what a page downloads. */
  readonly onSent?: (path: string, bytes: number) => void;
}

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

export async function serveStatic(options: ServeOptions): Promise<RunningServer> {
  const prefix = options.pathPrefix ?? "/";
  const host = options.host ?? "127.0.0.1";
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const send = async (status: number, file: string | undefined) => {
      const headers: Record<string, string> = { ...DEFAULT_HEADERS, ...(options.hostHeaders ? await hostHeaders(options.root, path) : {}) };
      if (!file) {
        response.writeHead(status, { ...headers, "content-type": "text/plain; charset=utf-8" }).end("Not found");
        return;
      }
      headers["content-type"] = CONTENT_TYPES[extname(file)] ?? "application/octet-stream";
      let body = await readFile(file);
      if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) {
        body = gzipSync(body);
        headers["content-encoding"] = "gzip";
        headers.vary = "Accept-Encoding";
      }
      headers["content-length"] = String(body.length);
      response.writeHead(status, headers);
      response.end(request.method === "HEAD" ? undefined : body);
      options.onSent?.(path, request.method === "HEAD" ? 0 : body.length);
    };
    if (!path.startsWith(prefix)) return send(404, undefined);
    const file = await resolveFile(options.root, path.slice(prefix.length));
    if (file) return send(200, file);
    return send(404, await resolveFile(options.root, "404.html"));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  return {
    url: `http://${host}:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Read on every request, so a rebuild's new `_headers` applies at once. */
async function hostHeaders(root: string, path: string): Promise<Record<string, string>> {
  try {
    return headersFor(path, parseHeadersFile(await readFile(join(root, "_headers"), "utf8")));
  } catch {
    return {};
  }
}

async function resolveFile(root: string, relativePath: string): Promise<string | undefined> {
  const safe = normalize(`/${relativePath}`);
  for (const candidate of [join(root, safe), join(root, safe, "index.html")]) {
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      // Not there: try the next candidate.
    }
  }
  return undefined;
}
