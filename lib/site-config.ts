/** Settings an organisation deploying the handbook may change, read from the environment. */

/** SITE_DIR=… chooses the folder the site is built to (default _site); the tests read it from there. */
export function siteDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.SITE_DIR?.trim() || "_site";
}

/** PATH_PREFIX=/tyokyky/ builds the site to live under that sub-path. */
export function sitePathPrefix(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.PATH_PREFIX?.trim() || "/";
  return `/${raw.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
}

/** SITE_URL=https://example.fi (the origin): with the prefix, the public address of the site's root. */
export function siteRootUrl(env: NodeJS.ProcessEnv = process.env): string {
  const origin = (env.SITE_URL?.trim() || "http://localhost:8080").replace(/\/+$/, "");
  return `${origin}${sitePathPrefix(env)}`;
}

/** A page's public address: its Eleventy URL ("/tilanteet/tyoton/") under the site root. */
export function absoluteUrl(pageUrl: string, rootUrl: string): string {
  return new URL(pageUrl.replace(/^\//, ""), rootUrl).href;
}
