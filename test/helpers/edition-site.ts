/**
 * The example edition, built once per test run into its own folder and
 * shared by every edition suite (scripts/test.ts builds it after the
 * national site; a suite run on its own builds it if it is missing).
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { promisify } from "node:util";
import { editionOutputDir, EXAMPLE_EDITION } from "../../scripts/edition/edition-settings.ts";
import { buildCommand } from "../../scripts/site/build-inputs.ts";

export { EXAMPLE_EDITION };
export const EDITION_SITE_DIR = editionOutputDir(EXAMPLE_EDITION);

let built: Promise<unknown> | undefined;

export function editionSite(): Promise<unknown> {
  built ??= existsSync(`${EDITION_SITE_DIR}/index.html`)
    ? Promise.resolve()
    : promisify(execFile)(...buildCommand("--edition", EXAMPLE_EDITION));
  return built;
}
