/** lib/collections.ts: one row per rule. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { findById, groupBy, indexById, memoizedBy, unique } from "../../lib/collections.ts";

const UNIQUE_ROWS: ReadonlyArray<readonly [string, string[], string[]]> = [
  ["empty", [], []],
  ["no repeats", ["a", "b"], ["a", "b"]],
  ["repeats dropped, first-seen order kept", ["b", "a", "b", "c", "a"], ["b", "a", "c"]],
];
for (const [rule, items, expected] of UNIQUE_ROWS) {
  test(`unique: ${rule}`, () => assert.equal(unique(items), expected));
}

test("groupBy: one key or several per item, groups in list order", () => {
  const words = ["kela", "te", "kuntoutus", "typ"];
  assert.equal(
    [...groupBy(words, (w) => w[0]!)],
    [
      ["k", ["kela", "kuntoutus"]],
      ["t", ["te", "typ"]],
    ],
  );
  const tagged = groupBy(words, (w) => (w.length > 3 ? ["long", w[0]!] : ["short"]));
  assert.equal(tagged.get("long"), ["kela", "kuntoutus"]);
  assert.equal(tagged.get("short"), ["te", "typ"]);
  assert.equal(tagged.get("k"), ["kela", "kuntoutus"]);
  assert.is(tagged.size, 3);
});

test("memoizedBy: derives once per source object", () => {
  let calls = 0;
  const length = memoizedBy((list: readonly string[]) => (calls++, list.length));
  const list = ["a", "b"];
  assert.is(length(list), 2);
  assert.is(length(list), 2);
  assert.is(calls, 1);
  assert.is(length(["a"]), 1);
  assert.is(calls, 2);
});

test("memoizedBy with a key: sources that share the key share the result", () => {
  let calls = 0;
  const count = memoizedBy(
    (page: { readonly items: readonly string[] }) => (calls++, page.items.length),
    (page) => page.items,
  );
  const items = ["a", "b", "c"];
  assert.is(count({ items }), 3);
  assert.is(count({ items }), 3);
  assert.is(calls, 1, "a copy of the object with the same list is not derived again");
});

test("indexById and findById: items by id, indexed once per list; a missing id throws", () => {
  const list = [
    { id: "kela", name: "Kela" },
    { id: "typ", name: "TYP" },
  ];
  assert.is(indexById(list), indexById(list));
  assert.is(findById(list, "typ").name, "TYP");
  assert.throws(() => findById(list, "te"), /no item with id "te"/);
});

test.run();
