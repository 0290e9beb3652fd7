/**
 * src/eleventy/kept-front-matter.ts: two Eleventy runs of one thread (two editions) hand a page the same
 * front-matter functions, where Eleventy alone makes them anew; each run still gets its own objects; a
 * changed text is evaluated again.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Eleventy, { type FrontMatterEngine } from "@11ty/eleventy";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { keepFrontMatter, keptFrontMatter } from "../../src/eleventy/kept-front-matter.ts";

type Derived = { derived: { title: () => string }; list: string[] };

/** Runs Eleventy on one page and returns the front matter data its template saw. */
async function frontMatterSeen(folder: string, keep: boolean): Promise<Derived> {
  let seen: Derived | undefined;
  const eleventy = new Eleventy(join(folder, "in"), join(folder, "out"), {
    configPath: "",
    quietMode: true,
    config(eleventyConfig) {
      if (keep) keepFrontMatter(eleventyConfig);
      eleventyConfig.addFilter("see", (data: Derived) => ((seen = data), ""));
    },
  });
  await eleventy.write();
  if (!seen) throw new Error("the page was not rendered");
  return seen;
}

/** The one page, in/a.njk, with a front-matter function. */
function page(folder: string) {
  mkdirSync(join(folder, "in"), { recursive: true });
  writeFileSync(
    join(folder, "in", "a.njk"),
    `---js\n{ permalink: "a.html", list: ["x"], derived: { title: () => "A" } }\n---\n{{ { derived: derived, list: list } | see }}`,
  );
}

test("two runs: the same functions with it, new ones without", async () => {
  const folder = mkdtempSync(join(tmpdir(), "kept-front-matter-"));
  try {
    page(folder);
    const [plain1, plain2] = [await frontMatterSeen(folder, false), await frontMatterSeen(folder, false)];
    assert.is.not(plain1.derived.title, plain2.derived.title);
    const [kept1, kept2] = [await frontMatterSeen(folder, true), await frontMatterSeen(folder, true)];
    assert.is(kept1.derived.title, kept2.derived.title);
    assert.is.not(kept1.list, kept2.list, "each run has its own arrays and objects");
    assert.equal(kept1.list, kept2.list);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test("a file's changed text is evaluated again; another file's alike text on its own", () => {
  let evaluations = 0;
  const kept = keptFrontMatter((text) => (evaluations++, { text }));
  kept("{ a }", { filePath: "x.njk" });
  assert.equal(kept("{ b }", { filePath: "x.njk" }), { text: "{ b }" });
  kept("{ b }", { filePath: "y.njk" });
  assert.is(evaluations, 3);
});

test("an engine's promise is kept, and each call gets its own copy of what it resolves to", async () => {
  let evaluations = 0;
  const engine: FrontMatterEngine = () => (evaluations++, Promise.resolve({ nested: { value: 1 }, fn: () => 1 }));
  const kept = keptFrontMatter(engine);
  const first = (await kept("{}", { filePath: "x.njk" })) as { nested: { value: number }; fn: () => number };
  first.nested.value = 2;
  const second = (await kept("{}", { filePath: "x.njk" })) as typeof first;
  assert.is(evaluations, 1);
  assert.is(second.nested.value, 1);
  assert.is(second.fn, first.fn);
});

test.run();
