/**
 * The edition step as a build runs it: its result kept per edition folder (../data/kept-result.ts) while
 * neither the folder nor the national content it was checked against (nor the code, nor the day) has
 * changed, so that a build of an unchanged edition loads neither zod, the YAML parser nor the schemas;
 * otherwise the step run, its files read from the start (while the data step reads the content).
 */
import { createHash } from "node:crypto";
import { join, resolve } from "node:path";
import type { EditionResult } from "./edition-step.ts";
import { keepResult, keptResult, stepInputs, type KeptStep } from "../data/kept-result.ts";
import { inBackground } from "../site/in-background.ts";
import { NATIONAL_TEXTS_FILE } from "../../lib/edition/edition-folders.ts";
import type { Handbook } from "../../lib/handbook/handbook.ts";
import { todayIso } from "../../lib/handbook/review.ts";
import { SCHEMA_DIR } from "../../lib/handbook/schema-dir.ts";
import { once } from "../../lib/once.ts";

type Accepted = Extract<EditionResult, { ok: true }>;

/** What a build takes of an accepted edition (the reports take its files as read, too). */
export type BuiltEdition = Pick<Accepted, "edition" | "logoSvg" | "defaults" | "warnings">;

export type EditionForBuild = ({ readonly ok: true } & BuiltEdition) | Exclude<EditionResult, { ok: true }>;

/** The step's code, loaded for the first edition not kept: zod, the YAML parser, the schemas. */
const editionStep = once(() => import("./edition-step.ts"));

/** The edition folder `dir` checked against the national content that `national` fingerprints. */
function keptStep(dir: string, national: string): KeptStep {
  const name = createHash("sha256").update(resolve(dir)).digest("hex").slice(0, 16);
  return {
    file: join("generated", "edition-step", `${name}.json`),
    reads: dir,
    writes: [join(dir, SCHEMA_DIR), join(dir, NATIONAL_TEXTS_FILE)],
    dependsOn: national,
  };
}

/**
 * Starts the edition step on `dir`: the kept result, if there is one for the national content that
 * `national` fingerprints (scripts/data/data-thread.ts: undefined, nothing is kept), else the step's
 * files loading now; `read` checks them against the handbook once it is read.
 */
export function startEdition(
  dir: string,
  national: string | undefined,
): (handbook: Handbook) => Promise<EditionForBuild> {
  const step = national === undefined ? undefined : keptStep(dir, national);
  const inputs = step && stepInputs(step);
  const kept = step && keptResult<BuiltEdition>(step, inputs);
  if (kept) return () => Promise.resolve({ ok: true, ...kept });
  const loading = inBackground(editionStep().then(({ loadEdition }) => loadEdition(dir)));
  return async (handbook) => {
    const { readEdition } = await editionStep();
    const result = await readEdition(dir, handbook, todayIso(), loading);
    if (!result.ok) return result;
    const { edition, logoSvg, defaults, warnings } = result;
    const built: BuiltEdition = { edition, defaults, warnings, ...(logoSvg === undefined ? {} : { logoSvg }) };
    if (step && inputs) await keepResult(step, inputs, built);
    return { ok: true, ...built };
  };
}
