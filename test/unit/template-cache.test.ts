/**
 * scripts/site/template-cache.ts: a template whose compiled code is kept is
 * rendered from that code, not compiled again; anything the code depends on
 * (the text, the name, the environment's async filters) compiles afresh; a
 * damaged file is ignored; environments not given a cache are left alone.
 * Proved by editing the kept code: a template rendered from it says so.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nunjucks from "nunjucks";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { cacheCompiledTemplates } from "../../scripts/site/template-cache.ts";

const TEXT = "Hei {{ name | shout }}";

let dir: string;
let file: string;

/** A new environment with the cache in `file`, and `shout` as a filter (async when asked). */
async function cachedEnvironment(asyncShout = false) {
  const environment = new nunjucks.Environment(null, { autoescape: true });
  if (asyncShout)
    environment.addFilter("shout", (text: string, done: (e: null, r: string) => void) => done(null, `${text}!`), true);
  else environment.addFilter("shout", (text: string) => `${text}!`);
  const cache = await cacheCompiledTemplates(environment, file);
  return { environment, ...cache };
}

const render = (environment: nunjucks.Environment, text = TEXT, name = "tervehdys.njk") =>
  new Promise<string>((resolve, reject) =>
    new nunjucks.Template(text, environment, name).render({ name: "Aino" }, (error, result) =>
      error ? reject(error) : resolve(result ?? ""),
    ),
  );

/** Edits every kept code so that what it renders says it came from the file. */
async function markKeptCode(): Promise<void> {
  const kept = JSON.parse(await readFile(file, "utf8")) as Record<string, string>;
  for (const key of Object.keys(kept)) kept[key] = kept[key]!.replaceAll('"Hei "', '"Kätketty "');
  await writeFile(file, JSON.stringify(kept));
}

test.before.each(async () => {
  dir = await mkdtemp(join(tmpdir(), "template-cache-"));
  file = join(dir, "templates.json");
  const first = await cachedEnvironment();
  assert.is(await render(first.environment), "Hei Aino!");
  await first.save();
  await markKeptCode();
});

test.after.each(() => rm(dir, { recursive: true, force: true }));

test("a template whose code is kept renders from it", async () => {
  const { environment } = await cachedEnvironment();
  assert.is(await render(environment), "Kätketty Aino!");
});

test("another text, another name or an async filter compiles afresh", async () => {
  const { environment } = await cachedEnvironment();
  assert.is(await render(environment, "Hei {{ name }}"), "Hei Aino");
  assert.is(await render(environment, TEXT, "toinen.njk"), "Hei Aino!");
  const withAsyncFilter = await cachedEnvironment(true);
  assert.is(await render(withAsyncFilter.environment), "Hei Aino!");
});

test("an environment without the cache compiles as Nunjucks does", async () => {
  const environment = new nunjucks.Environment(null, { autoescape: true });
  environment.addFilter("shout", (text: string) => `${text}!`);
  assert.is(await render(environment), "Hei Aino!");
});

test("save keeps what was compiled, and writes nothing when nothing was", async () => {
  const { environment, save } = await cachedEnvironment();
  await render(environment);
  const before = (await stat(file)).mtimeMs;
  await save();
  assert.is((await stat(file)).mtimeMs, before, "rewritten with nothing new");
  await render(environment, "Moi {{ name }}");
  await save();
  const kept = Object.values(JSON.parse(await readFile(file, "utf8")) as Record<string, string>);
  assert.is(kept.length, 2);
  assert.ok(kept.some((code) => code.includes('"Moi "')));
});

test("a damaged file is ignored, and replaced by the next save", async () => {
  for (const damaged of ["{ half", "null", "[1, 2]"]) {
    await writeFile(file, damaged);
    const { environment, save } = await cachedEnvironment();
    assert.is(await render(environment), "Hei Aino!", damaged);
    await save();
    assert.is(Object.keys(JSON.parse(await readFile(file, "utf8")) as object).length, 1, damaged);
  }
});

test.run();
