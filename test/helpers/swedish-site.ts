/**
 * The site built with its Swedish pages (LANGUAGES=fi,sv, the fixture translation), once per test process, for the suites that check
 * them: under /sv/, in parallel with the Finnish pages.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";

export const SWEDISH_DIR = "_site-sv";
/** A partial Swedish translation made for the tests (never published): some texts Swedish, the rest fallbacks. */
export const FIXTURE_TRANSLATIONS = "test/fixtures/translation";

let built: Promise<unknown> | undefined;

export function buildSwedishSite(): Promise<unknown> {
  built ??= promisify(execFile)("npx", ["tsx", "scripts/build.ts"], {
    env: { ...process.env, LANGUAGES: "fi,sv", SITE_DIR: SWEDISH_DIR, TRANSLATIONS: FIXTURE_TRANSLATIONS },
  });
  return built;
}
