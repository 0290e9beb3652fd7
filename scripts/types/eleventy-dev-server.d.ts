// @11ty/eleventy-dev-server ships no types; this declares the part scripts/dev/ uses.
declare module "@11ty/eleventy-dev-server" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  interface DynamicResponse {
    readonly status?: number;
    readonly headers?: Record<string, string>;
    readonly body?: string;
  }

  interface DevServerOptions {
    port?: number;
    pathPrefix?: string;
    liveReload?: boolean;
    domDiff?: boolean;
    showVersion?: boolean;
    portReassignmentRetryCount?: number;
    logger?: { info(...args: unknown[]): void; log(...args: unknown[]): void; error(...args: unknown[]): void };
    /** URL patterns (under the path prefix) answered before any file. */
    onRequest?: Record<string, () => DynamicResponse | Promise<DynamicResponse>>;
    /** Connect-style; runs after onRequest and the reload client's own files. */
    middleware?: Array<(request: IncomingMessage, response: ServerResponse, next: () => void) => void | Promise<void>>;
  }

  export default class EleventyDevServer {
    static getServer(name: string, dir: string, options?: DevServerOptions): EleventyDevServer;
    serve(port: number): void;
    ready(): Promise<void>;
    /** Tells every open tab to update: `subtype: "css"` swaps stylesheets in place, anything else reloads. */
    reload(event?: { subtype?: "css"; files?: string[] }): void;
    close(): Promise<void>;
  }
}
