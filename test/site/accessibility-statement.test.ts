/**
 * The accessibility statement is true by construction: it is generated from
 * src/_data/accessibility.json, and this suite checks every claim in that file
 * against the checks themselves — so a criterion cannot be claimed without
 * the check that verifies it — and that the statement keeps the parts the law
 * (306/2019) requires.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { urls } from "../../lib/urls.ts";
import { readPage, text } from "../helpers/site.ts";

interface TestRef {
  readonly file: string;
  readonly title: string;
  readonly description: string;
}

interface Criterion {
  readonly id: string;
  readonly level: "A" | "AA";
  readonly name: string;
  readonly axe?: readonly string[];
  readonly htmlcs?: boolean;
  readonly tests?: readonly string[];
  readonly manual?: string;
  readonly notApplicable?: string;
  readonly issue?: string;
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

/** Every claim that no check stands behind, as readable problems. */
export function unsupportedClaims(data: Claims): string[] {
  const problems: string[] = [];
  const claimed = (c: Criterion) => Boolean(c.axe?.length || c.htmlcs || c.tests?.length || c.manual);
  for (const c of data.criteria) {
    const where = `${c.id} ${c.name}`;
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
    for (const key of c.tests ?? []) {
      const ref = data.tests[key];
      if (!ref) problems.push(`${where}: no test called ${key}`);
      else if (!existsSync(ref.file)) problems.push(`${where}: ${ref.file} does not exist`);
      else if (
        !new RegExp(`test\\(["\`]${ref.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`).test(
          readFileSync(ref.file, "utf8"),
        )
      ) {
        problems.push(`${where}: ${ref.file} has no test "${ref.title}…"`);
      }
    }
  }
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
  assert.is(claims.criteria.length, 55);
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
    tests: { ...claims.tests, ghost: { file: "test/browser/focus.test.ts", title: "no such test", description: "" } },
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
    "2.4.11 Kohdistus ei peity (minimi): test/browser/focus.test.ts has no test",
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

test("the statement shows every criterion with how it is verified, and the parts the law requires", () => {
  const page = readPage(urls.accessibility());
  const main = text(page.querySelector("main"));
  assert.ok(main.includes(claims.standard) && main.includes(`${claims.level}-tason`), "no conformance statement");
  const rows = page.querySelectorAll("table.criteria tbody tr");
  assert.is(rows.length, claims.criteria.length);
  claims.criteria.forEach((c, index) => {
    const row = text(rows[index]);
    assert.ok(row.startsWith(`${c.id} ${c.name}`), row);
    for (const key of c.tests ?? []) assert.ok(row.includes(claims.tests[key]!.description), `${c.id}: ${key}`);
    for (const rule of c.axe ?? []) assert.ok(row.includes(rule), `${c.id}: ${rule}`);
    if (c.notApplicable) assert.ok(row.includes(c.notApplicable), c.id);
  });
  // Known problems are stated as non-accessible content, and make the conformance partial.
  const issues = claims.criteria.filter((c) => c.issue);
  for (const c of issues) assert.ok(main.includes(c.issue!), `${c.id}'s issue is not stated`);
  assert.is(main.includes("täyttää osittain"), issues.length > 0);
  // Feedback channel and supervisory authority, each with a link.
  const headings = page.querySelectorAll("main h2").map(text);
  for (const heading of ["Vaatimustenmukaisuus", "Tunnetut puutteet", "Palaute", "Valvontaviranomainen"])
    assert.ok(headings.includes(heading), heading);
  for (const heading of page
    .querySelectorAll("main h2")
    .filter((h) => ["Palaute", "Valvontaviranomainen"].includes(text(h)))) {
    const href = heading.nextElementSibling?.querySelector("a")?.getAttribute("href") ?? "";
    assert.match(href, /^(mailto:|https?:)/, `${text(heading)}: no link to write to`);
  }
});

test.run();
