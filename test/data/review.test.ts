/**
 * Review dates (content/sources.yaml `reviewed` + `reviewInterval` or
 * `nextReview`): validated at file:line:col, worked out into the handbook,
 * a warning (never an error) once overdue, and listed by the review report.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { addMonths, combinedReview } from "../../lib/handbook/review.ts";
import { buildData, readHandbook } from "../../scripts/data/data-step.ts";
import { formatWarning } from "../../scripts/data/problems.ts";
import { reviewReport } from "../../scripts/data/review-report.ts";
import { contentFixture, messageAt, rejectedProblems, type Edit } from "../helpers/content-fixture.ts";

const FIRST = "    reviewed: 2026-11-23\n    reviewInterval: 12\n  - id: kuka-voi-tukea";

const rejected: ReadonlyArray<{
  rule: string;
  edit: Edit;
  lineWith: string;
  col: number;
  field: string;
  message: RegExp;
}> = [
  {
    rule: "a review date in the future",
    edit: { file: "sources.yaml", find: FIRST, replace: FIRST.replace("2026-11-23", "2999-01-01") },
    lineWith: "reviewed: 2999-01-01",
    col: 15,
    field: "sources.0.reviewed",
    message: /^`2999-01-01`: is in the future — use the day the content was checked/,
  },
  {
    rule: "a review date that does not exist",
    edit: { file: "sources.yaml", find: FIRST, replace: FIRST.replace("2026-11-23", "2026-02-30") },
    lineWith: "reviewed: 2026-02-30",
    col: 15,
    field: "sources.0.reviewed",
    message: /^`2026-02-30`: no such day in the calendar/,
  },
  {
    rule: "no next review",
    edit: { file: "sources.yaml", find: FIRST, replace: FIRST.replace("    reviewInterval: 12\n", "") },
    lineWith: "reviewed: 2026-11-23",
    col: 15,
    field: "sources.0.reviewed",
    message: /^no next review — add `reviewInterval: 12` \(months\) or `nextReview: YYYY-MM-DD`$/,
  },
  {
    rule: "both an interval and a next review",
    edit: { file: "sources.yaml", find: FIRST, replace: FIRST.replace("12\n", "12\n    nextReview: 2027-06-01\n") },
    lineWith: "nextReview: 2027-06-01",
    col: 17,
    field: "sources.0.nextReview",
    message: /^give `reviewInterval` or `nextReview`, not both/,
  },
  {
    rule: "a next review before the last one",
    edit: { file: "sources.yaml", find: FIRST, replace: FIRST.replace("reviewInterval: 12", "nextReview: 2026-01-01") },
    lineWith: "nextReview: 2026-01-01",
    col: 17,
    field: "sources.0.nextReview",
    message: /^is not after `reviewed` \(2026-11-23\)/,
  },
  {
    rule: "an interval of no months",
    edit: { file: "sources.yaml", find: FIRST, replace: FIRST.replace("reviewInterval: 12", "reviewInterval: 0") },
    lineWith: "reviewInterval: 0",
    col: 21,
    field: "sources.0.reviewInterval",
    message: /^`0`: expected at least 1 month$/,
  },
];

for (const c of rejected) {
  test(`rejects ${c.rule} at file:line:col`, async () => {
    const fixture = await contentFixture([c.edit]);
    try {
      const problems = await rejectedProblems(fixture);
      const line = await fixture.lineOf("sources.yaml", c.lineWith);
      assert.match(messageAt(problems, `${fixture.shown("sources.yaml")}:${line}:${c.col} ${c.field}: `), c.message);
    } finally {
      await fixture.remove();
    }
  });
}

test("the next review is the interval's months after the last, or the date given", async () => {
  assert.is(addMonths("2026-11-23", 12), "2027-11-23");
  assert.is(addMonths("2026-08-31", 6), "2027-02-28");
  assert.is(addMonths("2027-12-15", 1), "2028-01-15");
  const fixture = await contentFixture([
    { file: "sources.yaml", find: FIRST, replace: FIRST.replace("reviewInterval: 12", "nextReview: 2027-03-01") },
  ]);
  try {
    const result = await readHandbook(fixture.dir);
    assert.ok(result.ok);
    if (!result.ok) return;
    const [first, second] = result.handbook.sources;
    assert.equal([first!.nextReview, second!.nextReview], ["2027-03-01", "2027-11-23"]);
    // A page drawing on both: checked when the less recent was, due when the first is.
    assert.equal(combinedReview([first!, { reviewed: "2026-12-01", nextReview: "2027-01-01" }]), {
      reviewed: "2026-11-23",
      nextReview: "2027-01-01",
    });
  } finally {
    await fixture.remove();
  }
});

test("an overdue review is a warning at its field: the handbook is still written", async () => {
  const fixture = await contentFixture();
  try {
    const onTime = await buildData(fixture.dir, fixture.out, "2027-11-23");
    assert.ok(onTime.ok && onTime.warnings.length === 0, "a review due today is not overdue");
    const late = await buildData(fixture.dir, fixture.out, "2027-11-24");
    assert.ok(late.ok, "an overdue review failed the data step");
    if (!late.ok) return;
    const line = await fixture.lineOf("sources.yaml", "reviewed: 2026-11-23");
    assert.equal(late.warnings.map(formatWarning).slice(0, 1), [
      `warning: ${fixture.shown("sources.yaml")}:${line}:15 sources.0.reviewed: review of \`tyokyvyn-tukeminen\` was due on 2027-11-23 (1 days ago) — check the content against the source, then set \`reviewed\` to that day`,
    ]);
    assert.is(late.warnings.length, 2);
  } finally {
    await fixture.remove();
  }
});

test("the review report lists the one due first at the top and marks what is overdue", () => {
  const items = [
    { what: "b", title: "Later", reviewed: "2026-06-01", nextReview: "2027-06-01" },
    { what: "a", title: "Sooner", reviewed: "2025-01-01", nextReview: "2026-01-01" },
    { what: "c", title: "Soon", reviewed: "2026-01-10", nextReview: "2026-12-10" },
  ];
  const report = reviewReport(items, "2026-12-01");
  assert.match(report[1]!, /^OVERDUE {3}2026-01-01 \(334 days ago\) {2}a — Sooner, last checked 2025-01-01$/);
  assert.match(report[2]!, /^DUE SOON {2}2026-12-10 \(in 9 days\) {2}c/);
  assert.match(report[3]!, /^OK {8}2027-06-01/);
  assert.is(report.at(-1), "1 overdue, 1 due within 30 days.");
  assert.is(reviewReport(items.slice(0, 1), "2026-12-01").at(-1), "0 overdue, 0 due within 30 days.");
});

test.run();
