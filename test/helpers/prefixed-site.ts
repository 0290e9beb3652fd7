/** The site built a second time under PATH_PREFIX=/tyokyky/, once per test run, for the deploy suites. */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { buildCommand } from "../../scripts/site/build-inputs.ts";

export const PREFIX = "/tyokyky/";
export const PREFIXED_DIR = "_site-tyokyky";
export const PREFIXED_ORIGIN = "https://example.org";

let built: Promise<unknown> | undefined;

export function buildPrefixedSite(): Promise<unknown> {
  built ??= promisify(execFile)(...buildCommand(), {
    env: { ...process.env, PATH_PREFIX: PREFIX, SITE_DIR: PREFIXED_DIR, SITE_URL: PREFIXED_ORIGIN },
  });
  return built;
}
