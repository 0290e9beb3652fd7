/**
 * A step's last result, kept (in generated/) and handed out again while nothing it came from or wrote has
 * changed since: not a byte of the folder it reads (what it writes there apart), what else it depends on
 * (the build's code, the day, for an edition the national content), nor what it wrote. Reading and
 * checking YAML is the longest part of a small build's start-up (a worker thread starting, zod's schemas,
 * the YAML parser: 150 ms of 700 for content/, 100 more for an edition), and most builds are of content
 * that has not changed. Only accepted results are kept: rejected ones are found and printed anew. The
 * data step (scripts/data/data-thread.ts) and the edition step (scripts/edition/kept-edition.ts) are
 * kept; under tsx nothing is, the code having no fingerprint.
 */
import { createHash, type Hash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { writeAtomically } from "./atomic-write.ts";
import { byName } from "../../lib/collections.ts";

/** A step whose result can be kept. */
export interface KeptStep {
  /** Where its result is kept. */
  readonly file: string;
  /** The folder it reads. */
  readonly reads: string;
  /** The files and folders it writes (inside `reads`, or anywhere): left out of its inputs, checked as its outputs. */
  readonly writes: readonly string[];
  /** What else its result depends on (the code's fingerprint, the day…). */
  readonly dependsOn: string;
}

interface Kept<T> {
  /** What the step read, as it was before it read it. */
  readonly inputs: string;
  /** What the step wrote, as it left it. */
  readonly outputs: string;
  readonly result: T;
}

/** Adds the files below `dir` with their paths; false if it has anything else (a link: the steps refuse those) or is missing. */
function addTree(hash: Hash, dir: string, skip: ReadonlySet<string>): boolean {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  for (const entry of entries.sort(byName)) {
    const path = join(dir, entry.name);
    if (skip.has(path)) continue;
    if (entry.isDirectory()) {
      if (!addTree(hash.update(`${path}/\0`), path, skip)) return false;
    } else if (entry.isFile()) hash.update(`${path}\0`).update(readFileSync(path)).update("\0");
    else return false;
  }
  return true;
}

/**
 * What the step reads, with what it depends on; undefined if it cannot be kept. Taken before the step
 * reads: a file saved while it reads leaves the kept result stale, and never used.
 */
export function stepInputs(step: KeptStep): string | undefined {
  const hash = createHash("sha256").update(`${step.dependsOn}\0`);
  return addTree(hash, step.reads, new Set(step.writes.map((path) => join(path)))) ? hash.digest("hex") : undefined;
}

/** What the step wrote: each file or folder, or that it is missing (a step may write nothing, as an edition without notes its record). */
function stepOutputs(step: KeptStep): string | undefined {
  const hash = createHash("sha256");
  for (const path of step.writes) {
    const kind = statSync(path, { throwIfNoEntry: false });
    hash.update(`${path}\0`);
    if (!kind) hash.update("missing\0");
    else if (kind.isDirectory()) {
      if (!addTree(hash, path, new Set())) return undefined;
    } else if (kind.isFile()) hash.update(readFileSync(path)).update("\0");
    else return undefined;
  }
  return hash.digest("hex");
}

/** The kept result, if the step's inputs (stepInputs, taken now) are those it was kept under and its outputs as it left them. */
export function keptResult<T>(step: KeptStep, inputs: string | undefined): T | undefined {
  if (!inputs) return undefined;
  let kept: Kept<T>;
  try {
    kept = JSON.parse(readFileSync(step.file, "utf8")) as Kept<T>;
  } catch {
    return undefined;
  }
  return kept.inputs === inputs && kept.outputs === stepOutputs(step) ? kept.result : undefined;
}

/** Keeps an accepted result of the step; `inputs` is stepInputs', from before the step ran. */
export async function keepResult<T>(step: KeptStep, inputs: string, result: T): Promise<void> {
  const outputs = stepOutputs(step);
  if (outputs) await writeAtomically(step.file, JSON.stringify({ inputs, outputs, result } satisfies Kept<T>));
}
