/**
 * The compiled build's last data step result, kept (generated/data-step.json) and handed out again while
 * nothing it came from or wrote has changed since: not a byte of content/ (its .schema/ apart), the
 * build's code (the compiled bundles' folder), the day (which reviews are overdue), nor what it wrote
 * (generated/handbook.json, content/.schema/). Reading and checking the content is the longest part of
 * a small build's start-up (a worker thread starting, zod's schemas, the YAML parser: 150 ms of 700),
 * and most builds are of content that has not changed. A rejected content/ is never kept: its problems
 * are found and printed anew. Under tsx nothing is kept (scripts/data/data-thread.ts).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { DataResult } from "./data-step.ts";
import { writeAtomically } from "./atomic-write.ts";
import { SCHEMA_DIR } from "../../lib/handbook/schema-dir.ts";
import { HANDBOOK_JSON } from "../../lib/handbook/handbook.ts";
import { todayIso } from "../../lib/handbook/review.ts";

const KEPT = "generated/data-step.json";

interface Kept {
  /** What the step read, as it was before it read it. */
  readonly inputs: string;
  /** What the step wrote, as it left it. */
  readonly outputs: string;
  readonly result: DataResult;
}

/** Adds the files below `dir` with their paths; false if it has anything else (a link: the step refuses those) or is missing. */
function addTree(hash: ReturnType<typeof createHash>, dir: string, skip?: string): boolean {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (path === skip) continue;
    if (entry.isDirectory()) {
      if (!addTree(hash.update(`${path}/\0`), path)) return false;
    } else if (entry.isFile()) hash.update(`${path}\0`).update(readFileSync(path)).update("\0");
    else return false;
  }
  return true;
}

/**
 * What the step reads: content/ (its .schema/ apart), with the code that reads it (`codeUrl`: the
 * compiled bundles' folder) and the day; undefined if it cannot be kept. Taken before the step reads: a
 * file saved while it reads leaves the kept result stale, and never used.
 */
function contentFingerprint(contentDir: string, codeUrl: string): string | undefined {
  const hash = createHash("sha256").update(`${codeUrl}\0${todayIso()}\0`);
  return addTree(hash, contentDir, join(contentDir, SCHEMA_DIR)) ? hash.digest("hex") : undefined;
}

/** The handbook JSON and the JSON Schemas that the step writes. */
function outputsOf(contentDir: string): string | undefined {
  try {
    const hash = createHash("sha256").update(readFileSync(HANDBOOK_JSON)).update("\0");
    return addTree(hash, join(contentDir, SCHEMA_DIR)) ? hash.digest("hex") : undefined;
  } catch {
    return undefined;
  }
}

/** The kept result, or the fingerprint to keep the step's new result under (undefined: it cannot be kept). */
export type KeptCheck = { readonly kept: DataResult } | { readonly inputs: string | undefined };

/** The kept result, if nothing it came from or wrote has changed since; else what the step's new result is to be kept under. */
export function checkKept(contentDir: string, codeUrl: string): KeptCheck {
  const inputs = contentFingerprint(contentDir, codeUrl);
  let kept: Kept;
  try {
    kept = JSON.parse(readFileSync(KEPT, "utf8")) as Kept;
  } catch {
    return { inputs };
  }
  return inputs && kept.inputs === inputs && kept.outputs === outputsOf(contentDir)
    ? { kept: kept.result }
    : { inputs };
}

/** Keeps the step's result, if the content was accepted; `inputs` is checkKept's, from before the step ran. */
export async function keepResult(contentDir: string, inputs: string, result: DataResult): Promise<void> {
  const outputs = result.ok ? outputsOf(contentDir) : undefined;
  if (outputs) await writeAtomically(KEPT, JSON.stringify({ inputs, outputs, result } satisfies Kept));
}
