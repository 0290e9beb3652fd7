/**
 * The preview's HTTP side: Eleventy's dev server for live reload (its script
 * in every page, a WebSocket telling tabs to reload or swap stylesheets),
 * with every file answered the way a static host answers it
 * (scripts/serve/static-server.ts: same request policy, same `_headers`,
 * same 404 page and path prefix), plus the overlay's two routes.
 */
import { existsSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { join } from "node:path";
import EleventyDevServer from "@11ty/eleventy-dev-server";
import { answer } from "../serve/static-server.ts";
import { DEV_ROUTES, type DevStatus } from "./status.ts";

export interface DevServerOptions {
  readonly root: string;
  readonly pathPrefix: string;
  readonly port: number;
  /** The browser bundle of overlay-client.ts. */
  readonly overlayScript: string;
  readonly status: () => DevStatus;
}

export interface DevServer {
  readonly url: string;
  /** Swaps stylesheets in place, or reloads every open tab. */
  reload(what: "styles" | "page"): void;
  close(): Promise<void>;
}

const NO_STORE = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };

/** The overlay's script tag, added to every page the preview serves. */
const overlayTag = (pathPrefix: string) =>
  `<script type="module" src="${pathPrefix}${DEV_ROUTES.overlayScript}"></script>`;

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const { root, pathPrefix } = options;
  const server = EleventyDevServer.getServer("tyokyvyn-tuen-kasikirja", root, {
    port: options.port,
    pathPrefix,
    domDiff: false,
    showVersion: false,
    portReassignmentRetryCount: 0,
    logger: { info: () => {}, log: () => {}, error: console.error },
    onRequest: {
      [`/${DEV_ROUTES.status}`]: () => ({
        headers: { ...NO_STORE, "Content-Type": "application/json" },
        body: JSON.stringify(options.status()),
      }),
      [`/${DEV_ROUTES.overlayScript}`]: () => ({
        headers: { ...NO_STORE, "Content-Type": "text/javascript; charset=utf-8" },
        body: options.overlayScript,
      }),
    },
    middleware: [
      (request, response) => {
        if (!existsSync(join(root, "index.html")) && /text\/html/.test(request.headers.accept ?? ""))
          return notBuiltYet(response, pathPrefix);
        return answer(request, response, {
          root,
          pathPrefix,
          hostHeaders: true,
          liveReload: { headHtml: overlayTag(pathPrefix) },
        }).catch((error: unknown) => {
          console.error(`${request.method} ${request.url}: ${String(error)}`);
          if (!response.headersSent) response.writeHead(500).end();
        });
      },
    ],
  });
  server.serve(options.port);
  await server.ready();
  return {
    url: `http://localhost:${options.port}${pathPrefix}`,
    reload: (what) => server.reload(what === "styles" ? { subtype: "css", files: [] } : { files: [] }),
    close: () => server.close(),
  };
}

/** Until the first build succeeds there is no site: a page that carries the overlay, so the problems still show. */
function notBuiltYet(response: ServerResponse, pathPrefix: string): void {
  const html = `<!doctype html>
<html lang="fi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sivustoa ei ole vielä rakennettu · The site is not built yet</title>
${overlayTag(pathPrefix)}</head>
<body><main><h1>Sivustoa ei ole vielä rakennettu · <span lang="en">The site is not built yet</span></h1></main></body></html>
`;
  response.writeHead(503, { ...NO_STORE, "Content-Type": "text/html; charset=utf-8", "Retry-After": "1" });
  response.end(html);
}
