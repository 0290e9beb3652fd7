/**
 * The editing loop's one queue: saves in, builds out, one build at a time.
 * Saves that arrive during a build wait for it and are then built together,
 * right after it, so the last state of the files is always the one built last.
 */
import type { BuildRequest } from "./build-plan.ts";

/** An editor's save arrives as a burst of file events (write, rename, touch): one build serves a burst. */
const BURST_MS = 20;

export interface RebuildQueue {
  /** A file to rebuild for, relative to the project. Before start(), the first build covers it. */
  saved(path: string): void;
  /** Runs the first build; resolves when it is done (saves made meanwhile are built next). */
  start(): Promise<void>;
}

/** `rebuild` must not throw: a failed build is an outcome it reports. */
export function createRebuildQueue(rebuild: (request: BuildRequest) => Promise<void>): RebuildQueue {
  const pending = new Set<string>();
  let started = false;
  /** Whether a build is queued that takes every save made until it starts. */
  let queued = false;
  let lastSave = 0;
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (job: () => Promise<void>) =>
    (queue = queue.then(job).catch((error: unknown) => console.error(error)));

  async function buildPending(): Promise<void> {
    for (let wait = BURST_MS; wait > 0; wait = lastSave + BURST_MS - performance.now())
      await new Promise((resolve) => setTimeout(resolve, wait));
    queued = false;
    const paths = [...pending];
    pending.clear();
    await rebuild(paths);
  }

  return {
    saved(path) {
      pending.add(path);
      lastSave = performance.now();
      if (!started || queued) return;
      queued = true;
      void enqueue(buildPending);
    },
    start() {
      started = true;
      // The first build reads every file as it is when it starts.
      pending.clear();
      return enqueue(() => rebuild("everything"));
    },
  };
}
