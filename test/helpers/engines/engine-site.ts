/**
 * The built site as the cross-engine flows see it: a copy whose every page
 * loads the problem probe (test/browser/probes/engines.ts) before its own
 * scripts, served by the project's own server (scripts/serve/) with the
 * production headers — CSP and Trusted Types included — and a switch that
 * makes the host unreachable, which is what "offline" is to a service worker
 * in every engine (WebKit's driver cannot take a browser offline).
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { answer } from "../../../scripts/serve/static-server.ts";
import { bundle } from "../probes.ts";

/** A plain script, so it runs before the page's modules; 'self', so the CSP lets it. */
const PROBE_FILE = "engine-probe.js";
const PROBE_TAG = `<script src="/${PROBE_FILE}"></script>`;
const CHARSET = '<meta charset="utf-8">';

export interface EngineSite {
  /** e.g. "http://127.0.0.1:40123/". */
  readonly url: string;
  /** Unreachable: every request's connection is dropped, as when the network is gone. */
  setReachable(reachable: boolean): void;
  close(): Promise<void>;
}

export async function serveEngineSite(siteDir: string): Promise<EngineSite> {
  const root = await mkdtemp(join(tmpdir(), "kasikirja-engines-"));
  await cp(siteDir, root, { recursive: true });
  await writeFile(join(root, PROBE_FILE), await bundle("test/browser/probes/engines.ts"));
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const file = join(entry.parentPath, entry.name);
    const html = await readFile(file, "utf8");
    if (!html.includes(CHARSET)) throw new Error(`${file} has no ${CHARSET} to put the probe after`);
    await writeFile(file, html.replace(CHARSET, `${CHARSET}\n${PROBE_TAG}`));
  }
  let reachable = true;
  const server = createServer((request, response) => {
    if (!reachable) return void request.socket.destroy();
    answer(request, response, { root, hostHeaders: true }).catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("the server has no port");
  return {
    url: `http://127.0.0.1:${address.port}/`,
    setReachable: (value) => void (reachable = value),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await rm(root, { recursive: true, force: true });
    },
  };
}
