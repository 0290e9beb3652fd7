/**
 * npm start — builds the handbook, serves _site on http://localhost:8080 the
 * way a static host would, and rebuilds when content/ or src/ changes.
 * A content error is printed and the last good site stays served.
 * Options: --port N (default 8080).
 */
import { watch } from "node:fs";
import { parseArgs } from "node:util";
import { build, SITE_DIR } from "./build.ts";
import { serveStatic } from "./serve/static-server.ts";
import { sitePathPrefix } from "../lib/site-config.ts";

const { values } = parseArgs({ options: { port: { type: "string", default: "8080" } } });

await build();
const server = await serveStatic({ root: SITE_DIR, port: Number(values.port), host: "localhost", pathPrefix: sitePathPrefix(), hostHeaders: true });
console.log(`Serving ${SITE_DIR}/ at ${server.url} — edit content/ or src/ and reload. Ctrl+C stops.`);

let timer: NodeJS.Timeout | undefined;
let building: Promise<unknown> = Promise.resolve();
const rebuild = (path: string | null) => {
  if (path?.endsWith("handbook.json") || path?.includes(".schema") || path?.endsWith(".tmp")) return;
  clearTimeout(timer);
  timer = setTimeout(() => {
    building = building.then(async () => {
      console.log(`\nChanged: ${path ?? "?"} — rebuilding…`);
      await build().catch((error: unknown) => console.error(error));
    });
  }, 150);
};
for (const dir of ["content", "src"]) watch(dir, { recursive: true }, (_event, file) => rebuild(file && `${dir}/${file}`));
