import { fileURLToPath } from "node:url";
import { Worker, workerData } from "node:worker_threads";

/**
 * Whether the calling module runs as the compiled build (scripts/run-compiled.js), and if so, a way to
 * start one of its companions (COMPANIONS there), or without one the calling module's own bundle again,
 * in a worker thread, through the loader that runs every bundle with V8's code cache
 * (scripts/cached-bundle.js); undefined under tsx (the tests, the editing loop, the reports), where the
 * TypeScript sources run as they are and nothing is compiled.
 */
export function compiledCompanion(moduleUrl: string, companion?: string): ((data?: unknown) => Worker) | undefined {
  if (moduleUrl.endsWith(".ts")) return undefined;
  // The bundles lie together in generated/compiled/<version>/, the loader in scripts/.
  const loader = new URL("../../../scripts/cached-bundle.js", moduleUrl);
  const bundle = fileURLToPath(companion ? new URL(`${companion}.cjs`, moduleUrl) : moduleUrl);
  return (data) => new Worker(loader, { workerData: { bundle, data } });
}

/** In a companion's thread: what the thread that started it sent (compiledCompanion). */
export const companionData = <T>(): T => (workerData as { data: T }).data;
