/**
 * scripts/run-compiled.js runs an entry point compiled once: it must compile
 * again whenever any file that went in changes (the entry or a module it
 * imports), reuse the compiled code while none does, run the entry as the
 * main module with its own arguments, and on a compile error say where and
 * keep the last good compiled code; an error the compiled code throws names
 * the TypeScript source's lines; V8's code cache of the bundle is written
 * once and then used, and one V8 refuses is written anew; older versions
 * keep their code but not their caches. Tried on a small
 * entry in a scratch copy.
 */
import { execFile } from "node:child_process";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { scratchProject, type ScratchProject } from "../../scripts/bench/scratch-project.ts";

const ENTRY = "scripts/probe.ts";
const IMPORTED = "lib/probe-word.ts";
const MANIFEST = "generated/compiled/manifest.json";

let project: ScratchProject;

/** The probe's output: its word, its arguments, and whether it ran as the main module. */
async function probe(...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ["scripts/run-compiled.js", ENTRY, ...args], {
    cwd: project.dir,
  });
  return stdout.trim();
}

/** The probe's failure (its exit code and what it printed), or undefined if it ran. */
const failedProbe = () =>
  probe().then(
    () => undefined,
    (error: { code: number; stderr: string }) => error,
  );

const write = (file: string, text: string) => writeFile(join(project.dir, file), text);
const manifestTime = async () => (await stat(join(project.dir, MANIFEST))).mtimeMs;

/** The code cache beside the compiled entry (scripts/cached-bundle.js). */
async function codeCache(): Promise<string> {
  const { version } = JSON.parse(await readFile(join(project.dir, MANIFEST), "utf8")) as { version: string };
  return join(project.dir, "generated/compiled", version, "probe.cjs.v8-cache");
}

test.before(async () => {
  project = await scratchProject("run-compiled");
  await write(IMPORTED, `export const word = "yksi";\n`);
  await write(
    ENTRY,
    [
      `import { word } from "../${IMPORTED}";`,
      "const main = import.meta.url === `file://${process.argv[1]}`;",
      "console.log([word, ...process.argv.slice(2), main ? 'main' : 'imported'].join(' '));",
      "",
    ].join("\n"),
  );
});

test.after(() => project?.remove());

test("runs the entry as the main module with its own arguments", async () => {
  assert.is(await probe("--edition", "a"), "yksi --edition a main");
});

test("reuses the compiled code while nothing that went in changed", async () => {
  await probe();
  const compiledAt = await manifestTime();
  assert.is(await probe(), "yksi main");
  assert.is(await manifestTime(), compiledAt, "compiled again");
});

test("keeps V8's code cache beside the compiled entry and uses it", async () => {
  await probe();
  const cache = await codeCache();
  const written = await stat(cache);
  assert.ok(written.size > 0);
  assert.is(await probe("again"), "yksi again main");
  assert.is((await stat(cache)).mtimeMs, written.mtimeMs, "V8 refused the cache, so it was written again");
});

test("a code cache V8 refuses changes nothing but is written anew", async () => {
  await probe();
  const cache = await codeCache();
  await writeFile(cache, "not a code cache");
  assert.is(await probe(), "yksi main");
  assert.is.not(await readFile(cache, "utf8"), "not a code cache");
  const { mtimeMs } = await stat(cache);
  assert.is(await probe(), "yksi main");
  assert.is((await stat(cache)).mtimeMs, mtimeMs, "the new cache was refused too");
});

test("compiles again when a module the entry imports changes", async () => {
  await probe();
  await write(IMPORTED, `export const word = "kaksi";\n`);
  assert.is(await probe(), "kaksi main");
});

test("an older version keeps its code for a build still running on it, but no code cache", async () => {
  const compiled = join(project.dir, "generated/compiled");
  const newest = dirname(await codeCache());
  const versions = (await readdir(compiled)).filter((name) => /^[0-9a-f]{16}$/.test(name));
  assert.ok(versions.length > 1, "the tests before compiled one version only");
  for (const version of versions) {
    const files = await readdir(join(compiled, version));
    assert.ok(files.includes("probe.cjs"), `${version} lost its code`);
    const caches = files.filter((file) => file.endsWith(".v8-cache"));
    if (join(compiled, version) === newest) assert.ok(caches.length > 0, "the newest version has no code cache");
    else assert.equal(caches, [], `${version} is not the newest`);
  }
});

test("a compile error names the file and line, and the last good code stays", async () => {
  assert.is(await probe(), "kaksi main");
  const manifest = await readFile(join(project.dir, MANIFEST), "utf8");
  await write(IMPORTED, `export const word = "kolme";\nexport const broken = (;\n`);
  const failed = await failedProbe();
  assert.is(failed?.code, 1);
  assert.match(failed!.stderr, /lib\/probe-word\.ts:2:\d+/);
  assert.is(
    await readFile(join(project.dir, MANIFEST), "utf8"),
    manifest,
    "the manifest still names the last good code",
  );
  await write(IMPORTED, `export const word = "neljä";\n`);
  assert.is(await probe(), "neljä main");
});

test("an error thrown at run time names the TypeScript lines, and no line of the bundle is printed", async () => {
  await write(
    IMPORTED,
    `const fail = (why: string): string => {\n  throw new Error(why);\n};\nexport const word = fail("probe failed");\n`,
  );
  const failed = await failedProbe();
  assert.is(failed?.code, 1);
  assert.match(
    failed!.stderr,
    /^Error: probe failed\n {4}at fail \(lib\/probe-word\.ts:2:\d+\)\n {4}at lib\/probe-word\.ts:4:\d+\n/,
  );
  // Node's own report of an uncaught error starts with the line of code that threw: here, the compiled bundle's.
  assert.is(failed!.stderr.split("probe failed").length, 2, failed!.stderr.slice(0, 500));
});

test.run();
