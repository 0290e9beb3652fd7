/** linkText (scripts/data/link.ts): how an action's text is split into actor links, one row per rule. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { linkText } from "../../scripts/data/link.ts";

type Row = readonly [
  rule: string,
  text: string,
  mentions: Record<string, string>,
  segments: ReadonlyArray<{ text: string; actor?: string }>,
];

const ROWS: readonly Row[] = [
  ["no mentions: one plain segment", "Tunnista tarve", {}, [{ text: "Tunnista tarve" }]],
  [
    "a mention in the middle",
    "Ota yhteyttä Kelaan nyt",
    { Kelaan: "kela" },
    [{ text: "Ota yhteyttä " }, { text: "Kelaan", actor: "kela" }, { text: " nyt" }],
  ],
  [
    "a mention at the start and at the end",
    "TYP ja TE-toimisto",
    { TYP: "typ", "TE-toimisto": "te-toimisto" },
    [{ text: "TYP", actor: "typ" }, { text: " ja " }, { text: "TE-toimisto", actor: "te-toimisto" }],
  ],
  [
    "mentions in text order, whatever the mapping's order",
    "Kela, TYP",
    { TYP: "typ", Kela: "kela" },
    [{ text: "Kela", actor: "kela" }, { text: ", " }, { text: "TYP", actor: "typ" }],
  ],
  [
    "only the first occurrence links",
    "Kela ja Kela",
    { Kela: "kela" },
    [{ text: "Kela", actor: "kela" }, { text: " ja Kela" }],
  ],
  [
    "overlapping mentions keep the earlier",
    "TE-toimisto",
    { "TE-toimisto": "te-toimisto", toimisto: "muu" },
    [{ text: "TE-toimisto", actor: "te-toimisto" }],
  ],
  ["words that do not occur are ignored", "Kela", { TYP: "typ", Kela: "kela" }, [{ text: "Kela", actor: "kela" }]],
];

for (const [rule, text, mentions, segments] of ROWS) {
  test(`linkText: ${rule}`, () => {
    const linked = linkText(text, mentions);
    assert.is(linked.text, text);
    assert.equal(linked.segments, segments);
    assert.is(linked.segments.map((s) => s.text).join(""), text, "the segments spell the text");
  });
}

test.run();
