/** A command's wall-clock time, start to exit, in ms: how the benchmark times whole builds. */
import { execFile } from "node:child_process";
import { promisify } from "node:util";

export async function wallClock(
  command: string,
  args: readonly string[],
  options: { readonly cwd: string; readonly env?: NodeJS.ProcessEnv },
): Promise<number> {
  const started = performance.now();
  await promisify(execFile)(command, args, { ...options, maxBuffer: 64 << 20 });
  return performance.now() - started;
}
