/**
 * Serves a built site the way a static host does (scripts/serve/request-policy.ts
 * decides what each request gets): files by path, `dir` → `dir/`, `dir/` →
 * `dir/index.html`, unknown paths → 404.html with status 404, only under the
 * configured path prefix, text gzipped when the browser accepts it. Used by
 * the tests and the preview; one bad request never stops it.
 */
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { extname } from "node:path";
import { decide } from "./request-policy.ts";
import { hostHeaders } from "./host-headers.ts";

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
  // Pagefind's own files get the default, application/octet-stream.
};

/** Text that hosts compress; Pagefind's own files are compressed already. */
const COMPRESSIBLE = new Set([".html", ".css", ".js", ".mjs", ".json", ".webmanifest", ".svg", ".xml", ".txt"]);

/** What static hosts send when no rule says otherwise: revalidate. */
const DEFAULT_HEADERS = { "Cache-Control": "no-cache" };

const STATUS_TEXT: Record<number, string> = {
  400: "Bad request",
  404: "Not found",
  405: "Method not allowed",
  500: "Server error",
};

export interface SiteOptions {
  readonly root: string;
  /** e.g. "/tyokyky/"; "/" serves at the root. */
  readonly pathPrefix?: string;
  /** Send the headers the site's `_headers` file asks for, as Netlify and Cloudflare Pages do. */
  readonly hostHeaders?: boolean;
  /** Told of every response body sent, as bytes on the wire: the tests weigh what a page downloads. */
  readonly onSent?: (path: string, bytes: number) => void;
  /**
   * Answer for the editing loop's dev server (scripts/dev/): nothing cached,
   * nothing compressed, `headHtml` (its tab client) added to every page's head.
   */
  readonly liveReload?: { readonly headHtml: string };
}

export interface ServeOptions extends SiteOptions {
  readonly port?: number;
  readonly host?: string;
}

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Answers one request as a static host would; resolves once the response is sent. */
export async function answer(request: IncomingMessage, response: ServerResponse, options: SiteOptions): Promise<void> {
  const decision = await decide(options.root, options.pathPrefix ?? "/", request.method, request.url);
  if (decision.kind === "refuse")
    return sendText(response, decision.status, decision.allow ? { Allow: decision.allow } : {});
  if (decision.kind === "redirect") {
    response
      .writeHead(decision.status, { ...DEFAULT_HEADERS, Location: decision.location, "Content-Length": "0" })
      .end();
    return;
  }
  const headers: Record<string, string> = {
    ...DEFAULT_HEADERS,
    ...(options.hostHeaders ? await hostHeaders(options.root, decision.path) : {}),
  };
  headers["Content-Type"] = CONTENT_TYPES[extname(decision.file)] ?? "application/octet-stream";
  const head = request.method === "HEAD";
  if (options.liveReload) {
    headers["Cache-Control"] = "no-store";
    response.writeHead(decision.status, headers);
    const body = await readFile(decision.file);
    const html = extname(decision.file) === ".html";
    response.end(
      head
        ? undefined
        : html
          ? body.toString("utf8").replace("</head>", `${options.liveReload.headHtml}</head>`)
          : body,
    );
    return;
  }
  let body = await readFile(decision.file);
  if (COMPRESSIBLE.has(extname(decision.file)) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) {
    body = gzipSync(body);
    headers["Content-Encoding"] = "gzip";
    headers.Vary = "Accept-Encoding";
  }
  headers["Content-Length"] = String(body.length);
  response.writeHead(decision.status, headers);
  response.end(head ? undefined : body);
  options.onSent?.(decision.path, head ? 0 : body.length);
}

function sendText(response: ServerResponse, status: number, extra: Record<string, string>): void {
  const body = `${STATUS_TEXT[status] ?? "Error"}\n`;
  response
    .writeHead(status, {
      ...DEFAULT_HEADERS,
      ...extra,
      "Content-Type": "text/plain; charset=utf-8",
      "X-Content-Type-Options": "nosniff",
      "Content-Length": String(Buffer.byteLength(body)),
    })
    .end(body);
}

export async function serveStatic(options: ServeOptions): Promise<RunningServer> {
  const prefix = options.pathPrefix ?? "/";
  const host = options.host ?? "127.0.0.1";
  const server: Server = createServer((request, response) => {
    answer(request, response, options).catch((error: unknown) => {
      // A file that could not be read after all (a rebuild swapping _site): answer, keep serving.
      console.error(`${request.method} ${request.url}: ${String(error)}`);
      if (!response.headersSent) sendText(response, 500, {});
      else response.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  return {
    url: `http://${host}:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
