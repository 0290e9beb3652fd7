/**
 * The edition step: the example edition is accepted with no warnings; each
 * kind of bad input is rejected at its file:line:col with a message that
 * says what would be right; a rejected edition leaves the last good site; a
 * note warns when the national text under it changes, and not otherwise.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { promisify } from "node:util";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readHandbook } from "../../scripts/data/data-step.ts";
import { formatProblem } from "../../scripts/data/problems.ts";
import { readEdition } from "../../scripts/edition/edition-step.ts";
import { scratchEnv, scratchProject } from "../../scripts/bench/scratch-project.ts";
import { buildCommand } from "../../scripts/site/build-inputs.ts";
import { TEMPLATE_CACHE } from "../../scripts/site/template-cache.ts";
import type { Handbook } from "../../lib/handbook/handbook.ts";
import { EXAMPLE_EDITION } from "../helpers/edition-site.ts";
import { listFiles } from "../../lib/list-files.ts";

async function nationalHandbook(contentDir = "content"): Promise<Handbook> {
  const result = await readHandbook(contentDir);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  return result.handbook;
}

interface EditionCopy {
  readonly dir: string;
  shown(file: string): string;
  lineOf(file: string, text: string): Promise<number>;
  edit(file: string, find: string | RegExp, replace: string): Promise<void>;
  remove(): Promise<void>;
}

async function editionCopy(): Promise<EditionCopy> {
  const root = await mkdtemp(join(tmpdir(), "kasikirja-edition-"));
  const dir = join(root, "esimerkkialue");
  await cp(EXAMPLE_EDITION, dir, { recursive: true, filter: (path) => !path.includes(".schema") });
  return {
    dir,
    shown: (file) => relative(process.cwd(), join(dir, file)),
    async lineOf(file, text) {
      const line = (await readFile(join(dir, file), "utf8")).split("\n").findIndex((l) => l.includes(text));
      if (line < 0) throw new Error(`no line with "${text}" in ${file}`);
      return line + 1;
    },
    async edit(file, find, replace) {
      const before = await readFile(join(dir, file), "utf8");
      const after = before.replace(find, replace);
      if (after === before) throw new Error(`edit did not apply: ${file} ${String(find)}`);
      await writeFile(join(dir, file), after);
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

async function problemsOf(copy: EditionCopy): Promise<string[]> {
  const result = await readEdition(copy.dir, await nationalHandbook());
  assert.is(result.ok, false, "the edition step accepted a broken edition");
  return result.ok ? [] : result.problems.map(formatProblem);
}

test("the example edition is valid, warns of nothing and fills every part of the edition", async () => {
  const result = await readEdition(EXAMPLE_EDITION, await nationalHandbook());
  assert.ok(result.ok, result.ok ? "" : result.problems.map(formatProblem).join("\n"));
  if (!result.ok) return;
  assert.equal(result.warnings.map(formatProblem), []);
  const { edition } = result;
  assert.ok(edition.example, "the example edition says it is one");
  assert.ok(result.logoSvg?.includes("<svg"));
  assert.ok(
    edition.contacts.some((c) => c.situations.length > 0) && edition.contacts.some((c) => !c.situations.length),
  );
  assert.equal(
    new Set(edition.notes.map((n) => n.target.kind)),
    new Set(["action", "situation", "phase", "pathway"]),
    "a note on each kind of target",
  );
  for (const contact of edition.contacts) {
    if (contact.phone) assert.match(contact.phone.href, /^tel:\+\d{7,15}$/);
    if (contact.email) assert.match(contact.email.href, /^mailto:[^@]+@example\.org$/);
    if (contact.url) assert.match(contact.url, /^https:\/\/www\.example\.org\//);
  }
});

interface Case {
  readonly rule: string;
  readonly file: string;
  readonly find: string | RegExp;
  readonly replace: string;
  /** The problem's line is the first containing this text, after the edit. */
  readonly lineWith: string;
  readonly col: number;
  readonly field: string;
  readonly message: RegExp;
}

const CASES: readonly Case[] = [
  {
    rule: "a contact for an unknown actor id, with a did-you-mean",
    file: "contacts.yaml",
    find: "actor: kuntoutusohjaaja",
    replace: "actor: kuntoutusohjaja",
    lineWith: "actor: kuntoutusohjaja",
    col: 12,
    field: "contacts.2.actor",
    message: /^unknown actor `kuntoutusohjaja` of the national content — did you mean `kuntoutusohjaaja`\?$/,
  },
  {
    rule: "a URL that is not https",
    file: "contacts.yaml",
    find: "url: https://www.example.org/sote-keskukset",
    replace: "url: http://www.example.org/sote-keskukset",
    lineWith: "http://www.example.org/sote-keskukset",
    col: 10,
    field: "contacts.3.url",
    message: /not an https:\/\/ address/,
  },
  {
    rule: "a malformed phone number",
    file: "contacts.yaml",
    find: "phone: +358 000 000 0003",
    replace: "phone: +358 000 000 000x",
    lineWith: "000x",
    col: 12,
    field: "contacts.2.phone",
    message: /not a phone number — write it in international form/,
  },
  {
    rule: "an unknown key, with a did-you-mean",
    file: "contacts.yaml",
    find: "    hours: ma–to 8–12",
    replace: "    hour: ma–to 8–12",
    lineWith: "hour: ma–to",
    col: 5,
    field: "contacts.2.hour",
    message: /^unknown field `hour` — did you mean `hours`\?$/,
  },
  {
    rule: "a script-bearing SVG logo",
    file: "logo.svg",
    find: "</svg>",
    replace: "<script>alert(1)</script>\n</svg>",
    lineWith: "<script>",
    col: 1,
    field: "(file)",
    message: /^<script> is not allowed in a logo/,
  },
  {
    rule: "an event handler in the SVG logo",
    file: "logo.svg",
    find: '<circle cx="16"',
    replace: '<circle onload="alert(1)" cx="16"',
    lineWith: "onload",
    col: 3,
    field: "(file)",
    message: /^attribute `onload` is not allowed in a logo/,
  },
  {
    rule: "a note on an unknown action, with a did-you-mean",
    file: "notes.yaml",
    find: "action: sovi-koordinoiva-taho",
    replace: "action: sovi-koordinoiva-tah",
    lineWith: "sovi-koordinoiva-tah",
    col: 13,
    field: "notes.0.action",
    message: /did you mean `sovi-koordinoiva-taho`\?$/,
  },
  {
    rule: "a contact limited to an unknown situation",
    file: "contacts.yaml",
    find: "situations: [tyoton]",
    replace: "situations: [tyotn]",
    lineWith: "situations: [tyotn]",
    col: 18,
    field: "contacts.1.situations.0",
    message: /^unknown situation `tyotn` of the national content — did you mean `tyoton`\?$/,
  },
];

for (const c of CASES) {
  test(`rejected: ${c.rule}`, async () => {
    const copy = await editionCopy();
    try {
      await copy.edit(c.file, c.find, c.replace);
      const problems = await problemsOf(copy);
      const where = `${copy.shown(c.file)}:${await copy.lineOf(c.file, c.lineWith)}:${c.col} ${c.field}: `;
      const matching = problems.filter((p) => p.startsWith(where));
      assert.is(matching.length, 1, `expected one problem at "${where}", got:\n${problems.join("\n")}`);
      assert.match(matching[0]!.slice(where.length), c.message);
    } finally {
      await copy.remove();
    }
  });
}

test("every problem at once, across the edition's files", async () => {
  const copy = await editionCopy();
  try {
    // Each file's shape is checked before any reference, as in content/.
    await copy.edit("contacts.yaml", "phone: +358 000 000 0003", "phone: 12");
    await copy.edit("services.yaml", "url: https://www.example.org/tyokykyneuvola", "url: ftp://example.org/");
    await copy.edit("edition.yaml", "example: true", "exampel: true");
    assert.is((await problemsOf(copy)).length, 3);
  } finally {
    await copy.remove();
  }
});

test("a rejected edition leaves the last good site as it was", async () => {
  const copy = await editionCopy();
  const site = join(dirname(copy.dir), "site");
  try {
    await copy.edit("contacts.yaml", "actor: kuntoutusohjaaja", "actor: kuntoutusohjaja");
    await cp("test/fixtures/a11y-violation", site, { recursive: true });
    const before = await readFile(join(site, "index.html"), "utf8");
    const failed = await failedBuild({ env: { ...process.env, EDITION: copy.dir, SITE_DIR: site } });
    assert.is(failed?.code, 1, "the build failed");
    assert.match(failed!.stderr, /contacts\.yaml:\d+:\d+ contacts\.2\.actor: unknown actor/);
    assert.is(await readFile(join(site, "index.html"), "utf8"), before);
  } finally {
    await copy.remove();
  }
});

test("a note warns when the national text under it changes, with the old and the new text, and not otherwise", async () => {
  const copy = await editionCopy();
  const root = await mkdtemp(join(tmpdir(), "kasikirja-content-"));
  try {
    const unchanged = await readEdition(copy.dir, await nationalHandbook());
    assert.ok(unchanged.ok);
    assert.equal(unchanged.ok && unchanged.warnings, [], "no warning while the national text is the same");

    await cp("content", join(root, "content"), { recursive: true, filter: (path) => !path.includes(".schema") });
    const actions = join(root, "content", "actions.yaml");
    const original = "Sovi koordinoiva taho työllistymisen tukitoimenpiteille";
    const changed = "Sovi koordinoiva taho työllistymistä tukeville toimenpiteille";
    await writeFile(actions, (await readFile(actions, "utf8")).replace(original, changed));
    const result = await readEdition(copy.dir, await nationalHandbook(join(root, "content")));
    assert.ok(result.ok, "a changed national text warns, it does not fail");
    if (!result.ok) return;
    const warnings = result.warnings.map(formatProblem);
    const line = await copy.lineOf("notes.yaml", "against: 74d70875");
    // The action's note, and the pathway whose cell holds the action; not the situation's or the phase's.
    assert.is(warnings.length, 2, warnings.join("\n"));
    const warning = warnings.find((w) => w.startsWith(`${copy.shown("notes.yaml")}:${line}:14 notes.0.against: `));
    assert.ok(warning, warnings.join("\n"));
    assert.match(warning, /the national text under this note has changed/);
    assert.ok(warning.includes(`Was: «${original}`), "the old text, from the edition's record");
    assert.ok(warning.includes(`Now: «${changed}`), "the new text");
  } finally {
    await copy.remove();
    await rm(root, { recursive: true, force: true });
  }
});

test("local content past its review is a warning at the field that set the day, and the edition report lists it", async () => {
  const copy = await editionCopy();
  try {
    const later = await readEdition(copy.dir, await nationalHandbook(), "2030-01-01");
    assert.ok(later.ok, "an overdue review warns, it does not fail");
    if (!later.ok) return;
    const warnings = later.warnings.map(formatProblem);
    const line = await copy.lineOf("edition.yaml", "reviewed:");
    assert.ok(
      warnings.some((w) =>
        w.startsWith(
          `${copy.shown("edition.yaml")}:${line}:11 reviewed: review of the local content was due on 2027-11-20`,
        ),
      ),
      warnings.join("\n"),
    );
    const noteLine = await copy.lineOf("notes.yaml", "reviewed:");
    assert.ok(
      warnings.some((w) => w.startsWith(`${copy.shown("notes.yaml")}:${noteLine}:15 notes.0.reviewed: `)),
      warnings.join("\n"),
    );

    const report = await editionReport(copy.dir, "2030-01-01");
    assert.is(report.code, 1, "something to re-review: exit 1");
    assert.match(report.stdout, /OVERDUE\s+2027-11-20 .*edition\.yaml/);
    const today = await editionReport(copy.dir);
    assert.is(today.code, 0, today.stdout);
    assert.match(today.stdout, /OK\s+2027-11-20 .*edition\.yaml/);
  } finally {
    await copy.remove();
  }
});

test("the edition report names a note whose national text changed, with the old and the new text", async () => {
  const copy = await editionCopy();
  try {
    // The note now claims another national text than the one under it.
    await copy.edit("notes.yaml", "against: 74d70875", "against: ffffffff");
    const report = await editionReport(copy.dir);
    assert.is(report.code, 1);
    assert.match(report.stdout, /notes\.yaml:\d+:\d+ notes\.0\.against: the national text under this note has changed/);
    assert.match(report.stdout, /Now: «Sovi koordinoiva taho/);
  } finally {
    await copy.remove();
  }
});

test("edition.yaml takes a review interval or a next review day, not both and not neither", async () => {
  const copy = await editionCopy();
  try {
    await copy.edit("edition.yaml", "reviewInterval: 12", "reviewInterval: 12\nnextReview: 2027-06-01");
    assert.match(
      (await problemsOf(copy)).join("\n"),
      /edition\.yaml:\d+:\d+ nextReview: give `reviewInterval` or `nextReview`, not both/,
    );
    await copy.edit("edition.yaml", "reviewInterval: 12\nnextReview: 2027-06-01", "");
    assert.match((await problemsOf(copy)).join("\n"), /edition\.yaml:\d+:\d+ reviewed: /);
  } finally {
    await copy.remove();
  }
});

// Compiled, the editions are shared out among threads; under tsx (no compiled worker to start) one thread builds them all.
for (const [how, command] of [
  ["shared out among threads", buildCommand],
  [
    "under tsx, in one thread",
    (...args: string[]) => [process.execPath, ["--import", "tsx", "scripts/build.ts", ...args]],
  ],
] as const) {
  test(`several editions in one run, ${how}: each to its own folder; a rejected one fails the run, not the others`, async () => {
    const root = await mkdtemp(join(tmpdir(), "kasikirja-editions-"));
    // Folder names decide the output folders (_site-<name>, beside the project's own sites): unique to this run.
    const [a, b, c] = ["a", "b", "c"].map((name) => `kasikirja-testialue-${process.pid}-${name}`) as [
      string,
      string,
      string,
    ];
    try {
      for (const name of [a, b, c])
        await cp(EXAMPLE_EDITION, join(root, name), { recursive: true, filter: (path) => !path.includes(".schema") });
      const contacts = join(root, b, "contacts.yaml");
      await writeFile(
        contacts,
        (await readFile(contacts, "utf8")).replace("actor: kuntoutusohjaaja", "actor: kuntoutusohjaja"),
      );
      const editions = [a, b, c].flatMap((name) => ["--edition", join(root, name)]);
      const failed = await failedRun(command("--jobs", "2", ...editions) as [string, string[]]);
      assert.is(failed?.code, 1, "the run failed");
      assert.match(failed!.stderr, new RegExp(`${b}/contacts\\.yaml:\\d+:\\d+ contacts\\.2\\.actor: unknown actor`));
      for (const name of [a, c]) {
        const page = await readFile(join(`_site-${name}`, "alueellasi", "index.html"), "utf8");
        assert.ok(page.includes("Esimerkkialueen kuntoutusohjaus"), `${name} was built`);
      }
      assert.not.ok(existsSync(`_site-${b}`), "the rejected edition has no site");
    } finally {
      await rm(root, { recursive: true, force: true });
      for (const name of [a, b, c]) await rm(`_site-${name}`, { recursive: true, force: true });
    }
  });
}

test("the editions of a run reuse the compiled page templates: three keep no more code than one", async () => {
  const project = await scratchProject("edition-templates");
  try {
    for (const name of ["e1", "e2", "e3"])
      await cp(EXAMPLE_EDITION, join(project.dir, "editions", name), { recursive: true });
    const keptAfter = async (...names: string[]) => {
      const [command, args] = buildCommand(
        "--jobs",
        "1",
        ...names.flatMap((name) => ["--edition", `editions/${name}`]),
      );
      await promisify(execFile)(command, args, { cwd: project.dir, env: scratchEnv() });
      return Object.keys(JSON.parse(await readFile(join(project.dir, TEMPLATE_CACHE), "utf8")) as object).length;
    };
    const one = await keptAfter("e1");
    assert.is(await keptAfter("e1", "e2", "e3"), one);
  } finally {
    await project.remove();
  }
});

test("editions built in one run, where pages rendered alike are reused, are the very pages each builds alone", async () => {
  const project = await scratchProject("edition-reuse");
  const edit = async (name: string, file: string, from: string, to: string) => {
    const path = join(project.dir, "editions", name, file);
    const text = await readFile(path, "utf8");
    assert.ok(text.includes(from), `${file} holds ${from}`);
    await writeFile(path, text.replace(from, to));
  };
  try {
    for (const name of ["a", "b", "c"])
      await cp(EXAMPLE_EDITION, join(project.dir, "editions", name), { recursive: true });
    // b differs in a phone number (one actor's page and the local page) and c in its name (every page's header).
    await edit("b", "contacts.yaml", "phone: +358 000 000 0003", "phone: +358 000 000 0099");
    await edit("c", "edition.yaml", "shortName: Esimerkkialue", "shortName: Toinen alue");
    await edit("c", "edition.yaml", "name: Esimerkkialueen hyvinvointialue", "name: Toisen alueen hyvinvointialue");
    const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
      promisify(execFile)(...buildCommand(...args), { cwd: project.dir, env: scratchEnv(env) });
    // One thread builds all three, so the later ones reuse what the first rendered.
    await run(["--jobs", "1", ...["a", "b", "c"].flatMap((name) => ["--edition", `editions/${name}`])]);
    for (const name of ["a", "b", "c"]) {
      await run([], { EDITION: `editions/${name}`, SITE_DIR: `alone-${name}` });
      const alone = join(project.dir, `alone-${name}`);
      const pages = listFiles(alone).filter((file) => file.endsWith(".html"));
      assert.ok(pages.length > 60, `${name}: ${pages.length} pages`);
      for (const page of pages) {
        const path = relative(alone, page);
        const inRun = await readFile(join(project.dir, `_site-${name}`, path), "utf8");
        assert.ok(inRun === (await readFile(page, "utf8")), `${name}: ${path} is the same built in the run`);
      }
    }
    const actor = join("toimijat", "kuntoutusohjaaja", "index.html");
    assert.ok((await readFile(join(project.dir, "_site-b", actor), "utf8")).includes("+358 000 000 0099"));
    assert.ok((await readFile(join(project.dir, "_site-c", "index.html"), "utf8")).includes("Toisen alueen"));
  } finally {
    await project.remove();
  }
});

test("npm run review-report with an edition lists the national sources and the local content", async () => {
  const { stdout } = await promisify(execFile)("npx", [
    "tsx",
    "scripts/review-report.ts",
    "--edition",
    EXAMPLE_EDITION,
  ]);
  assert.match(stdout, /content\/sources\.yaml /);
  assert.match(stdout, new RegExp(`${EXAMPLE_EDITION}/edition\\.yaml — `));
});

test("edition.yaml's languages build the Swedish pages too, from the edition's own translations/", async () => {
  const copy = await editionCopy();
  const site = join(dirname(copy.dir), "site");
  try {
    await copy.edit("edition.yaml", "example: true", "example: true\nlanguages: [fi, sv]");
    await cp("test/fixtures/translation/sv", join(copy.dir, "translations", "sv"), { recursive: true });
    const env: NodeJS.ProcessEnv = { ...process.env, EDITION: copy.dir, SITE_DIR: site };
    delete env.LANGUAGES;
    delete env.TRANSLATIONS;
    await promisify(execFile)(...buildCommand(), { env });
    const swedish = await readFile(join(site, "sv", "alueellasi", "index.html"), "utf8");
    assert.match(swedish, /<html lang="sv"/);
    assert.ok(swedish.includes("Esimerkkialueen kuntoutusohjaus"), "the local contacts, on the Swedish page too");
    const actor = await readFile(join(site, "sv", "toimijat", "kuntoutusohjaaja", "index.html"), "utf8");
    assert.ok(actor.includes("rehabiliteringshandledare"), "the edition's translation is used");
  } finally {
    await copy.remove();
  }
});

test("edition.yaml's languages must be known codes and include Finnish", async () => {
  const copy = await editionCopy();
  try {
    await copy.edit("edition.yaml", "example: true", "example: true\nlanguages: [sv, en]");
    let problems = (await problemsOf(copy)).join("\n");
    assert.match(problems, /edition\.yaml:\d+:\d+ languages\.1: `en`: expected a language code among fi, sv/);
    await copy.edit("edition.yaml", "languages: [sv, en]", "languages: [sv]");
    problems = (await problemsOf(copy)).join("\n");
    assert.match(problems, /edition\.yaml:\d+:\d+ languages: lacks fi — the national language is always built/);
  } finally {
    await copy.remove();
  }
});

/** A command's failure (exit code and stderr), or undefined when it succeeded. */
function failedRun(
  [command, args]: [string, string[]],
  options: { env?: NodeJS.ProcessEnv } = {},
): Promise<{ code: number; stderr: string } | undefined> {
  return promisify(execFile)(command, args, options).then(
    () => undefined,
    (error: { code: number; stderr: string }) => error,
  );
}

/** `npm run build [args]`: how it failed, or undefined when it succeeded. */
const failedBuild = (options: { env?: NodeJS.ProcessEnv }, ...args: string[]) =>
  failedRun(buildCommand(...args), options);

async function editionReport(dir: string, today?: string): Promise<{ code: number; stdout: string }> {
  const args = ["tsx", "scripts/edition-report.ts", "--edition", dir, ...(today ? ["--today", today] : [])];
  return promisify(execFile)("npx", args).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
}

test.run();
