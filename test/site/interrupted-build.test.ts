/**
 * `npm run build` stopped at any moment — Ctrl+C (SIGINT to the terminal's
 * process group) or killed outright (SIGKILL) — leaves `_site/` a complete
 * site: the one before, or the new one, never half of each, which a deploy
 * script would upload. A build killed between the swap's two renames leaves
 * the old site complete beside it, and the next build puts it back (the last
 * build here starts from that).
 *
 * The kill moments are spread over a whole build (one in each of equal
 * slices of its measured length, at a point in it chosen from a seed) plus
 * the swap itself (the moment the old site is moved aside). They follow from
 * the seed alone: a failure prints it, and KILL_SEED=<seed> replays it.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, watch } from "node:fs";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { scratchProject, scratchEnv, type ScratchProject } from "../../scripts/bench/scratch-project.ts";
import { siteFileHashes } from "../helpers/site-files.ts";

/** Kills at moments spread over the build, per signal. */
const SPREAD_KILLS = 2;
const SIGNALS = ["SIGINT", "SIGKILL"] as const;
type Signal = (typeof SIGNALS)[number];

/** The file whose two versions make the two sites ("A" as it is, "B" with a sentence more). */
const TOGGLED = "content/prose/verkostot.md";
const B_SENTENCE = "\nTämä kappale erottaa kaksi koontia toisistaan.\n";

const seed = Number(process.env.KILL_SEED ?? Math.floor(Math.random() * 2 ** 31));

/** mulberry32: a small, seedable generator of numbers in [0, 1). */
function generator(start: number): () => number {
  let state = start >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Where a kill lands: a fraction of the build's measured length, or the moment the swap moves the old site aside. */
type Moment = number | "swap";
interface Kill {
  readonly signal: Signal;
  readonly at: Moment;
}

function killPlan(random: () => number): Kill[] {
  const spread = SIGNALS.flatMap((signal) =>
    Array.from({ length: SPREAD_KILLS }, (_, slice) => ({ signal, at: (slice + random()) / SPREAD_KILLS })),
  );
  // Interleaved by the seed, so the two signals meet each other's leftovers in varying orders.
  for (let i = spread.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [spread[i], spread[j]] = [spread[j]!, spread[i]!];
  }
  // Ctrl+C during the swap comes last: that build ends whole, so it is also the build after all the others.
  return [...spread, { signal: "SIGKILL", at: "swap" }, { signal: "SIGINT", at: "swap" }];
}

/** What identifies a complete site: every file's bytes (two builds of the same pages are the same, byte for byte). */
function fingerprint(siteDir: string): string {
  return [...siteFileHashes(siteDir)].map(([path, hash]) => `${path} ${hash}`).join("\n");
}

/** The build id every page carries. */
async function buildIdOf(siteDir: string): Promise<string | undefined> {
  const home = await readFile(join(siteDir, "index.html"), "utf8").catch(() => "");
  return /data-build="([^"]+)"/.exec(home)?.[1];
}

/** Whether a process of the group still runs (a zombie, which only waits to be reaped, does not). */
function groupRunning(group: number): boolean {
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    const stat = readFileSyncOrEmpty(`/proc/${pid}/stat`);
    // pid (comm) state ppid pgrp …; comm may hold spaces and parentheses.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(pgrp) === group && state !== "Z") return true;
  }
  return false;
}

function readFileSyncOrEmpty(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

interface Run {
  readonly ms: number;
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** `npm run build` in its own process group, as a terminal runs it, signalled (the whole group) at `at`. */
async function runBuild(project: ScratchProject, kill?: { signal: Signal; at: number | "swap" }): Promise<Run> {
  const started = performance.now();
  const child = spawn("npm", ["run", "--silent", "build"], {
    cwd: project.dir,
    env: scratchEnv(),
    detached: true,
    stdio: "ignore",
  });
  const group = child.pid!;
  const signalGroup = () => {
    try {
      process.kill(-group, kill!.signal);
    } catch {
      // The build had already ended.
    }
  };
  let timer: NodeJS.Timeout | undefined;
  const watcher =
    kill?.at === "swap"
      ? watch(project.dir, (_, name) => {
          if (name === "_site-old" && existsSync(join(project.dir, "_site-old"))) signalGroup();
        })
      : undefined;
  if (typeof kill?.at === "number") timer = setTimeout(signalGroup, kill.at);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on("exit", (...ended) => resolve(ended)),
  );
  clearTimeout(timer);
  watcher?.close();
  // The group's other processes (tsx's node, esbuild, Pagefind) end too before the site is looked at.
  for (let waited = 0; groupRunning(group); waited += 20) {
    if (waited > 10_000) process.kill(-group, "SIGKILL");
    await sleep(20);
  }
  return { ms: performance.now() - started, code, signal };
}

test("a build stopped at any moment leaves the old site or the new one, whole", async () => {
  const plan = killPlan(generator(seed));
  const replay = `KILL_SEED=${seed} (kills: ${plan.map((k) => `${k.signal}@${typeof k.at === "number" ? k.at.toFixed(2) : k.at}`).join(", ")})`;
  const project = await scratchProject("interrupted-build");
  const site = project.siteDir;
  const original = await readFile(join(project.dir, TOGGLED), "utf8");
  const version = { A: original, B: original + B_SENTENCE };
  try {
    /** Each complete site by its build id. */
    const known = new Map<string, string>();
    const versionOf = new Map<string, "A" | "B">();
    let buildMs = 0;
    for (const name of ["A", "B"] as const) {
      await writeFile(join(project.dir, TOGGLED), version[name]);
      const run = await runBuild(project);
      assert.is(run.code, 0, `the ${name} build failed`);
      buildMs = run.ms;
      const id = (await buildIdOf(site))!;
      known.set(id, fingerprint(site));
      versionOf.set(id, name);
    }
    assert.is(known.size, 2, "the two versions built the same site");

    for (const [i, kill] of plan.entries()) {
      if (i === plan.length - 1 && existsSync(site)) {
        // No signal can be timed to land between the swap's two renames (microseconds apart): leave what a
        // SIGKILL there leaves — the old site moved aside, no new one yet — for the last build to recover from.
        await rm(`${site}-old`, { recursive: true, force: true });
        await rename(site, `${site}-old`);
      }
      // What is there now, whole (checked after the previous kill), and the other version is built over it.
      const current = versionOf.get((await buildIdOf(existsSync(site) ? site : `${site}-old`))!)!;
      const next = current === "A" ? "B" : "A";
      await writeFile(join(project.dir, TOGGLED), version[next]);
      const at = kill.at === "swap" ? "swap" : Math.round(kill.at * buildMs);
      const run = await runBuild(project, { signal: kill.signal, at });
      const where = `kill ${i + 1}, ${kill.signal} at ${at}${at === "swap" ? "" : " ms"} (the build ran ${Math.round(run.ms)} ms, ended with ${run.signal ?? run.code}); replay with ${replay}`;
      // Only SIGKILL between the two renames leaves no site, and then the old one whole beside it.
      const left = existsSync(site) ? site : `${site}-old`;
      if (left !== site) assert.is(kill.signal, "SIGKILL", `no ${site} after ${where}`);
      const id = await buildIdOf(left);
      assert.ok(id && known.has(id), `${left} is neither site after ${where}`);
      assert.fixture(
        fingerprint(left),
        known.get(id)!,
        `${left} is not the whole ${versionOf.get(id)} site after ${where}`,
      );
      // Ctrl+C waits for the swap it falls in: the build ends with the new site in place, whatever the builds
      // killed before it left.
      if (kill.at === "swap" && kill.signal === "SIGINT")
        assert.is(versionOf.get(id), next, `Ctrl+C during the swap left the old site; ${where}`);
    }
  } finally {
    await project.remove();
  }
});

test.run();
