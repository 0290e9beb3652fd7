/** What the preview tells an open tab about the last build: the contract between the dev server and its overlay. */
export type DevStatus =
  | { readonly state: "ok" }
  /** The content was rejected: each problem formatted `file:line:col field: message`. */
  | { readonly state: "content-problems"; readonly problems: readonly string[] }
  /** A template, script or stylesheet failed to build. */
  | { readonly state: "build-failed"; readonly error: string };

/** Where the overlay and its status live, under the site's path prefix. */
export const DEV_ROUTES = { overlayScript: ".dev/overlay.js", status: ".dev/status.json" } as const;
