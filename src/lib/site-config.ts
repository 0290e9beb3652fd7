/** Settings an organisation deploying the handbook may change, read from the environment. */

/** PATH_PREFIX=/tyokyky/ builds the site to live under that sub-path. */
export function sitePathPrefix(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.PATH_PREFIX?.trim() || "/";
  return `/${raw.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
}
