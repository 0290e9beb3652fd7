/**
 * content/changes.yaml: validated at file:line:col like the rest of content/,
 * ordered newest first with stable ids in the handbook.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readHandbook } from "../../scripts/data/data-step.ts";
import { contentFixture, messageAt, rejectedProblems } from "../helpers/content-fixture.ts";

const ENTRY = `  - date: 2026-11-23
    kind: guidance
    summary: Käsikirjan ensimmäinen versio koottiin kahdelta lähdesivulta.
    touches:
      pages: [home]
`;

/** Appends an entry to the real changes.yaml. */
const withEntry = (entry: string) => ({ file: "changes.yaml", find: ENTRY, replace: ENTRY + entry });

const rejected = [
  {
    rule: "an unknown action, with a suggestion",
    entry:
      "  - date: 2026-11-24\n    kind: wording\n    summary: Sana korjattiin.\n    touches:\n      actions: [tunnista-riskitekija]\n",
    lineWith: "actions: [tunnista-riskitekija]",
    col: 17,
    field: "changes.1.touches.actions.0",
    message: /^unknown action `tunnista-riskitekija` — did you mean `tunnista-riskitekijat`\?$/,
  },
  {
    rule: "a summary of two sentences",
    entry:
      "  - date: 2026-11-24\n    kind: wording\n    summary: Sana korjattiin. Toinen lause.\n    touches:\n      pages: [home]\n",
    lineWith: "summary: Sana korjattiin. Toinen",
    col: 14,
    field: "changes.1.summary",
    message: /is more than one sentence — say what changed in one sentence$/,
  },
  {
    rule: "a summary that does not end a sentence",
    entry: "  - date: 2026-11-24\n    kind: wording\n    summary: Sana korjattiin\n    touches:\n      pages: [home]\n",
    lineWith: "summary: Sana korjattiin",
    col: 14,
    field: "changes.1.summary",
    message: /does not end a sentence — end it with a full stop$/,
  },
  {
    rule: "a change that names nothing",
    entry: "  - date: 2026-11-24\n    kind: wording\n    summary: Sana korjattiin.\n    touches: {}\n",
    lineWith: "touches: {}",
    col: 14,
    field: "changes.1.touches",
    message: /^names nothing — list the actions, actors, situations, phases, keywords or pages/,
  },
  {
    rule: "a change dated in the future",
    entry:
      "  - date: 2999-01-01\n    kind: wording\n    summary: Sana korjattiin.\n    touches:\n      pages: [home]\n",
    lineWith: "date: 2999-01-01",
    col: 11,
    field: "changes.1.date",
    message: /^`2999-01-01`: is in the future — use the day the change was published$/,
  },
  {
    rule: "a kind that is neither guidance nor wording",
    entry: "  - date: 2026-11-24\n    kind: typo\n    summary: Sana korjattiin.\n    touches:\n      pages: [home]\n",
    lineWith: "kind: typo",
    col: 11,
    field: "changes.1.kind",
    message: /^`typo`: not allowed — expected one of `guidance`, `wording`$/,
  },
  {
    rule: "an unknown index page",
    entry:
      "  - date: 2026-11-24\n    kind: wording\n    summary: Sana korjattiin.\n    touches:\n      pages: [etusivu]\n",
    lineWith: "pages: [etusivu]",
    col: 15,
    field: "changes.1.touches.pages.0",
    message: /^`etusivu`: not allowed — expected one of `home`,/,
  },
];

for (const c of rejected) {
  test(`rejects ${c.rule} at file:line:col`, async () => {
    const fixture = await contentFixture([withEntry(c.entry)]);
    try {
      const problems = await rejectedProblems(fixture);
      const line = await fixture.lineOf("changes.yaml", c.lineWith);
      assert.match(messageAt(problems, `${fixture.shown("changes.yaml")}:${line}:${c.col} ${c.field}: `), c.message);
    } finally {
      await fixture.remove();
    }
  });
}

test("changes come out newest first, a day's entries in file order, each with its own id", async () => {
  const entry = (date: string, summary: string) =>
    `  - date: ${date}\n    kind: wording\n    summary: ${summary}\n    touches:\n      actors: [kela]\n`;
  const fixture = await contentFixture([
    withEntry(entry("2026-11-25", "Ensimmäinen.") + entry("2026-11-24", "Toinen.") + entry("2026-11-25", "Kolmas.")),
  ]);
  try {
    const result = await readHandbook(fixture.dir);
    assert.ok(result.ok);
    if (!result.ok) return;
    assert.equal(
      result.handbook.changes.map((c) => [c.id, c.summary]),
      [
        ["muutos-2026-11-25-1", "Ensimmäinen."],
        ["muutos-2026-11-25-2", "Kolmas."],
        ["muutos-2026-11-24-1", "Toinen."],
        ["muutos-2026-11-23-1", "Käsikirjan ensimmäinen versio koottiin kahdelta lähdesivulta."],
      ],
    );
  } finally {
    await fixture.remove();
  }
});

test.run();
