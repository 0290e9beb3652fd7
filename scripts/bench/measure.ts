/** Builds measured in a scratch copy of the project, so the working tree is never touched. */
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { listFiles } from "../../lib/list-files.ts";
import { PAGEFIND_DIR } from "../../lib/search/pagefind-files.ts";
import { EXAMPLE_EDITION } from "../edition/edition-settings.ts";
import { buildCommand } from "../site/build-inputs.ts";
import { scratchEnv, scratchProject, type ScratchProject } from "./scratch-project.ts";
import type { SyntheticSize } from "./synthetic-content.ts";
import { median } from "./median.ts";
import { wallClock } from "./wall-clock.ts";

export interface OurBuild {
  readonly size: SyntheticSize;
  readonly pages: number;
  /** The first build's in-process total: nothing kept yet (a fresh copy's generated/). */
  readonly firstMs: number;
  readonly totalMs: number;
  readonly stages: Readonly<Record<string, number>>;
  readonly peakRssMb: number;
  readonly siteBytes: number;
  readonly indexBytes: number;
}

export async function directoryBytes(dir: string): Promise<number> {
  let total = 0;
  for (const file of listFiles(dir)) total += (await stat(file)).size;
  return total;
}

interface BuildReport {
  readonly pages: number;
  readonly total: number;
  readonly stages: Record<string, number>;
  readonly peakRssMb: number;
}

async function reportedBuild(project: ScratchProject): Promise<BuildReport> {
  const reportFile = join(project.dir, "report.json");
  await project.build({ BUILD_REPORT: reportFile });
  return JSON.parse(await readFile(reportFile, "utf8")) as BuildReport;
}

/**
 * The real full build (data step, assets, Eleventy, Pagefind, service worker) on synthetic content: the
 * first in a fresh copy (nothing kept yet), then the next.
 */
export async function measureOurBuild(situations: number): Promise<OurBuild> {
  const project = await scratchProject(`bench-${situations}`, situations);
  try {
    const first = await reportedBuild(project);
    const report = await reportedBuild(project);
    return {
      size: project.size,
      pages: report.pages,
      firstMs: first.total,
      totalMs: report.total,
      stages: report.stages,
      peakRssMb: report.peakRssMb,
      siteBytes: await directoryBytes(project.siteDir),
      indexBytes: await directoryBytes(join(project.siteDir, PAGEFIND_DIR)),
    };
  } finally {
    await project.remove();
  }
}

export interface EditionCost {
  readonly nationalMs: number;
  readonly editionMs: number;
  readonly rounds: number;
}

/** `npm run build [args]` in the copy, without npm: its wall-clock ms, Node's start-up included. */
const timedBuild = async (project: ScratchProject, args: readonly string[] = [], settings: NodeJS.ProcessEnv = {}) =>
  Math.round(await wallClock(...buildCommand(...args), { cwd: project.dir, env: scratchEnv(settings) }));

/**
 * The real content built national and with the example edition, alternately, `rounds` times each: medians
 * of the wall clock. Start-up counts: the edition step's code is loaded for an edition only.
 */
export async function measureEditionCost(rounds: number): Promise<EditionCost> {
  const project = await scratchProject("bench-edition");
  try {
    await cp(EXAMPLE_EDITION, join(project.dir, "edition"), { recursive: true });
    await timedBuild(project); // the first build compiles the build's code (scripts/run-compiled.js)
    const national: number[] = [];
    const edition: number[] = [];
    for (let round = 0; round < rounds; round++) {
      national.push(await timedBuild(project));
      edition.push(await timedBuild(project, [], { EDITION: "edition" }));
    }
    return { nationalMs: median(national), editionMs: median(edition), rounds };
  } finally {
    await project.remove();
  }
}

/** A run of many editions: how many, and whether each is the example as it is or with names of its own. */
export interface EditionRun {
  readonly editions: number;
  /**
   * Each copy with its own organisation's and contacts' names (the example's, numbered), as the editions
   * of a real run differ: then every page's header and each page of local contacts differ from edition to
   * edition, and fewer renders are shared (scripts/site/render-reuse.ts).
   */
  readonly distinct: boolean;
}

export interface ManyEditions extends EditionRun {
  /** Wall-clock ms of `npm run build -- --edition …` for all of them, process start-up included. */
  readonly ms: number;
}

/** The example edition copied to `dir`, its names numbered with `number` when given. */
async function copyExample(dir: string, number?: number): Promise<void> {
  await cp(EXAMPLE_EDITION, dir, { recursive: true });
  if (number === undefined) return;
  for (const file of listFiles(dir).filter((path) => path.endsWith(".yaml")))
    await writeFile(file, (await readFile(file, "utf8")).replaceAll("Esimerkki", `Esimerkki${number}`));
}

/**
 * Each run's editions, copies of the example edition each built to its own folder, in one run; and a
 * national build, as the yardstick: medians of three rounds, taking turns.
 */
export async function measureManyEditions(
  runs: readonly EditionRun[],
): Promise<{ nationalMs: number; runs: ManyEditions[] }> {
  const project = await scratchProject("bench-editions");
  const folder = (distinct: boolean, i: number) => join("editions", `${distinct ? "d" : "e"}${i}`);
  try {
    for (const distinct of [false, true]) {
      const most = Math.max(0, ...runs.filter((run) => run.distinct === distinct).map((run) => run.editions));
      for (let i = 1; i <= most; i++)
        await copyExample(join(project.dir, folder(distinct, i)), distinct ? i : undefined);
    }
    await timedBuild(project); // the first build compiles the build's code (scripts/run-compiled.js)
    const editionArgs = ({ editions, distinct }: EditionRun) =>
      Array.from({ length: editions }, (_, e) => ["--edition", folder(distinct, e + 1)]).flat();
    // Three rounds of a national build and each run, taking turns, and the medians: the machine's speed drifts.
    const nationals: number[] = [];
    const times = runs.map(() => [] as number[]);
    for (let round = 0; round < 3; round++) {
      nationals.push(await timedBuild(project));
      for (const [i, run] of runs.entries()) times[i]!.push(await timedBuild(project, editionArgs(run)));
    }
    const nationalMs = median(nationals);
    return { nationalMs, runs: runs.map((run, i) => ({ ...run, ms: median(times[i]!) })) };
  } finally {
    await project.remove();
  }
}

/** A bare Eleventy build of the same number of plain Markdown pages, no config. */
export async function measureBareEleventy(pages: number): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), "kasikirja-bare-"));
  try {
    await mkdir(join(dir, "src"));
    const paragraph =
      "Tunnista työkyvyttömyysriskiä ennakoivat tekijät ja selvitä, millainen työura- ja toimeentulotilanne asiakkaalla on. ";
    await Promise.all(
      Array.from({ length: pages }, (_, i) =>
        writeFile(
          join(dir, "src", `sivu-${i}.md`),
          `---\ntitle: Sivu ${i}\n---\n# Sivu ${i}\n\n${paragraph.repeat(3)}\n\n${paragraph.repeat(2)}\n`,
        ),
      ),
    );
    const eleventy = resolve("node_modules/@11ty/eleventy/cmd.cjs");
    return Math.round(
      await wallClock(process.execPath, [eleventy, "--input=src", "--output=_site", "--quiet"], { cwd: dir }),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
