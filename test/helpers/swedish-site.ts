/**
 * The site built with its Swedish pages (LANGUAGES=fi,sv, the fixture translation) for the suites that check
 * them: under /sv/, in parallel with the Finnish pages; and the example edition built the same way. Each is
 * built once per test run, not once per process: npm test runs pa11y in a process of its own, so the first
 * process to ask builds it (under a lock) and notes what it was built from; any later one finds it current.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, readFile, rmdir, writeFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import { listFiles } from "../../lib/list-files.ts";
import { computeBuildId } from "../../scripts/site/build-id.ts";
import { editionOutputDir, EXAMPLE_EDITION } from "../../scripts/edition/edition-settings.ts";
import { buildCommand } from "../../scripts/site/build-inputs.ts";

export const SWEDISH_DIR = "_site-sv";
/** The example edition built the same way, with its Swedish pages: its local content is Finnish only. */
export const SWEDISH_EDITION_DIR = `${editionOutputDir(EXAMPLE_EDITION)}-sv`;
/** A partial Swedish translation made for the tests (never published): some texts Swedish, the rest fallbacks. */
export const FIXTURE_TRANSLATIONS = "test/fixtures/translation";

/** What a site is made of: the build's own inputs (with the edition's) and the fixture translation. */
async function sourceKey(edition: string | undefined): Promise<string> {
  const hash = createHash("sha256").update(computeBuildId(edition));
  for (const file of listFiles(FIXTURE_TRANSLATIONS).sort()) hash.update(file).update(await readFile(file));
  return hash.digest("hex");
}

async function buildOnce(dir: string, edition: string | undefined): Promise<void> {
  const lock = `${dir}.lock`;
  const keyFile = `${dir}/.built-from`;
  // mkdir is atomic: one process builds, the other waits for it (a build takes well under the limit).
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${lock} is still there after 10 minutes — remove it if no test runs`);
      await sleep(500);
    }
  }
  try {
    const key = await sourceKey(edition);
    const built = await readFile(keyFile, "utf8").catch(() => "");
    if (built === key) return;
    const env = { ...process.env, LANGUAGES: "fi,sv", SITE_DIR: dir, TRANSLATIONS: FIXTURE_TRANSLATIONS };
    await promisify(execFile)(...buildCommand(), {
      env: edition ? { ...env, EDITION: edition } : env,
    });
    await writeFile(keyFile, key);
  } finally {
    await rmdir(lock);
  }
}

const built = new Map<string, Promise<void>>();
const buildIn = (dir: string, edition?: string) => {
  if (!built.has(dir)) built.set(dir, buildOnce(dir, edition));
  return built.get(dir)!;
};

export const buildSwedishSite = () => buildIn(SWEDISH_DIR);
export const buildSwedishEditionSite = () => buildIn(SWEDISH_EDITION_DIR, EXAMPLE_EDITION);
