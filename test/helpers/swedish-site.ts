/**
 * The site built with its Swedish pages (LANGUAGES=fi,sv, the fixture translation) for the suites that check
 * them: under /sv/, in parallel with the Finnish pages. Built once per test run, not once per process: npm test
 * runs pa11y in a process of its own, so the first process to ask builds it (under a lock) and notes what it
 * was built from; any later one finds it current and uses it.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, readFile, rmdir, writeFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import { listFiles } from "../../lib/list-files.ts";
import { computeBuildId } from "../../scripts/site/build-id.ts";

export const SWEDISH_DIR = "_site-sv";
/** A partial Swedish translation made for the tests (never published): some texts Swedish, the rest fallbacks. */
export const FIXTURE_TRANSLATIONS = "test/fixtures/translation";

const LOCK = `${SWEDISH_DIR}.lock`;
const KEY_FILE = `${SWEDISH_DIR}/.built-from`;

/** What the Swedish site is made of: the build's own inputs and the fixture translation. */
async function sourceKey(): Promise<string> {
  const hash = createHash("sha256").update(await computeBuildId());
  for (const file of (await listFiles(FIXTURE_TRANSLATIONS)).sort()) hash.update(file).update(await readFile(file));
  return hash.digest("hex");
}

async function buildOnce(): Promise<void> {
  // mkdir is atomic: one process builds, the other waits for it (a build takes well under the limit).
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      await mkdir(LOCK);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${LOCK} is still there after 10 minutes — remove it if no test runs`);
      await sleep(500);
    }
  }
  try {
    const key = await sourceKey();
    const built = await readFile(KEY_FILE, "utf8").catch(() => "");
    if (built === key) return;
    await promisify(execFile)("npx", ["tsx", "scripts/build.ts"], {
      env: { ...process.env, LANGUAGES: "fi,sv", SITE_DIR: SWEDISH_DIR, TRANSLATIONS: FIXTURE_TRANSLATIONS },
    });
    await writeFile(KEY_FILE, key);
  } finally {
    await rmdir(LOCK);
  }
}

let built: Promise<void> | undefined;

export function buildSwedishSite(): Promise<void> {
  built ??= buildOnce();
  return built;
}
