/**
 * Our build beside Material for MkDocs on the same pages: Debian's `mkdocs`
 * and `mkdocs-material` when they are installed (the benchmark installs
 * nothing). Full builds in fresh processes, ours and theirs alternately, each
 * as its user types it: `npm run build` and `mkdocs build`.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { buildCommand } from "../site/build-inputs.ts";
import { median } from "./median.ts";
import { wallClock } from "./wall-clock.ts";
import { writeMkdocsProject } from "./mkdocs-pages.ts";
import { scratchEnv, scratchProject } from "./scratch-project.ts";

const run = promisify(execFile);

export const INSTALL_MKDOCS = "apt-get install mkdocs mkdocs-material";

/** `mkdocs --version`'s line, or undefined when MkDocs is not installed. */
export async function mkdocsVersion(): Promise<string | undefined> {
  try {
    return (await run("mkdocs", ["--version"])).stdout.trim();
  } catch {
    return undefined;
  }
}

export interface SideBySide {
  readonly pages: number;
  readonly rounds: number;
  /** Medians of the wall clock, ms. */
  readonly oursMs: number;
  readonly mkdocsMs: number;
  /** The median of each round's ours / MkDocs. */
  readonly ratio: number;
  /** Where our time went, ms: npm, Node's own start, module loading, then each stage of the build's own report (medians). */
  readonly stages: Readonly<Record<string, number>>;
}

interface BuildReport {
  readonly total: number;
  readonly startedAt: number;
  readonly stages: Record<string, number>;
}

/** A bare Node process, start to exit: the part of start-up no code of ours can cut. */
const nodeStart = () => wallClock(process.execPath, ["-e", "0"], { cwd: "." });

/** The hyphenation transform's share of the Eleventy stage, as Eleventy's own benchmark reports it. */
async function hyphenationMs(cwd: string, env: NodeJS.ProcessEnv): Promise<number> {
  const [command, args] = buildCommand();
  const { stderr } = await run(command, args, {
    cwd,
    env: { ...env, DEBUG: "Eleventy:Benchmark*" },
    maxBuffer: 64 << 20,
  });
  return Number(/Benchmark\s+(\d+)ms\s.*"hyphenate" Transform/.exec(stderr)?.[1] ?? NaN);
}

/** The real content (no `situations`) or synthetic content, built `rounds` times by each. */
export async function measureSideBySide(rounds: number, situations?: number): Promise<SideBySide> {
  const project =
    situations === undefined ? await scratchProject("yardstick") : await scratchProject("yardstick", situations);
  const mkdocsDir = await mkdtemp(join(tmpdir(), "kasikirja-mkdocs-"));
  const report = join(project.dir, "report.json");
  const env = scratchEnv({ BUILD_REPORT: report });
  try {
    await project.build(); // compiles the build's code once, as a first `npm run build` does
    const pages = await writeMkdocsProject(project.siteDir, mkdocsDir);
    await run("mkdocs", ["build", "--quiet"], { cwd: mkdocsDir }).catch((error: { stderr?: string }) => {
      throw new Error(`mkdocs build failed (is mkdocs-material installed? ${INSTALL_MKDOCS}):\n${error.stderr ?? ""}`);
    });
    const ours: number[] = [];
    const theirs: number[] = [];
    const reports: BuildReport[] = [];
    for (let round = 0; round < rounds; round++) {
      ours.push(await wallClock("npm", ["run", "--silent", "build"], { cwd: project.dir, env }));
      reports.push(JSON.parse(await readFile(report, "utf8")) as BuildReport);
      theirs.push(await wallClock("mkdocs", ["build", "--quiet"], { cwd: mkdocsDir }));
    }
    const starts: number[] = [];
    for (let round = 0; round < rounds; round++) starts.push(await nodeStart());
    const node = median(starts);
    const stages: Record<string, number> = {
      "npm and exit": median(ours.map((ms, i) => ms - reports[i]!.startedAt - reports[i]!.total)),
      "Node start": node,
      "module loading": median(reports.map((r) => r.startedAt)) - node,
    };
    for (const name of Object.keys(reports[0]!.stages)) stages[name] = median(reports.map((r) => r.stages[name] ?? 0));
    stages["of which hyphenation"] = await hyphenationMs(project.dir, env);
    return {
      pages,
      rounds,
      oursMs: median(ours),
      mkdocsMs: median(theirs),
      ratio: median(ours.map((ms, i) => ms / theirs[i]!)),
      stages,
    };
  } finally {
    await project.remove();
    await rm(mkdocsDir, { recursive: true, force: true });
  }
}
