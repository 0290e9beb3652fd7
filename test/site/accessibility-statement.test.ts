/**
 * The accessibility statement is true by construction: it is generated from
 * src/_data/accessibility.json, and this suite checks every claim in that file
 * against the checks themselves — so a criterion cannot be claimed without
 * the check that verifies it — and that the statement keeps the parts the law
 * (306/2019) requires.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { LANGUAGES, type Language } from "../../lib/languages.ts";
import { translate, type UiTable } from "../../lib/ui-text.ts";
import { urlsIn } from "../../lib/urls.ts";
import { readPage, SITE_DIR, text } from "../helpers/site.ts";
import { buildSwedishSite, SWEDISH_DIR } from "../helpers/swedish-site.ts";
import fi from "../../src/ui/fi.json" with { type: "json" };
import sv from "../../src/ui/sv.json" with { type: "json" };

interface TestRef {
  readonly file: string;
  readonly description: string;
}

interface Criterion {
  readonly id: string;
  readonly level: "A" | "AA";
  /** In every language of the site. */
  readonly name: Readonly<Record<Language, string>>;
  readonly axe?: readonly string[];
  readonly htmlcs?: boolean;
  readonly tests?: readonly string[];
  readonly manual?: string;
  readonly notApplicable?: string;
  readonly issue?: Readonly<Record<Language, string>>;
}

interface Claims {
  readonly standard: string;
  readonly level: string;
  readonly reviewed: string;
  readonly tests: Readonly<Record<string, TestRef>>;
  readonly criteria: readonly Criterion[];
}

const claims = JSON.parse(readFileSync("src/_data/accessibility.json", "utf8")) as Claims;

/** WCAG 2.2's level A and AA success criteria (4.1.1 Parsing is obsolete in 2.2). */
const WCAG22_A_AA: ReadonlyArray<readonly [string, "A" | "AA"]> = [
  ["1.1.1", "A"],
  ["1.2.1", "A"],
  ["1.2.2", "A"],
  ["1.2.3", "A"],
  ["1.2.4", "AA"],
  ["1.2.5", "AA"],
  ["1.3.1", "A"],
  ["1.3.2", "A"],
  ["1.3.3", "A"],
  ["1.3.4", "AA"],
  ["1.3.5", "AA"],
  ["1.4.1", "A"],
  ["1.4.2", "A"],
  ["1.4.3", "AA"],
  ["1.4.4", "AA"],
  ["1.4.5", "AA"],
  ["1.4.10", "AA"],
  ["1.4.11", "AA"],
  ["1.4.12", "AA"],
  ["1.4.13", "AA"],
  ["2.1.1", "A"],
  ["2.1.2", "A"],
  ["2.1.4", "A"],
  ["2.2.1", "A"],
  ["2.2.2", "A"],
  ["2.3.1", "A"],
  ["2.4.1", "A"],
  ["2.4.2", "A"],
  ["2.4.3", "A"],
  ["2.4.4", "A"],
  ["2.4.5", "AA"],
  ["2.4.6", "AA"],
  ["2.4.7", "AA"],
  ["2.4.11", "AA"],
  ["2.5.1", "A"],
  ["2.5.2", "A"],
  ["2.5.3", "A"],
  ["2.5.4", "A"],
  ["2.5.7", "AA"],
  ["2.5.8", "AA"],
  ["3.1.1", "A"],
  ["3.1.2", "AA"],
  ["3.2.1", "A"],
  ["3.2.2", "A"],
  ["3.2.3", "AA"],
  ["3.2.4", "AA"],
  ["3.2.6", "A"],
  ["3.3.1", "A"],
  ["3.3.2", "A"],
  ["3.3.3", "AA"],
  ["3.3.4", "AA"],
  ["3.3.7", "A"],
  ["3.3.8", "AA"],
  ["4.1.2", "A"],
  ["4.1.3", "AA"],
];

/** The axe tags our pa11y run asks for (test/helpers/pa11y-runner-axe-wcag22.cjs). */
const AXE_TAGS_RUN = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const require = createRequire(import.meta.url);
const axeRules = new Map(
  (require("axe-core") as { getRules(): Array<{ ruleId: string; tags: string[] }> })
    .getRules()
    .map((rule) => [rule.ruleId, rule.tags]),
);
const htmlcsRoot = "node_modules/@pa11y/html_codesniffer/Standards";
const htmlcsRuleset = readFileSync(`${htmlcsRoot}/WCAG2AA/ruleset.js`, "utf8");

/** "2.4.11" → the sniff HTML_CodeSniffer's WCAG2AA standard runs for it, "Principle2.Guideline2_4.2_4_11". */
const sniffOf = (id: string) => {
  const [principle, guideline, criterion] = id.split(".");
  return `Principle${principle}.Guideline${principle}_${guideline}.${principle}_${guideline}_${criterion}`;
};

/**
 * A test the statement cites carries its id on the line above it, so its title
 * can change without changing a claim: `// accessibility-statement: focus`.
 */
const CITED = /^[ \t]*\/\/ accessibility-statement: (\S+)\n[ \t]*test\(/gm;
const MARKER = /^[ \t]*\/\/ accessibility-statement:/gm;

/** Every test file under test/, with its source. */
const testSources = new Map(
  readdirSync("test", { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".test.ts"))
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      return [file, readFileSync(file, "utf8")] as const;
    }),
);

/** Where each cited id stands, and the markers that stand above no test. */
function citations(sources: ReadonlyMap<string, string>) {
  const files = new Map<string, string[]>();
  const stray: string[] = [];
  for (const [file, source] of sources) {
    const ids = [...source.matchAll(CITED)].map((match) => match[1]!);
    for (const id of ids) files.set(id, [...(files.get(id) ?? []), file]);
    if ((source.match(MARKER) ?? []).length > ids.length) stray.push(file);
  }
  return { files, stray };
}

/** Every claim that no check stands behind, as readable problems. */
export function unsupportedClaims(data: Claims, sources: ReadonlyMap<string, string> = testSources): string[] {
  const problems: string[] = [];
  const claimed = (c: Criterion) => Boolean(c.axe?.length || c.htmlcs || c.tests?.length || c.manual);
  for (const c of data.criteria) {
    const where = `${c.id} ${c.name.fi}`;
    if (c.notApplicable && claimed(c)) problems.push(`${where}: both not applicable and checked`);
    if (!c.notApplicable && !claimed(c)) problems.push(`${where}: claimed without any check`);
    const tag = `wcag${c.id.replaceAll(".", "")}`;
    for (const rule of c.axe ?? []) {
      const tags = axeRules.get(rule);
      if (!tags) problems.push(`${where}: axe has no rule ${rule}`);
      else if (!tags.includes(tag))
        problems.push(`${where}: axe rule ${rule} is not about this criterion (${tags.join(", ")})`);
      else if (tags.includes("experimental") || tags.includes("deprecated"))
        problems.push(`${where}: axe does not run ${rule} (${tags.join(", ")})`);
      else if (!tags.some((t) => AXE_TAGS_RUN.includes(t)))
        problems.push(`${where}: our run does not ask axe for ${rule}`);
    }
    if (c.htmlcs) {
      const sniff = sniffOf(c.id);
      const file = `${htmlcsRoot}/WCAG2AAA/Sniffs/${sniff.split(".").slice(0, 2).join("/")}/${sniff.split(".")[2]}.js`;
      if (!htmlcsRuleset.includes(`'${sniff}'`))
        problems.push(`${where}: HTML_CodeSniffer's WCAG2AA does not run ${sniff}`);
      else if (!existsSync(file) || !readFileSync(file, "utf8").includes("HTMLCS.ERROR"))
        problems.push(`${where}: ${sniff} reports no errors, only notices`);
    }
    for (const key of c.tests ?? []) if (!data.tests[key]) problems.push(`${where}: no test called ${key}`);
  }
  const { files, stray } = citations(sources);
  for (const [key, ref] of Object.entries(data.tests)) {
    const found = files.get(key) ?? [];
    if (!existsSync(ref.file)) problems.push(`test ${key}: ${ref.file} does not exist`);
    else if (!found.includes(ref.file)) problems.push(`test ${key}: ${ref.file} has no test marked ${key}`);
    if (found.length > 1) problems.push(`test ${key}: marked in ${found.length} places (${found.join(", ")}), not one`);
  }
  for (const key of files.keys()) if (!data.tests[key]) problems.push(`test ${key} is marked but not in the statement`);
  for (const file of stray) problems.push(`${file}: an accessibility-statement marker stands above no test`);
  const used = new Set(data.criteria.flatMap((c) => c.tests ?? []));
  for (const key of Object.keys(data.tests))
    if (!used.has(key)) problems.push(`test ${key} is listed but verifies no criterion`);
  const reviewed = new Date(data.reviewed);
  if (Number.isNaN(reviewed.getTime()) || reviewed > new Date())
    problems.push(`reviewed: ${data.reviewed} is not a past date`);
  return problems;
}

test("the data file lists exactly WCAG 2.2's A and AA criteria, each once, with its level", () => {
  assert.is(claims.standard, "WCAG 2.2");
  assert.is(claims.level, "AA");
  assert.equal(
    claims.criteria.map((c) => [c.id, c.level]),
    WCAG22_A_AA.map(([id, level]) => [id, level]),
  );
});

test("every claim is backed by a check that exists, runs and belongs to the criterion", () => {
  assert.equal(unsupportedClaims(claims), []);
  const checks = claims.criteria.reduce(
    (n, c) => n + (c.axe?.length ?? 0) + (c.tests?.length ?? 0) + (c.htmlcs ? 1 : 0),
    0,
  );
  assert.ok(checks >= 80, `only ${checks} checks`);
});

test("a claim without its check is caught: a missing test, another criterion's axe rule, a notice-only sniff, no check at all", () => {
  const broken: Claims = {
    ...claims,
    tests: { ...claims.tests, ghost: { file: "test/browser/focus.test.ts", description: "" } },
    criteria: claims.criteria.map((c) =>
      c.id === "2.4.11"
        ? { ...c, tests: ["ghost"] }
        : c.id === "1.4.3"
          ? { ...c, axe: ["image-alt"] }
          : c.id === "2.4.5"
            ? { ...c, htmlcs: true }
            : c.id === "3.2.4"
              ? { id: c.id, level: c.level, name: c.name }
              : c,
    ),
  };
  const problems = unsupportedClaims(broken);
  for (const expected of [
    "test ghost: test/browser/focus.test.ts has no test marked ghost",
    "1.4.3 Kontrasti (minimi): axe rule image-alt is not about",
    "2.4.5 Useita tapoja: Principle2.Guideline2_4.2_4_5 reports no errors",
    "3.2.4 Johdonmukainen tunnistaminen: claimed without any check",
  ]) {
    assert.ok(
      problems.some((p) => p.startsWith(expected)),
      `not caught: ${expected}\n${problems.join("\n")}`,
    );
  }
});

test("a cited test is found by its id, whatever its title; a lost, doubled, stray or unknown id is caught", () => {
  const focus = "test/browser/focus.test.ts";
  const source = testSources.get(focus)!;
  const edited = (file: string, text: string) => new Map([...testSources, [file, text]]);
  const renamed = source.replace(/(accessibility-statement: focus\n\s*test\()[^,]*/, "$1`a title nobody cited`");
  assert.not.equal(renamed, source);
  assert.equal(unsupportedClaims(claims, edited(focus, renamed)), [], "renaming the test changed a claim");
  const cases: ReadonlyArray<readonly [string, ReadonlyMap<string, string>, string]> = [
    [
      "marker removed",
      edited(focus, source.replace("// accessibility-statement: focus\n", "")),
      "test focus: test/browser/focus.test.ts has no test marked focus",
    ],
    [
      "marker doubled",
      edited("test/x.test.ts", '// accessibility-statement: focus\ntest("x", () => {});'),
      "test focus: marked in 2 places",
    ],
    [
      "marker above no test",
      edited("test/x.test.ts", "// accessibility-statement: focus\nconst x = 1;"),
      "test/x.test.ts: an accessibility-statement marker stands above no test",
    ],
    [
      "unknown id",
      edited("test/x.test.ts", '// accessibility-statement: ghost\ntest("x", () => {});'),
      "test ghost is marked but not in the statement",
    ],
  ];
  for (const [what, sources, expected] of cases) {
    const problems = unsupportedClaims(claims, sources);
    assert.ok(
      problems.some((p) => p.startsWith(expected)),
      `${what}: not caught\n${problems.join("\n")}`,
    );
  }
});

test("every criterion, and every known problem, is named in every language the site can be built in", () => {
  for (const c of claims.criteria)
    for (const language of LANGUAGES) {
      assert.ok(c.name[language]?.trim(), `${c.id} has no name in ${language}`);
      if (c.issue) assert.ok(c.issue[language]?.trim(), `${c.id}'s issue is not stated in ${language}`);
    }
});

const STATEMENTS: ReadonlyArray<readonly [Language, UiTable, () => Promise<string>]> = [
  ["fi", fi, () => Promise.resolve(SITE_DIR)],
  ["sv", sv, async () => (await buildSwedishSite(), SWEDISH_DIR)],
];

for (const [language, table, site] of STATEMENTS)
  test(`the statement in ${language} names every criterion in ${language}, with how it is verified, and has the parts the law requires`, async () => {
    const page = readPage(urlsIn(language).accessibility(), await site());
    const say = (key: string) => translate(table, key, { standard: claims.standard, level: claims.level });
    const main = text(page.querySelector("main"));
    const rows = page.querySelectorAll("table.criteria tbody tr");
    assert.is(rows.length, claims.criteria.length);
    claims.criteria.forEach((c, index) => {
      const row = text(rows[index]);
      assert.ok(row.startsWith(`${c.id} ${c.name[language]}`), row);
      // The name is in the page's own language: not marked as another's.
      assert.is(
        rows[index]!.querySelector("th [lang]"),
        null,
        `${c.id}: ${rows[index]!.querySelector("th")!.toString()}`,
      );
      for (const key of c.tests ?? []) assert.ok(row.includes(claims.tests[key]!.description), `${c.id}: ${key}`);
      for (const rule of c.axe ?? []) assert.ok(row.includes(rule), `${c.id}: ${rule}`);
      if (c.notApplicable) assert.ok(row.includes(c.notApplicable), c.id);
    });
    // Known problems are stated as non-accessible content, and make the conformance partial.
    const issues = claims.criteria.filter((c) => c.issue);
    for (const c of issues) assert.ok(main.includes(c.issue![language]), `${c.id}'s issue is not stated`);
    assert.ok(
      main.includes(say(issues.length ? "a11y.conformancePartial" : "a11y.conformanceFull")),
      "no conformance statement",
    );
    // How the statement was made and when; non-accessible content; feedback channel and supervisory authority, each with a link.
    assert.ok(main.includes(say("a11y.assessment")) && main.includes(say("a11y.date")), "how and when it was made");
    const headings = page.querySelectorAll("main h2").map(text);
    for (const key of ["conformanceHeading", "gapsHeading", "feedbackHeading", "supervisorHeading"])
      assert.ok(headings.includes(say(`a11y.${key}`)), key);
    for (const heading of page
      .querySelectorAll("main h2")
      .filter((h) => [say("a11y.feedbackHeading"), say("a11y.supervisorHeading")].includes(text(h)))) {
      const href = heading.nextElementSibling?.querySelector("a")?.getAttribute("href") ?? "";
      assert.match(href, /^(mailto:|https?:)/, `${text(heading)}: no link to write to`);
    }
  });

test.run();
