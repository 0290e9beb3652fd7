/**
 * The files of content/ themselves, as a careless editor or an attacker may
 * leave them: each case gets its own message at its own file:line:col, and
 * the last good handbook.json stays byte-identical.
 */
import { execFile } from "node:child_process";
import { chmod, mkdir, readFile, rename, rm, symlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildData, readHandbook } from "../../scripts/data/data-step.ts";
import { formatProblem } from "../../scripts/data/problems.ts";
import { contentFixture, messageAt, rejectedProblems, type Edit, type Fixture } from "../helpers/content-fixture.ts";

const run = promisify(execFile);

interface Case {
  readonly rule: string;
  readonly edits?: readonly Edit[];
  /** Changes to the fixture's files beyond text edits. */
  readonly setup?: (fixture: Fixture) => Promise<void>;
  /** The file the problem names, inside content/. */
  readonly file: string;
  /** Where: a fixed line and column, or the first line containing `lineWith` (column of `colOf` in it, or `col`). */
  readonly at: { line: number; col: number } | { lineWith: string; colOf?: string; col?: number };
  readonly field: string;
  readonly message: RegExp;
  /** Problems the fixture must give in all (default: whatever else follows from the breakage). */
  readonly count?: number;
}

/** Nobody (uid 65534) when the tests run as root, whom file permissions do not stop. */
const NOBODY = 65534;

/** Runs `action` with file access checked as an ordinary user, even when the tests run as root. */
async function asOrdinaryUser<T>(fixture: Fixture, action: () => Promise<T>): Promise<T> {
  if (process.getuid?.() !== 0 || !process.seteuid) return action();
  // Nobody must get into the fixture and write the JSON Schemas and the output there.
  for (const dir of [dirname(fixture.dir), fixture.dir, dirname(fixture.out)]) await chmod(dir, 0o777);
  process.seteuid(NOBODY);
  try {
    return await action();
  } finally {
    process.seteuid(0);
  }
}

const ALIAS_BOMB = [
  "lol1: &a [x, x, x, x, x, x, x, x, x]",
  ...Array.from(
    { length: 8 },
    (_, i) => `lol${i + 2}: &${"bcdefghi"[i]} [${Array(9).fill(`*${"abcdefgh"[i]}`).join(", ")}]`,
  ),
];

const cases: Case[] = [
  {
    rule: "a missing file",
    setup: (f) => rm(f.path("keywords.yaml")),
    file: "keywords.yaml",
    at: { line: 1, col: 1 },
    field: "(file)",
    message: /^file is missing — create .*keywords\.yaml$/,
    count: 1,
  },
  {
    rule: "a file that cannot be read",
    setup: (f) => chmod(f.path("actors.yaml"), 0o000),
    file: "actors.yaml",
    at: { line: 1, col: 1 },
    field: "(file)",
    message: /^cannot be read: permission denied — let the build read it, e.g\. chmod a\+r .*actors\.yaml$/,
  },
  {
    rule: "a folder named like a situation file",
    setup: (f) => mkdir(f.path("situations/arkisto.yaml")),
    file: "situations/arkisto.yaml",
    at: { line: 1, col: 1 },
    field: "(file)",
    message: /^is a folder, not a file — remove the folder or give it another name$/,
    count: 1,
  },
  {
    rule: "a folder in place of a content file, reported once (not also as missing)",
    setup: async (f) => {
      await rm(f.path("keywords.yaml"));
      await mkdir(f.path("keywords.yaml"));
    },
    file: "keywords.yaml",
    at: { line: 1, col: 1 },
    field: "(file)",
    message: /^is a folder, not a file/,
    count: 1,
  },
  {
    rule: "something that is not a plain file (a named pipe)",
    setup: (f) => run("mkfifo", [f.path("situations/putki.yaml")]).then(() => undefined),
    file: "situations/putki.yaml",
    at: { line: 1, col: 1 },
    field: "(file)",
    message: /^is not a plain file \(a pipe, socket or device\) — replace it with a plain file$/,
    count: 1,
  },
  {
    rule: "bytes that are not UTF-8 (a Latin-1 ö), at the first bad byte",
    setup: async (f) => {
      const bytes = await readFile(f.path("actions.yaml"));
      const at = bytes.indexOf(Buffer.from("ö"));
      await writeFile(
        f.path("actions.yaml"),
        Buffer.concat([bytes.subarray(0, at), Buffer.from([0xf6]), bytes.subarray(at + 2)]),
      );
    },
    file: "actions.yaml",
    at: { lineWith: "ö", colOf: "ö" },
    field: "(encoding)",
    message: /^byte 0xF6 is not UTF-8 \(the file was probably saved as Latin-1 or Windows-1252\) — save it as UTF-8$/,
    count: 1,
  },
  {
    rule: "flow collections nested 10 000 deep, at the first level past the limit",
    setup: async (f) => {
      await writeFile(
        f.path("keywords.yaml"),
        `${await readFile(f.path("keywords.yaml"), "utf8")}extra: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`,
      );
    },
    // "extra: " is 7 characters; the value's first [ is level 2 of the file, its 20th is level 21.
    file: "keywords.yaml",
    at: { lineWith: "extra: [", col: 8 + 19 },
    field: "(syntax)",
    message:
      /^nested more than 20 levels deep — content files nest only a few levels; check the indentation and brackets$/,
    count: 1,
  },
  {
    rule: "block mappings nested too deep",
    setup: async (f) => {
      const nested = Array.from({ length: 40 }, (_, i) => `${" ".repeat(i)}taso${i}:`).join("\n");
      await writeFile(f.path("keywords.yaml"), `${await readFile(f.path("keywords.yaml"), "utf8")}${nested} pohja\n`);
    },
    file: "keywords.yaml",
    at: { lineWith: " taso20:", colOf: "taso20" },
    field: "(syntax)",
    message: /^nested more than 20 levels deep/,
    count: 1,
  },
  {
    rule: "a file over the size limit, before it is parsed (naming its size)",
    setup: (f) => writeFile(f.path("actions.yaml"), `extra: ${"x".repeat(300 * 1024)}\n`),
    file: "actions.yaml",
    at: { line: 1, col: 1 },
    field: "(file)",
    message: /^is 300 kB — a content file may be at most 256 kB; remove what does not belong in it$/,
    count: 1,
  },
  {
    rule: "a block nested 10 000 levels deep inside the size limit, at the first level past the limit",
    setup: async (f) => {
      await writeFile(
        f.path("keywords.yaml"),
        `${await readFile(f.path("keywords.yaml"), "utf8")}extra:\n  ${"- ".repeat(10_000)}pohja\n`,
      );
    },
    // The first "- " is level 2 of the file, its 20th (column 3 + 19 × 2) is level 21.
    file: "keywords.yaml",
    at: { lineWith: "  - - -", col: 3 + 19 * 2 },
    field: "(syntax)",
    message: /^nested more than 20 levels deep/,
    count: 1,
  },
  {
    rule: "a list of more than 2 000 items, before it is composed",
    setup: async (f) => {
      await writeFile(
        f.path("keywords.yaml"),
        `${await readFile(f.path("keywords.yaml"), "utf8")}extra: [${Array(2_001).fill("x").join(", ")}]\n`,
      );
    },
    file: "keywords.yaml",
    at: { lineWith: "extra: [", colOf: "[" },
    field: "(syntax)",
    message: /^holds 2,001 items — a list or mapping in content holds at most 2,000; remove what does not belong$/,
    count: 1,
  },
  {
    rule: "an alias bomb, at the first alias",
    setup: async (f) => {
      await writeFile(
        f.path("keywords.yaml"),
        `${await readFile(f.path("keywords.yaml"), "utf8")}${ALIAS_BOMB.join("\n")}\n`,
      );
    },
    file: "keywords.yaml",
    at: { lineWith: "lol2:", colOf: "*a" },
    field: "(syntax)",
    message:
      /^too many aliases: expanding them would make the file enormous — content needs no aliases; write the values out$/,
    count: 1,
  },
  {
    rule: "a second document in a file, where it starts",
    setup: async (f) => {
      await writeFile(f.path("keywords.yaml"), `${await readFile(f.path("keywords.yaml"), "utf8")}---\ntoinen: 1\n`);
    },
    file: "keywords.yaml",
    at: { lineWith: "---", col: 1 },
    field: "(syntax)",
    message: /^a second document starts here — a content file holds one; remove this --- line/,
    count: 1,
  },
  {
    rule: "an unclosed quote, where it opens",
    edits: [{ file: "phases.yaml", find: "name: Primaarivaihe", replace: 'name: "Primaarivaihe' }],
    file: "phases.yaml",
    at: { lineWith: 'name: "Primaarivaihe', colOf: '"' },
    field: "(syntax)",
    message: /^this " is never closed — end the text with "$/,
  },
  {
    rule: "a missing required field that takes one of a few values: missing, not 'not allowed'",
    edits: [{ file: "actors.yaml", find: "    kind: personal\n", replace: "" }],
    file: "actors.yaml",
    at: { lineWith: "- id: laheiset", colOf: "id:" },
    field: "actors.30.kind",
    message: /^missing required field `kind` — add it$/,
    count: 1,
  },
  {
    rule: "a situation saved as .yml",
    setup: (f) => rename(f.path("situations/tyoton.yaml"), f.path("situations/tyoton.yml")),
    file: "situations/tyoton.yml",
    at: { line: 1, col: 1 },
    field: "(file)",
    message: /^YAML files here end in \.yaml — rename it to tyoton\.yaml$/,
  },
  {
    rule: "a stray file of an unknown kind",
    setup: (f) => writeFile(f.path("muistiinpanot.txt"), "luonnos\n"),
    file: "muistiinpanot.txt",
    at: { line: 1, col: 1 },
    field: "(file)",
    message:
      /^unknown file — content\/ holds sources\.yaml, phases\.yaml, keywords\.yaml, actors\.yaml, actions\.yaml, network\.yaml, changes\.yaml, situations\/\*\.yaml and prose\/\*\.md; move it out of content\/$/,
    count: 1,
  },
  {
    rule: "a stray file in a content folder",
    setup: (f) => writeFile(f.path("prose/kuva.png"), "png"),
    file: "prose/kuva.png",
    at: { line: 1, col: 1 },
    field: "(file)",
    message: /^unknown file — content\/ holds /,
    count: 1,
  },
  {
    rule: "an unknown folder",
    setup: (f) => mkdir(f.path("arkisto")),
    file: "arkisto",
    at: { line: 1, col: 1 },
    field: "(folder)",
    message: /^unknown folder — content\/ holds .*; move it out of content\/$/,
    count: 1,
  },
  {
    rule: "a prose file no field names",
    setup: (f) => writeFile(f.path("prose/vanha-johdanto.md"), "Vanha teksti.\n"),
    file: "prose/vanha-johdanto.md",
    at: { line: 1, col: 1 },
    field: "(file)",
    message: /^no field of network\.yaml names this file — name it there or remove it$/,
    count: 1,
  },
  {
    rule: "a prose file that is a symbolic link out of content/ (reported once, not also as missing)",
    setup: async (f) => {
      const outside = join(dirname(f.dir), "salainen.md");
      await writeFile(outside, "Ei julkaistavaksi.\n");
      await rm(f.path("prose/verkostot.md"));
      await symlink(outside, f.path("prose/verkostot.md"));
    },
    file: "prose/verkostot.md",
    at: { line: 1, col: 1 },
    field: "(file)",
    message: /^is a symbolic link — content\/ takes only real files; copy the file here instead of linking it$/,
    count: 1,
  },
  {
    rule: "a folder that is a symbolic link",
    setup: async (f) => {
      await rename(f.path("situations"), join(dirname(f.dir), "situations"));
      await symlink(join(dirname(f.dir), "situations"), f.path("situations"));
    },
    file: "situations",
    at: { line: 1, col: 1 },
    field: "(file)",
    message: /^is a symbolic link/,
  },
  {
    rule: "a prose path that leaves content/",
    edits: [
      { file: "network.yaml", find: "body: prose/laakarin-kaksoisrooli.md", replace: "body: prose/../../salainen.md" },
    ],
    file: "network.yaml",
    at: { lineWith: "body: prose/../", colOf: "prose/" },
    field: "doctorsDualRole.body",
    message:
      /^`prose\/\.\.\/\.\.\/salainen\.md`: expected the path of a Markdown file under prose\/, e\.g\. prose\/verkostot\.md$/,
  },
  {
    rule: "a Päivitetty date in the future",
    edits: [{ file: "sources.yaml", find: "updated: 2021-08-27", replace: "updated: 2999-08-27" }],
    file: "sources.yaml",
    at: { lineWith: "updated: 2999", colOf: "2999" },
    field: "sources.0.updated",
    message: /^`2999-08-27`: is in the future — use the Päivitetty date the source page shows$/,
    count: 1,
  },
];

async function where(fixture: Fixture, c: Case): Promise<string> {
  if ("line" in c.at) return `${fixture.shown(c.file)}:${c.at.line}:${c.at.col} ${c.field}: `;
  const { lineWith, colOf, col } = c.at;
  const line = await fixture.lineOf(c.file, lineWith);
  const text = (await readFile(fixture.path(c.file), "latin1")).split("\n")[line - 1]!;
  // Columns count characters; the file may not be UTF-8 (then each byte is one).
  const column = col ?? [...text.slice(0, text.indexOf(colOf!))].length + 1;
  return `${fixture.shown(c.file)}:${line}:${column} ${c.field}: `;
}

for (const c of cases) {
  test(`rejects ${c.rule} at file:line:col, leaving handbook.json as it was`, async () => {
    const fixture = await contentFixture(c.edits);
    try {
      await c.setup?.(fixture);
      const problems = await asOrdinaryUser(fixture, () => rejectedProblems(fixture));
      assert.match(messageAt(problems, await where(fixture, c)), c.message);
      if (c.count !== undefined) assert.is(problems.length, c.count, problems.join("\n"));
    } finally {
      await fixture.remove();
    }
  });
}

test("editors' backup, swap and lock files are skipped with a one-line notice each, and the handbook is built", async () => {
  const fixture = await contentFixture();
  try {
    const scratch = [
      "situations/tyoton.yaml~", // Emacs, nano, gedit
      "situations/#tyoton.yaml#", // Emacs' auto-save
      "situations/.tyoton.yaml.swp", // Vim's swap
      "situations/tyoton.yaml.bak",
      "situations/4913", // Vim's write check
      "actions.yaml___jb_tmp___", // JetBrains' safe save
      "prose/verkostot.md.kate-swp",
    ];
    for (const file of scratch) await writeFile(fixture.path(file), "luonnos: [\n");
    await symlink("root@host.12345:1700000000", fixture.path(".#actions.yaml")); // Emacs' lock: a link to nowhere
    const result = await buildData(fixture.dir, fixture.out);
    assert.ok(result.ok, result.ok ? "" : result.problems.map(formatProblem).join("\n"));
    assert.equal(
      [...result.notices].sort(),
      [...scratch, ".#actions.yaml"]
        .map((file) => `${fixture.shown(file)}: skipped — an editor's backup or swap file, not content`)
        .sort(),
    );
  } finally {
    await fixture.remove();
  }
});

test("a hidden file is skipped with a notice; the data step's own .schema/ without one", async () => {
  const fixture = await contentFixture();
  try {
    await writeFile(fixture.path(".DS_Store"), "\x00\x00\x00\x01Bud1");
    await writeFile(fixture.path("situations/.directory"), "[Desktop Entry]\n");
    const result = await buildData(fixture.dir, fixture.out);
    assert.ok(result.ok);
    assert.equal(
      [...result.notices].sort(),
      [".DS_Store", "situations/.directory"].map(
        (file) => `${fixture.shown(file)}: skipped — a hidden file, not content`,
      ),
    );
  } finally {
    await fixture.remove();
  }
});

test("a UTF-8 byte-order mark is accepted: the same handbook as without it", async () => {
  const fixture = await contentFixture();
  try {
    const without = await readHandbook(fixture.dir);
    for (const file of ["actors.yaml", "situations/tyoton.yaml", "prose/verkostot.md"]) {
      await writeFile(fixture.path(file), `\uFEFF${await readFile(fixture.path(file), "utf8")}`);
    }
    const withMark = await readHandbook(fixture.dir);
    assert.ok(withMark.ok, withMark.ok ? "" : JSON.stringify(withMark.problems));
    assert.equal(withMark, without);
  } finally {
    await fixture.remove();
  }
});

test("npm run data prints every problem at once and exits 1, leaving the output as it was", async () => {
  const fixture = await contentFixture([
    { file: "sources.yaml", find: "updated: 2021-08-27", replace: "updated: 2999-08-27" },
  ]);
  try {
    await writeFile(fixture.path("muistiinpanot.txt"), "luonnos\n");
    await writeFile(fixture.out, "previous\n");
    const failed = await run("node_modules/.bin/tsx", [
      "scripts/data.ts",
      "--content",
      fixture.dir,
      "--out",
      fixture.out,
    ]).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => error,
    );
    assert.is(failed.code, 1);
    // Node may add warnings of its own; the problems are the lines that name a file of the fixture.
    const lines = failed.stderr.trim().split("\n");
    assert.equal(
      lines.filter((line) => line.startsWith(fixture.shown(""))),
      [
        `${fixture.shown("muistiinpanot.txt")}:1:1 (file): unknown file — content/ holds sources.yaml, phases.yaml, keywords.yaml, actors.yaml, actions.yaml, network.yaml, changes.yaml, situations/*.yaml and prose/*.md; move it out of content/`,
        `${fixture.shown("sources.yaml")}:${await fixture.lineOf("sources.yaml", "updated: 2999")}:14 sources.0.updated: \`2999-08-27\`: is in the future — use the Päivitetty date the source page shows`,
      ],
    );
    assert.ok(lines.includes(`2 problem(s) in ${fixture.dir}/ — ${fixture.out} was not changed.`), failed.stderr);
    assert.is(await readFile(fixture.out, "utf8"), "previous\n");
  } finally {
    await fixture.remove();
  }
});

test.run();
