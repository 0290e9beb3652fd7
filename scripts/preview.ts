/**
 * npm run preview — the production build served exactly as a static host
 * serves it (content-hashed assets, their caching headers, the offline
 * service worker), without live reload. Options: --port N (default 8080);
 * EDITION=<folder> builds and serves that edition.
 */
import { parseArgs } from "node:util";
import { build, SITE_DIR } from "./site/build-site.ts";
import { deploymentOf } from "./edition/edition-settings.ts";
import { serveStatic } from "./serve/static-server.ts";

const { values } = parseArgs({ options: { port: { type: "string", default: "8080" } } });
if (!(await build())) process.exit(1);
const server = await serveStatic({
  root: SITE_DIR,
  port: Number(values.port),
  host: "localhost",
  pathPrefix: (await deploymentOf()).pathPrefix,
  hostHeaders: true,
});
console.log(`Serving the production build of ${SITE_DIR}/ at ${server.url} — Ctrl+C stops.`);
