/**
 * Work started before it is needed, so that it runs while this process does something else (a worker
 * thread, esbuild's process, the file system's threads): nobody may be waiting yet when it fails, and the
 * one who awaits it later gets the error.
 */
export function inBackground<T>(work: Promise<T>): Promise<T> {
  work.catch(() => {});
  return work;
}
