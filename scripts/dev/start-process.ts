/** Runs `npm start`'s editing loop in a project folder as a child process: for the tests and the benchmark, which edit a scratch copy. */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { scratchEnv } from "../bench/scratch-project.ts";
import { freePort } from "../serve/free-port.ts";

export interface EditingLoop {
  /** The site's root URL, e.g. http://localhost:41234/. */
  readonly url: string;
  /** Everything the editing loop printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/** Resolves once the loop prints its address (its first build done, its files watched). `settings`: deployment settings such as PATH_PREFIX (the caller's own are ignored). */
export async function startEditingLoop(projectDir: string, settings: NodeJS.ProcessEnv = {}): Promise<EditingLoop> {
  const port = await freePort();
  const child = spawn(join(projectDir, "node_modules/.bin/tsx"), ["scripts/start.ts", "--port", String(port)], {
    cwd: projectDir,
    env: scratchEnv(settings),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error(`the editing loop did not start in 120 s:\n${output}`)), 120_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const serving = /Serving \S+ at (http:\/\/\S+) /.exec(output);
      if (serving) {
        clearTimeout(timeout);
        resolve(serving[1]!);
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.on("exit", (code) => reject(new Error(`the editing loop exited (${code}):\n${output}`)));
  });
  return {
    url,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
