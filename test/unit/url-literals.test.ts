/**
 * Every page URL and element id comes from lib/urls.ts: templates, browser
 * scripts and Node tooling ask `urls`, `ids` or `searchIds` instead of
 * writing "/haku/" or id="sisalto" themselves. The tests may spell URLs out:
 * they state what the site must answer.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { urls } from "../../lib/urls.ts";
import { codeFiles, findInLines } from "../helpers/source-lines.ts";

/** Each URL builder's first path segment: "tilanteet/", "haku/", "404.html", … */
const SEGMENTS = Object.values(urls)
  .map((build: (...args: string[]) => string) => build(...Array<string>(build.length).fill("x")))
  .map((url) => /^\/([^/#?]+\/?)/.exec(url)?.[1])
  .filter((segment): segment is string => segment !== undefined);
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const LITERALS: readonly (readonly [what: string, pattern: RegExp])[] = [
  // In a string, at its start or after an interpolation: "/haku/", `${server.url}haku/`.
  ["a page URL", new RegExp(`["'\`}]/?(?:${SEGMENTS.map(escaped).join("|")})`)],
  ["an id or a reference to one", /\b(?:id|for|headers|aria-(?:labelledby|describedby|controls))="(?!\{\{|\$\{)/],
  ["an in-page link", /href="#(?!\{\{|\$\{)/],
  ["an element looked up by a written id", /getElementById\(["'`]|querySelector(?:All)?(?:<[^>]*>)?\(["'`]#/],
];

/** Comments may name a URL in prose. */
const withoutComments = (line: string) => (/^\s*(\/\/|\/\*|\*|\{#)/.test(line) ? "" : line);

const checked = () => codeFiles().filter((file) => !file.startsWith("test/") && file !== "lib/urls.ts");

test("the URL patterns know every page's first segment", () => {
  for (const segment of ["tilanteet/", "haku/", "polku/", "saavutettavuusseloste/", "404.html", "offline.html"])
    assert.ok(SEGMENTS.includes(segment), `${segment} in ${SEGMENTS.join(", ")}`);
});

test("no template, browser script or tool writes a page URL or an id itself", () => {
  const found = findInLines(checked(), LITERALS, withoutComments);
  assert.equal(found, [], found.map((f) => `${f.where}  (${f.what})`).join("\n"));
});

test("each pattern finds the literal it is for", () => {
  const examples = [
    'const NETWORK = "/kuka-voi-tukea/";',
    "return `${server.url}haku/?q=kuntoutus`;",
    '<main id="sisalto" tabindex="-1">',
    '<section aria-labelledby="polku-otsikko">',
    '<a class="skip-link" href="#sisalto">',
    'document.querySelector<HTMLFormElement>("#search-form")',
  ];
  for (const example of examples)
    assert.ok(
      LITERALS.some(([, pattern]) => pattern.test(example)),
      example,
    );
  assert.not.ok(LITERALS.some(([, pattern]) => pattern.test('<main id="{{ ids.main() }}">')));
});

test.run();
