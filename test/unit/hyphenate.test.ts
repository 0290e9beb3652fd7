/** lib/hyphenate.ts: soft hyphens in long Finnish words of the page's text, nowhere else. One row per rule. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import {
  EXCEPTIONS,
  hyphenateHtml,
  hyphenateText,
  HYPHENATORS,
  MIN_HYPHENATED_LENGTH,
  SOFT_HYPHEN,
} from "../../lib/hyphenate.ts";

const page = (body: string, lang = "fi") =>
  `<!doctype html><html lang="${lang}"><head><title>perusterveydenhuolto</title></head><body>${body}</body></html>`;
const shy = (html: string) => html.replaceAll(SOFT_HYPHEN, "-");

test("a long word gets soft hyphens at Finnish syllable breaks; short words stay whole", () => {
  assert.is(shy(hyphenateText("perusterveydenhuolto ja Kela")), "pe-rus-ter-vey-den-huol-to ja Kela");
  assert.is(hyphenateText("työterveyshuolto"), "työ\u00ADter\u00ADveys\u00ADhuol\u00ADto");
  assert.is(hyphenateText("erikoissairaanhoito".slice(0, 15)), "erikoissairaanh", "15 letters: fits any line");
});

test("words the patterns break too rarely break where the exceptions say", () => {
  assert.is(shy(hyphenateText("kuntoutustutkimusyksikön")), "kun-tou-tus-tut-ki-mus-yk-si-kön");
});

// Text that skips the patterns (no word long enough) must come out exactly as the patterns would leave it.
const SHORTCUT_ROWS: readonly string[] = [
  "Kela ja TE-toimisto",
  "erikoissairaanh ja perusterveyden",
  "perusterveydenhuolto",
  "työ- ja elinkeinotoimisto: työkykykoordinaattori",
  "kuntoutus'tutkimus'yksikkö",
  "sote-keskus/perusterveydenhuolto",
  "2024 1234567890123456789 työkyky12345678901234",
  "kuntoutus\u0301tutkimusyksikkö ja e\u0308la\u0308ke",
  "työ\u00A0kykykoordinaattori – työterveyshuolto…",
  "§§§§§§§§§§§§§§§§§§ ×××××××××××××××××",
];
test("the shortcut for text without long words never changes what the patterns give", () => {
  for (const text of SHORTCUT_ROWS) {
    const normalized = JSON.parse(`"${text}"`) as string;
    assert.is(
      hyphenateText(normalized),
      HYPHENATORS.fi(normalized, { minWordLength: MIN_HYPHENATED_LENGTH, exceptions: EXCEPTIONS.fi }),
      text,
    );
  }
});

const ROWS: ReadonlyArray<readonly [string, string, string]> = [
  ["text in the body", "<p>perusterveydenhuolto</p>", "<p>pe-rus-ter-vey-den-huol-to</p>"],
  [
    "attributes stay as they are",
    '<a href="/perusterveydenhuolto/" title="perusterveydenhuolto">x</a>',
    '<a href="/perusterveydenhuolto/" title="perusterveydenhuolto">x</a>',
  ],
  [
    "script and style stay as they are",
    "<script>perusterveydenhuolto</script><style>.perusterveydenhuolto{}</style>",
    "<script>perusterveydenhuolto</script><style>.perusterveydenhuolto{}</style>",
  ],
  [
    "code and pre stay as they are",
    "<pre>perusterveydenhuolto</pre><code>perusterveydenhuolto</code>",
    "<pre>perusterveydenhuolto</pre><code>perusterveydenhuolto</code>",
  ],
  [
    "hidden data and Pagefind filters stay exact ids",
    '<div hidden><span data-pagefind-filter="tilanne">tyoterveyshuollon-piirissa</span></div>',
    '<div hidden><span data-pagefind-filter="tilanne">tyoterveyshuollon-piirissa</span></div>',
  ],
  [
    "text after a skipped element is hyphenated again",
    "<code>x<br>y</code><p>perusterveydenhuolto</p>",
    "<code>x<br>y</code><p>pe-rus-ter-vey-den-huol-to</p>",
  ],
  [
    "a void element inside a skipped one does not end the skipping",
    '<div hidden><input name="a"><span>perusterveydenhuolto</span></div>',
    '<div hidden><input name="a"><span>perusterveydenhuolto</span></div>',
  ],
];

for (const [rule, body, expected] of ROWS) {
  test(`hyphenateHtml: ${rule}`, () => {
    const html = shy(hyphenateHtml(page(body)));
    assert.ok(html.includes(`<title>perusterveydenhuolto</title>`), "the head is left alone");
    assert.ok(html.includes(expected), html);
  });
}

// The same word breaks differently by language: Swedish "so-vår", Finnish "sovår".
const SWEDISH = "fö-re-tags-häl-so-vår-den";
const AS_FINNISH = "fö-re-tags-häl-sovår-den";
const FINNISH = "työ-ky-ky-koor-di-naat-to-ri";

test("a word breaks by its own language's patterns", () => {
  assert.is(shy(hyphenateText("företagshälsovården", "sv")), SWEDISH);
  assert.is(shy(hyphenateText("företagshälsovården", "fi")), AS_FINNISH);
  assert.is(shy(hyphenateText("työkykykoordinaattori", "fi")), FINNISH);
});

const LANGUAGE_ROWS: ReadonlyArray<readonly [rule: string, body: string, expected: string]> = [
  ["a Swedish page's text breaks as Swedish", "<p>företagshälsovården</p>", `<p>${SWEDISH}</p>`],
  [
    "Finnish text marked lang=fi on a Swedish page breaks as Finnish, and the Swedish after it as Swedish again",
    '<p><span lang="fi">työkykykoordinaattori</span> företagshälsovården</p>',
    `<p><span lang="fi">${FINNISH}</span> ${SWEDISH}</p>`,
  ],
  [
    "an element of the same name inside a Finnish passage does not end it",
    '<div lang="fi"><div>x</div>työkykykoordinaattori</div><p>företagshälsovården</p>',
    `<div lang="fi"><div>x</div>${FINNISH}</div><p>${SWEDISH}</p>`,
  ],
  [
    "an end tag HTML lets an element omit does not end a Finnish passage",
    '<div lang="fi"><ul><li>x<li>työkykykoordinaattori</ul></div>företagshälsovården',
    `<div lang="fi"><ul><li>x<li>${FINNISH}</ul></div>${SWEDISH}`,
  ],
  [
    "Swedish inside Finnish inside Swedish",
    '<div lang="fi"><p lang="sv">företagshälsovården</p>työkykykoordinaattori</div>',
    `<div lang="fi"><p lang="sv">${SWEDISH}</p>${FINNISH}</div>`,
  ],
  [
    "a language without patterns is left whole",
    '<p lang="en">occupationalhealthcareservices</p>',
    '<p lang="en">occupationalhealthcareservices</p>',
  ],
];

for (const [rule, body, expected] of LANGUAGE_ROWS) {
  test(`hyphenateHtml: ${rule}`, () => {
    const html = shy(hyphenateHtml(page(body, "sv")));
    assert.ok(html.includes(expected), html);
  });
}

test.run();
