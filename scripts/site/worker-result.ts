import type { Worker } from "node:worker_threads";

/** What a worker thread posts once it is done; rejected if it throws, or stops without posting (`what` names it). */
export function workerResult<T>(thread: Worker, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    thread.once("message", resolve).once("error", reject);
    thread.once("exit", (code) => reject(new Error(`${what} stopped (exit code ${code}) without a result.`)));
  });
}
