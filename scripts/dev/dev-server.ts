/**
 * The editing loop's HTTP side: every file answered the way a static host
 * answers it (scripts/serve/static-server.ts: same request policy, same
 * `_headers`, same 404 page and path prefix), every page with the tab client
 * (tab-client.ts) added, and the client's event stream: the site's state,
 * sent when a tab connects and after every build.
 *
 * Each page is stamped with the version of the site it was served from,
 * taken before its file is read; a tab that connects after a build it did
 * not see (it was reloading) finds a newer version and catches up. So no
 * build goes unseen, however short the gap between two of them.
 */
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import { join } from "node:path";
import { answer } from "../serve/static-server.ts";
import { DEV_ROUTES, type DevState, type DevStatus, type SiteVersion } from "./status.ts";

export interface DevServerOptions {
  readonly root: string;
  readonly pathPrefix: string;
  readonly port: number;
  /** The browser bundle of tab-client.ts. */
  readonly clientScript: string;
}

/** What a build changed on disk: pages (tabs reload), the stylesheet alone (tabs swap it), or nothing. */
export type SiteChange = "pages" | "styles" | "nothing";

export interface DevServer {
  readonly url: string;
  /** Tells every open tab how the last build went and what it changed. */
  publish(status: DevStatus, change: SiteChange): void;
  close(): Promise<void>;
}

const NO_STORE = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };

/** The tab client's script tag, stamped with the site's version. */
const clientTag = (pathPrefix: string, { run, pages, styles }: SiteVersion) =>
  `<script type="module" src="${pathPrefix}${DEV_ROUTES.client}?${new URLSearchParams({ run, pages: String(pages), styles: String(styles) }).toString()}"></script>`;

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const { root, pathPrefix } = options;
  let state: DevState = { run: randomUUID(), pages: 0, styles: 0, status: { state: "ok" } };
  const tabs = new Set<ServerResponse>();
  const event = () => `data: ${JSON.stringify(state)}\n\n`;

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    if (request.method === "GET" && path === `${pathPrefix}${DEV_ROUTES.client}`) {
      response.writeHead(200, { ...NO_STORE, "Content-Type": "text/javascript; charset=utf-8" });
      return response.end(options.clientScript);
    }
    if (request.method === "GET" && path === `${pathPrefix}${DEV_ROUTES.events}`) {
      // Reconnect at once when the stream breaks (npm start restarted): the new run's state reloads the tab.
      response.writeHead(200, { ...NO_STORE, "Content-Type": "text/event-stream" });
      response.write(`retry: 500\n${event()}`);
      tabs.add(response);
      response.on("close", () => tabs.delete(response));
      return;
    }
    const headHtml = clientTag(pathPrefix, state);
    if (!existsSync(join(root, "index.html")) && /text\/html/.test(request.headers.accept ?? ""))
      return notBuiltYet(response, headHtml);
    answer(request, response, { root, pathPrefix, hostHeaders: true, liveReload: { headHtml } }).catch(
      (error: unknown) => {
        console.error(`${request.method} ${request.url}: ${String(error)}`);
        if (!response.headersSent) response.writeHead(500).end();
        else response.destroy();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`Port ${options.port} is in use: choose another with npm start -- --port N`)
          : error,
      ),
    );
    server.listen(options.port, resolve);
  });

  return {
    url: `http://localhost:${options.port}${pathPrefix}`,
    publish(status, change) {
      state = {
        ...state,
        status,
        pages: state.pages + (change === "pages" ? 1 : 0),
        styles: state.styles + (change === "styles" ? 1 : 0),
      };
      for (const tab of tabs) tab.write(event());
    },
    close: () =>
      new Promise((resolve) => {
        for (const tab of tabs) tab.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Until the first build succeeds there is no site: a page that carries the tab client, so problems still show. */
function notBuiltYet(response: ServerResponse, headHtml: string): void {
  const html = `<!doctype html>
<html lang="fi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sivustoa ei ole vielä rakennettu · The site is not built yet</title>
${headHtml}</head>
<body><main><h1>Sivustoa ei ole vielä rakennettu · <span lang="en">The site is not built yet</span></h1></main></body></html>
`;
  response.writeHead(503, { ...NO_STORE, "Content-Type": "text/html; charset=utf-8", "Retry-After": "1" });
  response.end(html);
}
