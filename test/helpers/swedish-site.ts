/**
 * The site built with its Swedish pages (LANGUAGES=fi,sv), once per test process, for the suites that check
 * them: under /sv/, in parallel with the Finnish pages.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";

export const SWEDISH_DIR = "_site-sv";

let built: Promise<unknown> | undefined;

export function buildSwedishSite(): Promise<unknown> {
  built ??= promisify(execFile)("npx", ["tsx", "scripts/build.ts"], {
    env: { ...process.env, LANGUAGES: "fi,sv", SITE_DIR: SWEDISH_DIR },
  });
  return built;
}
