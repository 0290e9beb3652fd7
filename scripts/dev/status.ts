/** What the dev server tells each open tab: the contract between scripts/dev/dev-server.ts and tab-client.ts. */
export type DevStatus =
  | { readonly state: "ok" }
  /** The content was rejected: each problem formatted `file:line:col field: message`. */
  | { readonly state: "content-problems"; readonly problems: readonly string[] }
  /** A template, script or stylesheet failed to build. */
  | { readonly state: "build-failed"; readonly error: string };

/** Which version of the site a page was served from, stamped on its copy of the tab client's URL. */
export interface SiteVersion {
  /** This run of `npm start`: a tab served by another run reloads. */
  readonly run: string;
  /** How many builds so far changed the pages: a tab served fewer reloads. */
  readonly pages: number;
  /** How many builds so far changed only the stylesheet: a tab served fewer swaps its stylesheet in place. */
  readonly styles: number;
}

/** Sent to a tab when it connects and after every build, so a tab that was reloading misses nothing. */
export interface DevState extends SiteVersion {
  readonly status: DevStatus;
}

/** Where the tab client and its event stream live, under the site's path prefix. */
export const DEV_ROUTES = { client: ".dev/client.js", events: ".dev/events" } as const;
