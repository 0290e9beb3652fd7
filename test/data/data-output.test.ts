/** The data step writes the whole handbook or nothing. */
import { readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildData } from "../../scripts/data/data-step.ts";
import type { Handbook } from "../../lib/handbook/handbook.ts";
import { contentFixture } from "../helpers/content-fixture.ts";

test("a failed run leaves the last good output byte-identical, with no temp file beside it", async () => {
  const fixture = await contentFixture();
  const out = fixture.out;
  try {
    const good = await buildData(fixture.dir, out);
    assert.ok(good.ok);
    const before = await readFile(out);

    await rm(join(fixture.dir, "prose", "verkostot.md"));
    const bad = await buildData(fixture.dir, out);
    assert.is(bad.ok, false);
    assert.ok((await readFile(out)).equals(before), "handbook.json changed after a failed run");
    assert.equal(await readdir(dirname(out)), ["handbook.json"]);
  } finally {
    await fixture.remove();
  }
});

test("the data step writes a JSON Schema for every kind of content file", async () => {
  const fixture = await contentFixture();
  try {
    await buildData(fixture.dir, fixture.out);
    const schemas = (await readdir(join(fixture.dir, ".schema"))).sort();
    assert.equal(
      schemas,
      ["actions", "actors", "changes", "keywords", "network", "phases", "situation", "sources"].map(
        (k) => `${k}.schema.json`,
      ),
    );
    const situation = JSON.parse(await readFile(join(fixture.dir, ".schema", "situation.schema.json"), "utf8")) as {
      properties: Record<string, unknown>;
      additionalProperties: unknown;
    };
    assert.ok(situation.properties.matrix, "the situation schema describes the matrix");
    assert.is(situation.additionalProperties, false);
  } finally {
    await fixture.remove();
  }
});

test("a schema changed by hand is written again; one that is as the build makes it is left untouched", async () => {
  const fixture = await contentFixture();
  const schema = (kind: string) => join(fixture.dir, ".schema", `${kind}.schema.json`);
  try {
    await buildData(fixture.dir, fixture.out);
    const made = await readFile(schema("actions"), "utf8");
    await writeFile(schema("actions"), "{}\n");
    const untouched = (await stat(schema("phases"))).mtimeMs;
    await buildData(fixture.dir, fixture.out);
    assert.is(await readFile(schema("actions"), "utf8"), made);
    assert.is((await stat(schema("phases"))).mtimeMs, untouched);
  } finally {
    await fixture.remove();
  }
});

test("the output is cross-linked both ways", async () => {
  const fixture = await contentFixture();
  const out = fixture.out;
  try {
    await buildData(fixture.dir, out);
    const handbook = JSON.parse(await readFile(out, "utf8")) as Handbook;
    const recurring = handbook.actions.find((a) => a.id === "hyodynna-moniammatillista-tiimia")!;
    // It stands in all nine cells: one entity, nine back-links.
    assert.is(recurring.cells.length, 9);
    for (const cell of recurring.cells) {
      const situation = handbook.situations.find((s) => s.id === cell.situation)!;
      assert.ok(situation.cells.find((c) => c.phase === cell.phase)!.actions.includes(recurring.id));
    }
    const kela = handbook.actors.find((a) => a.id === "kela")!;
    assert.ok(kela.actions.length > 0, "Kela is named in actions");
    for (const actionId of kela.actions) {
      assert.ok(handbook.actions.find((a) => a.id === actionId)!.actors.includes("kela"));
    }
    assert.ok(kela.members.includes("kelan-palveluasiantuntija"));
    const tyoton = handbook.keywords.find((k) => k.id === "tyoton")!;
    assert.ok(tyoton.situations.includes("tyoton"));
  } finally {
    await fixture.remove();
  }
});

test.run();
