/**
 * npm run build — the whole pipeline (scripts/site/build-site.ts).
 * SITE_DIR (default _site), PATH_PREFIX and SITE_URL choose where it goes;
 * LANGUAGES=fi,sv (or an edition's `languages:`) adds the Swedish pages under /sv/ (default:
 * Finnish only), translated from TRANSLATIONS/sv/ (default: the edition's translations/, else
 * content/translations) where a translation has the text;
 * EDITION=<folder> lays an organisation's edition over the national content;
 * `npm run build -- --edition a --edition b` builds each edition to its own
 * folder (_site-a, _site-b), sharing them out among one thread per two cores
 * (`--jobs N` to choose: scripts/site/build-editions.ts);
 * BUILD_REPORT=<file> writes each stage's time, when the build started and the peak memory (for the benchmark).
 */
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { isMainThread } from "node:worker_threads";
import { dataStep } from "./data/data-thread.ts";
import { inBackground } from "./site/in-background.ts";

async function build(): Promise<boolean> {
  const { values } = parseArgs({
    options: { edition: { type: "string", multiple: true }, jobs: { type: "string" } },
  });
  const folders = values.edition ?? [];
  // One thread per two cores: each thread's Pagefind process indexes beside it, on a core of its own
  // (20 editions on 2 cores: one thread 3.26 s, two 3.52 s, and a third less CPU).
  const jobs = Math.max(1, Math.min(folders.length, Number(values.jobs ?? Math.floor(availableParallelism() / 2))));
  const reading = inBackground(dataStep());
  // Loaded while the data step reads the content (esbuild, bundling the browser scripts meanwhile too, would
  // slow the loading more than it gains: measured).
  const site = await import("./site/build-site.ts");
  const national = site.readNational(reading);
  return folders.length
    ? (await import("./site/build-editions.ts")).buildEditionsInThreads(folders, national, jobs)
    : site.build({ national });
}

// Not awaited at the top: the compiled build is a CommonJS bundle (scripts/run-compiled.js). A worker thread
// running this bundle builds its share of a run's editions (scripts/site/build-editions.ts starts them).
if (isMainThread)
  void build().then((ok) => {
    process.exitCode = ok ? 0 : 1;
  });
else void import("./site/editions-worker.ts");
