/** Everything the source documents say reaches content/ and the handbook JSON. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readHandbook } from "../../scripts/data/data-step.ts";
import type { Handbook } from "../../lib/handbook/handbook.ts";
import { stringsIn } from "../../scripts/search/write-dictionary.ts";
import { networkSeed, normalize, phasesSeed } from "../helpers/seeds.ts";

let handbook: Handbook;
test.before(async () => {
  const result = await readHandbook("content");
  if (!result.ok) throw new Error("content does not validate");
  handbook = result.handbook;
});
const seed = phasesSeed();
const network = networkSeed();

/** The one liberty taken: a recurring action keeps one spelling, so a final full stop may differ. */
const sameSentence = (a: string, b: string) => normalize(a).replace(/\.$/, "") === normalize(b).replace(/\.$/, "");

test("the first source: title, lead and date", () => {
  const source = handbook.sources.find((s) => s.title === seed.title);
  assert.ok(source, `no source titled ${seed.title}`);
  assert.is(source.lead, seed.lead);
  assert.is(source.updated, seed.updated);
});

test("the three phases with their names and descriptions", () => {
  assert.equal(
    handbook.phases.map((p) => p.name),
    seed.phaseNames,
  );
  assert.is(handbook.phases.map((p) => p.description).join(""), seed.descriptionsLine);
});

test("the seed has three situations, and so does the handbook", () => {
  assert.is(seed.situations.length, 3);
  assert.equal(
    handbook.situations.map((s) => s.title),
    seed.situations.map((s) => s.title),
  );
});

for (const seedSituation of seed.situations) {
  test(`every action of "${seedSituation.title}" stands in its phase, in order`, () => {
    const situation = handbook.situations.find((s) => s.title === seedSituation.title)!;
    seedSituation.cells.forEach((expected, phaseIndex) => {
      const cell = situation.cells[phaseIndex]!;
      const actual = cell.actions.map((id) => handbook.actions.find((a) => a.id === id)!.text);
      assert.is(
        actual.length,
        expected.length,
        `${cell.phase}: ${actual.length} actions, the seed has ${expected.length}`,
      );
      expected.forEach((sentence, k) => {
        assert.ok(
          sameSentence(actual[k]!, sentence),
          `${cell.phase} #${k + 1}:\n  seed: ${sentence}\n  json: ${actual[k]}`,
        );
      });
    });
  });
}

test("every actor an action lists in parentheses is a link to an actor record", () => {
  let lists = 0;
  for (const action of handbook.actions) {
    const list = /\(([^()]*)\)$/.exec(action.text.replace(/\.$/, ""));
    if (!list || !/^(Sovi|Sopikaa|Sosiaalis-ammatillista)/.test(action.text)) continue;
    const names = list[1]!
      .replace(/^esim\. /, "")
      .split(",")
      .map((n) => n.trim());
    const linked = action.segments.filter((s) => s.actor).map((s) => s.text.trim());
    assert.equal(linked, names, action.text);
    lists++;
  }
  assert.ok(lists >= 3, `actions with an actor list in parentheses: ${lists}`);
});

test("every keyword of the seed, in its spelling and order", () => {
  assert.equal(
    handbook.keywords.map((k) => k.label),
    seed.keywords,
  );
});

test("every keyword and actor reaches at least one page", () => {
  for (const keyword of handbook.keywords) {
    assert.ok(keyword.actions.length + keyword.phases.length + keyword.situations.length > 0, keyword.id);
  }
  for (const actor of handbook.actors) {
    assert.ok(actor.actions.length + actor.mentions.length + actor.members.length > 0, actor.id);
  }
});

test("the second source: title, lead and date", () => {
  const source = handbook.sources.find((s) => s.title === network.title);
  assert.ok(source, `no source titled ${network.title}`);
  assert.is(source.lead, network.lead);
  assert.is(source.updated, network.updated);
  assert.is(handbook.network.source, source.id);
});

test("every line of the second source is in the handbook", () => {
  const all = normalize([...stringsIn(handbook.network), ...stringsIn(handbook.sources)].join("\n"));
  assert.ok(network.textLines.length > 20, `lines of the second source: ${network.textLines.length}`);
  for (const line of network.textLines) assert.ok(all.includes(line), `missing: ${line}`);
});

test.run();
