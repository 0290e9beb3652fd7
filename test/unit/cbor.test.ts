/** scripts/search/cbor.ts: where items end, arrays' items and texts, on RFC 8949's own examples. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { cborArray, cborItemEnd, cborText, cborTextBytes } from "../../scripts/search/cbor.ts";

const hex = (text: string) => Buffer.from(text.replace(/\s/g, ""), "hex");

// RFC 8949, Appendix A: each item's encoding, with a byte after it that is not part of it.
const ITEMS: readonly (readonly [what: string, encoding: string])[] = [
  ["0", "00"],
  ["23", "17"],
  ["24", "1818"],
  ["1000", "1903e8"],
  ["1000000", "1a000f4240"],
  ["1000000000000", "1b000000e8d4a51000"],
  ["-1000", "3903e7"],
  ["h'01020304'", "4401020304"],
  ['"IETF"', "6449455446"],
  ['"\u00fc"', "62c3bc"],
  ["[1, [2, 3], [4, 5]]", "8301820203820405"],
  ["25 items", `9819${"01".repeat(25)}`],
  ['{"a": 1, "b": [2, 3]}', "a26161016162820203"],
  ["1(1363896240)", "c11a514b67b0"],
  ["false", "f4"],
  ["1.1", "fb3ff199999999999a"],
];

test("each item ends where its encoding does", () => {
  for (const [what, encoding] of ITEMS) {
    const bytes = Buffer.concat([hex(encoding), hex("ff")]);
    assert.is(cborItemEnd(bytes, 0), bytes.length - 1, what);
  }
});

test("an array's items, and a text inside it", () => {
  const bytes = hex("83 6449455446 820203 62c3bc");
  const { items, end } = cborArray(bytes, 0);
  assert.equal(items, [
    { start: 1, end: 6 },
    { start: 6, end: 9 },
    { start: 9, end: 12 },
  ]);
  assert.is(end, bytes.length);
  assert.is(cborText(bytes, items[0]!.start), "IETF");
  assert.is(cborText(bytes, items[2]!.start), "\u00fc");
  assert.throws(() => cborText(bytes, items[1]!.start), /not a text/);
  assert.throws(() => cborArray(bytes, 1), /not an array/);
});

test("a text written as CBOR reads back, whatever its length", () => {
  for (const text of ["", "fi_47d8b72", "x".repeat(23), "x".repeat(24), "ü".repeat(200), "y".repeat(300)]) {
    const bytes = cborTextBytes(text);
    assert.is(cborItemEnd(bytes, 0), bytes.length);
    assert.is(cborText(bytes, 0), text);
  }
  assert.equal(cborTextBytes("IETF"), hex("6449455446"));
});

test.run();
