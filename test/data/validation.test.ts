/**
 * One broken fixture per validation rule of the content's shape and
 * references: each must give its message at the right file:line:col and leave
 * the last handbook.json byte-identical; all problems are reported at once.
 * (Rules about the files themselves: file-errors.test.ts.)
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readHandbook } from "../../scripts/data/data-step.ts";
import { formatProblem } from "../../scripts/data/problems.ts";
import { contentFixture, messageAt, rejectedProblems, type Edit } from "../helpers/content-fixture.ts";

interface Case {
  readonly rule: string;
  readonly edits: readonly Edit[];
  readonly file: string;
  /** The problem's line is the first line of the edited file containing this text. */
  readonly lineWith: string;
  /** Which occurrence of lineWith, when it stands more than once (default 1). */
  readonly nth?: number;
  readonly col: number;
  readonly field: string;
  readonly message: RegExp;
}

const cases: Case[] = [
  {
    rule: "YAML syntax error",
    edits: [{ file: "phases.yaml", find: "name: Primaarivaihe", replace: "name: [Primaarivaihe" }],
    file: "phases.yaml",
    lineWith: "description: Työkyvyn heikentymisen",
    col: 5,
    field: "(syntax)",
    message: /flow sequence|Missing , or :|Flow/i,
  },
  {
    rule: "unknown field, with a suggestion",
    edits: [{ file: "situations/tyoton.yaml", find: "title: Työttömän", replace: "titel: Työttömän" }],
    file: "situations/tyoton.yaml",
    lineWith: "titel:",
    col: 1,
    field: "titel",
    message: /^unknown field `titel` — did you mean `title`\?$/,
  },
  {
    rule: "missing required field",
    edits: [{ file: "actors.yaml", find: "    name: Kela\n", replace: "" }],
    file: "actors.yaml",
    lineWith: "id: kela",
    col: 5,
    field: "actors.4.name",
    message: /^missing required field `name` — add it$/,
  },
  {
    rule: "wrong type",
    edits: [{ file: "situations/tyoton.yaml", find: "order: 1", replace: "order: first" }],
    file: "situations/tyoton.yaml",
    lineWith: "order: first",
    col: 8,
    field: "order",
    message: /^`first`: expected a whole number$/,
  },
  {
    rule: "value outside the allowed set",
    edits: [{ file: "actors.yaml", find: "    kind: personal", replace: "    kind: family" }],
    file: "actors.yaml",
    lineWith: "kind: family",
    col: 11,
    field: "actors.30.kind",
    message: /^`family`: not allowed — expected one of `organisation`, `professional`, `personal`$/,
  },
  {
    rule: "id that is not URL-safe",
    edits: [{ file: "keywords.yaml", find: "{ id: etuudet,", replace: "{ id: Etuudet_2," }],
    file: "keywords.yaml",
    lineWith: "Etuudet_2",
    col: 11,
    field: "keywords.4.id",
    message: /^`Etuudet_2`: not a URL-safe id — use lower-case/,
  },
  {
    rule: "date in the wrong format",
    edits: [{ file: "sources.yaml", find: "updated: 2021-08-27", replace: "updated: 27.8.2021" }],
    file: "sources.yaml",
    lineWith: "updated: 27.8.2021",
    col: 14,
    field: "sources.0.updated",
    message: /^`27\.8\.2021`: expected a date as YYYY-MM-DD/,
  },
  {
    rule: "date that does not exist",
    edits: [{ file: "sources.yaml", find: "updated: 2023-12-08", replace: "updated: 2023-02-30" }],
    file: "sources.yaml",
    lineWith: "updated: 2023-02-30",
    col: 14,
    field: "sources.1.updated",
    message: /^`2023-02-30`: no such day in the calendar/,
  },
  {
    rule: "empty list",
    edits: [{ file: "network.yaml", find: /questions:\n(\s+- .*\n)+/, replace: "questions: []\n" }],
    file: "network.yaml",
    lineWith: "questions: []",
    col: 16,
    field: "together.clientFactors.questions",
    message: /^is empty — list at least 1 item/,
  },
  {
    rule: "duplicate id",
    edits: [{ file: "actions.yaml", find: "- id: osallistu-yhteistyohon", replace: "- id: tunnista-riskitekijat" }],
    file: "actions.yaml",
    lineWith: "- id: tunnista-riskitekijat",
    nth: 2,
    col: 9,
    field: "actions.20.id",
    message: /^duplicate action id `tunnista-riskitekijat` — already used at .*actions\.yaml:11:9/,
  },
  {
    rule: "unknown action in a matrix, with a suggestion",
    edits: [
      {
        file: "situations/tyoton.yaml",
        find: "    - tunnista-kuntoutustarve\n    - sovi-kuka-jatkaa",
        replace: "    - tunnista-kuntoutustarv\n    - sovi-kuka-jatkaa",
      },
    ],
    file: "situations/tyoton.yaml",
    lineWith: "- tunnista-kuntoutustarv\n",
    col: 7,
    field: "matrix.primaarivaihe.2",
    message: /^unknown action `tunnista-kuntoutustarv` — did you mean `tunnista-kuntoutustarve`\?$/,
  },
  {
    rule: "a phase missing from a matrix",
    edits: [{ file: "situations/tyoton.yaml", find: "  sekundaarivaihe:", replace: "  sekundarivaihe:" }],
    file: "situations/tyoton.yaml",
    lineWith: "primaarivaihe:",
    col: 3,
    field: "matrix",
    message: /^missing phase `sekundaarivaihe` — every situation has one cell per phase/,
  },
  {
    rule: "an unknown phase in a matrix, with a suggestion",
    edits: [{ file: "situations/tyoton.yaml", find: "  sekundaarivaihe:", replace: "  sekundarivaihe:" }],
    file: "situations/tyoton.yaml",
    lineWith: "sekundarivaihe:",
    col: 3,
    field: "matrix.sekundarivaihe",
    message: /^unknown phase `sekundarivaihe` — did you mean `sekundaarivaihe`\?$/,
  },
  {
    rule: "a cell with no actions",
    edits: [
      {
        file: "situations/tyossa-ilman-tyoterveyshuoltoa.yaml",
        find: / {2}tertiaarivaihe:\n( {4}- .*\n)+/,
        replace: "  tertiaarivaihe: []\n",
      },
    ],
    file: "situations/tyossa-ilman-tyoterveyshuoltoa.yaml",
    lineWith: "tertiaarivaihe: []",
    col: 19,
    field: "matrix.tertiaarivaihe",
    message: /^has no actions — list at least one action id$/,
  },
  {
    rule: "the same action twice in one cell",
    edits: [
      {
        file: "situations/tyoton.yaml",
        find: "    - sovi-kuka-jatkaa\n",
        replace: "    - sovi-kuka-jatkaa\n    - sovi-kuka-jatkaa\n",
      },
    ],
    file: "situations/tyoton.yaml",
    lineWith: "- sovi-kuka-jatkaa",
    nth: 2,
    col: 7,
    field: "matrix.primaarivaihe.4",
    message: /^action `sovi-kuka-jatkaa` stands twice in this cell/,
  },
  {
    rule: "unknown actor, with a suggestion",
    edits: [{ file: "actions.yaml", find: "      ESR: esr", replace: "      ESR: esrr" }],
    file: "actions.yaml",
    lineWith: "ESR: esrr",
    col: 12,
    field: "actions.18.actors.ESR",
    message: /^unknown actor `esrr` — did you mean `esr`\?$/,
  },
  {
    rule: "actor words that are not in the text",
    edits: [{ file: "actions.yaml", find: "      STEA: stea", replace: "      STEAA: stea" }],
    file: "actions.yaml",
    lineWith: "STEAA: stea",
    col: 7,
    field: "actions.18.actors.STEAA",
    message: /^`STEAA` does not occur in the text — copy the words exactly/,
  },
  {
    rule: "unknown keyword, with a suggestion",
    edits: [
      { file: "phases.yaml", find: "keywords: [tyokyvyn-alentuminen]", replace: "keywords: [tyokyvyn-alenemnen]" },
    ],
    file: "phases.yaml",
    lineWith: "tyokyvyn-alenemnen",
    col: 16,
    field: "phases.1.keywords.0",
    message: /^unknown keyword `tyokyvyn-alenemnen` — did you mean `tyokyvyn-alentuminen`\?$/,
  },
  {
    rule: "unknown source",
    edits: [{ file: "situations/tyoton.yaml", find: "source: tyokyvyn-tukeminen", replace: "source: tyokyky" }],
    file: "situations/tyoton.yaml",
    lineWith: "source: tyokyky",
    col: 9,
    field: "source",
    message: /^unknown source `tyokyky` — expected one of `tyokyvyn-tukeminen`, `kuka-voi-tukea`$/,
  },
  {
    rule: "unknown situation in a network group",
    edits: [
      { file: "network.yaml", find: "serves: [tyoterveyshuollon-piirissa]", replace: "serves: [tyoterveyshuolto]" },
    ],
    file: "network.yaml",
    lineWith: "serves: [tyoterveyshuolto]",
    col: 16,
    field: "networks.groups.0.serves.0",
    message: /^unknown situation `tyoterveyshuolto`/,
  },
  {
    rule: "two situations with the same order",
    edits: [{ file: "situations/tyoterveyshuollon-piirissa.yaml", find: "order: 3", replace: "order: 1" }],
    file: "situations/tyoton.yaml",
    lineWith: "order: 1",
    col: 8,
    field: "order",
    message: /^order 1 is already used by .*tyoterveyshuollon-piirissa\.yaml/,
  },
  {
    rule: "an action that stands in no cell",
    edits: [
      { file: "situations/tyoterveyshuollon-piirissa.yaml", find: "    - osallistu-yhteistyohon\n", replace: "" },
    ],
    file: "actions.yaml",
    lineWith: "- id: osallistu-yhteistyohon",
    col: 9,
    field: "actions.20.id",
    message: /^action `osallistu-yhteistyohon` stands in no situation's matrix/,
  },
  {
    rule: "a keyword nothing uses",
    edits: [
      {
        file: "keywords.yaml",
        find: "  - { id: etuudet, label: etuudet }\n",
        replace: "  - { id: etuudet, label: etuudet }\n  - { id: orpo, label: orpo }\n",
      },
    ],
    file: "keywords.yaml",
    lineWith: "orpo",
    col: 11,
    field: "keywords.5.id",
    message: /^keyword `orpo` is used by no action, phase or situation/,
  },
  {
    rule: "an actor nothing names",
    edits: [
      {
        file: "actors.yaml",
        find: "  # The client's own people\n",
        replace: "  - id: orpo\n    name: orpo\n    kind: organisation\n",
      },
    ],
    file: "actors.yaml",
    lineWith: "- id: orpo",
    col: 9,
    field: "actors.30.id",
    message: /^actor `orpo` is named by no action, network list or service/,
  },
  {
    rule: "an actor part of itself",
    edits: [{ file: "actors.yaml", find: "    partOf: kela", replace: "    partOf: kelan-palveluasiantuntija" }],
    file: "actors.yaml",
    lineWith: "partOf: kelan-palveluasiantuntija",
    col: 13,
    field: "actors.26.partOf",
    message: /^an actor cannot be part of itself/,
  },
  {
    rule: "a prose file that does not exist",
    edits: [
      { file: "network.yaml", find: "body: prose/laakarin-kaksoisrooli.md", replace: "body: prose/kaksoisrooli.md" },
    ],
    file: "network.yaml",
    lineWith: "body: prose/kaksoisrooli.md",
    col: 9,
    field: "doctorsDualRole.body",
    message: /^no such file `prose\/kaksoisrooli\.md`/,
  },
  {
    rule: "a missing or wrong $schema line",
    edits: [
      { file: "keywords.yaml", find: "$schema=.schema/keywords.schema.json", replace: "$schema=.schema/keyword.json" },
    ],
    file: "keywords.yaml",
    lineWith: "yaml-language-server",
    col: 1,
    field: "(schema line)",
    message: /^the first line must be `# yaml-language-server: \$schema=\.schema\/keywords\.schema\.json`$/,
  },
];

for (const c of cases) {
  test(`rejects ${c.rule} at file:line:col, leaving handbook.json as it was`, async () => {
    const fixture = await contentFixture(c.edits);
    try {
      const problems = await rejectedProblems(fixture);
      const line = await fixture.lineOf(c.file, c.lineWith.replace(/\n$/, ""), c.nth);
      assert.match(messageAt(problems, `${fixture.shown(c.file)}:${line}:${c.col} ${c.field}: `), c.message);
    } finally {
      await fixture.remove();
    }
  });
}

test("reports every problem of every file at once, in file order", async () => {
  const fixture = await contentFixture([
    { file: "sources.yaml", find: "updated: 2021-08-27", replace: "updated: 2021-13-01" },
    { file: "actors.yaml", find: "    kind: personal", replace: "    kind: family" },
    { file: "actors.yaml", find: "name: TE-toimisto", replace: "nimi: TE-toimisto" },
  ]);
  try {
    const result = await readHandbook(fixture.dir);
    assert.is(result.ok, false);
    if (result.ok) return;
    const shown = result.problems.map(formatProblem);
    assert.is(shown.length, 4, shown.join("\n"));
    assert.ok(shown[0]!.startsWith(fixture.shown("actors.yaml")));
    assert.ok(shown[3]!.startsWith(fixture.shown("sources.yaml")));
  } finally {
    await fixture.remove();
  }
});

test("the real content validates", async () => {
  const result = await readHandbook("content");
  assert.ok(result.ok, result.ok ? "" : result.problems.map(formatProblem).join("\n"));
});

test.run();
