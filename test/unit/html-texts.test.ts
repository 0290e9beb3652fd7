/** lib/html-texts.ts: the texts between an HTML string's tags, rewritten one by one. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mapTexts } from "../../lib/html-texts.ts";

test("each text between tags is passed through, each tag shown after the text before it", () => {
  const seen: string[] = [];
  const html = '<p class="a">Yksi <b>kaksi</b></p>kolme';
  const mapped = mapTexts(
    html,
    (text) => {
      seen.push(`text ${text}`);
      return text.toUpperCase();
    },
    (tag) => seen.push(`tag ${tag}`),
  );
  assert.is(mapped, '<p class="a">YKSI <b>KAKSI</b></p>KOLME');
  assert.equal(seen, [
    'tag <p class="a">',
    "text Yksi ",
    "tag <b>",
    "text kaksi",
    "tag </b>",
    "tag </p>",
    "text kolme",
  ]);
});

test("tags and attribute values are never passed as text; a '<' without a '>' is text", () => {
  assert.is(
    mapTexts(
      '<a title="x">x</a> 1 < 2',
      (text) => text.replaceAll("x", "y"),
      () => {},
    ),
    '<a title="x">y</a> 1 < 2',
  );
});

test.run();
