/**
 * Several editions in one run (`npm run build -- --edition a --edition b`): the national content read,
 * its assets made and the build's inputs hashed once, then the editions shared out among `jobs` threads
 * (`--jobs N`), each building its share one after another (buildEditions). Threads, not processes:
 * they share what was read and made instead of each reading and making it again, and start loading the
 * build while the content is read. Under tsx (no compiled worker to start) every share is built in this thread.
 */
import type { Handbook } from "../../lib/handbook/handbook.ts";
import { nationalInputs } from "../data/data-thread.ts";
import { makeAssets, siteAssets } from "./assets.ts";
import { hashBuildInputs } from "./build-id.ts";
import { buildEditions, loadEleventy, type SharedByEditions } from "./build-site.ts";
import { compiledCompanion } from "./compiled.ts";
import { workerResult } from "./worker-result.ts";

/** What the threads are sent: their share of the folders and what every edition shares. */
export interface EditionShare {
  readonly folders: readonly string[];
  readonly shared: SharedByEditions;
}

export async function buildEditionsInThreads(
  folders: readonly string[],
  reading: Promise<Handbook | undefined>,
  jobs: number,
): Promise<boolean> {
  // This bundle again: scripts/build.ts, in a worker thread, builds a share (./editions-worker.ts).
  const startWorker = compiledCompanion(import.meta.url);
  const count = startWorker ? jobs : 1;
  const shares = Array.from({ length: count }, (_, job) => folders.filter((_, i) => i % count === job));
  // Started now, each thread loads the build while this one reads the content.
  const threads = shares.slice(1).map(() => startWorker!());
  void loadEleventy();
  const site = siteAssets();
  const national = await reading;
  if (!national) {
    await Promise.all(threads.map((thread) => thread.terminate()));
    return false;
  }
  // Hashed while esbuild bundles.
  const making = makeAssets(national, "content-hashed", site);
  const inputs = hashBuildInputs();
  const assets = await making;
  const shared: SharedByEditions = { national, nationalInputs: nationalInputs(), assets, inputs };
  const built = threads.map((thread, i) => {
    const result = workerResult<boolean>(thread, "An edition build thread");
    thread.postMessage({ folders: shares[i + 1]!, shared } satisfies EditionShare);
    return result;
  });
  return (await Promise.all([buildEditions(shares[0]!, shared), ...built])).every(Boolean);
}
