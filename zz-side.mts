import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { scratchProject, scratchEnv } from "./scripts/bench/scratch-project.ts";
import { writeMkdocsProject } from "./scripts/bench/mkdocs-pages.ts";
import { wallClock } from "./scripts/bench/wall-clock.ts";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
const project = await scratchProject("yardstick");
const mk = await mkdtemp(join(tmpdir(), "kasikirja-mkdocs-"));
await project.build();
await writeMkdocsProject(project.siteDir, mk);
await promisify(execFile)("mkdocs", ["build", "--quiet"], { cwd: mk });
const rows = [];
for (let r = 0; r < +(process.argv[2] ?? 7); r++) {
  const o = await wallClock("npm", ["run", "--silent", "build"], { cwd: project.dir, env: scratchEnv() });
  const m = await wallClock("mkdocs", ["build", "--quiet"], { cwd: mk });
  const n = await wallClock(process.execPath, ["scripts/run-compiled.js", "scripts/build.ts"], { cwd: project.dir, env: scratchEnv() });
  rows.push([o, m, n]); console.log(`npm-run ${o.toFixed(0)} mkdocs ${m.toFixed(0)} ratio ${(o / m).toFixed(2)}  node-direct ${n.toFixed(0)}`);
}
await project.remove(); await rm(mk, { recursive: true, force: true });
