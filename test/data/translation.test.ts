/**
 * A translation folder is checked like content: one broken file per rule, each problem at its file:line:col
 * with what would be right; and a translation whose Finnish text changed since is stale — a warning with the
 * old and the new Finnish text, never silently kept as current.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Handbook } from "../../lib/handbook/handbook.ts";
import { formatProblem } from "../../scripts/data/problems.ts";
import { loadTranslation } from "../../scripts/translation/load-translation.ts";
import { loadHandbook } from "../helpers/site.ts";
import { FIXTURE_TRANSLATIONS } from "../helpers/swedish-site.ts";

const handbook = loadHandbook();

/** The fixture translation with one file replaced; the problems or warnings of loading it. */
async function loadWith(file: string, text: string | undefined, book: Handbook = handbook) {
  const root = await mkdtemp(join(tmpdir(), "kasikirja-translation-"));
  try {
    await cp(FIXTURE_TRANSLATIONS, root, { recursive: true });
    if (text !== undefined) await writeFile(join(root, "sv", file), text);
    const loaded = await loadTranslation(root, "sv", book);
    const shown = (problems: typeof loaded.problems) => problems.map((p) => formatProblem(p).replace(root, "T"));
    return { ...loaded, errors: shown(loaded.problems), warned: shown(loaded.warnings) };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

test("the fixture translation loads with no problem and no warning", async () => {
  const loaded = await loadWith("phases.yaml", undefined);
  assert.equal([...loaded.errors, ...loaded.warned], []);
  assert.ok(loaded.translation.size >= 30, `items: ${loaded.translation.size}`);
  const linked = loaded.translation.get("actions/hyodynna-moniammatillista-tiimia")!.text;
  assert.equal(
    (linked as { segments: unknown }).segments,
    [
      { text: "Utnyttja ett multiprofessionellt team, till exempel " },
      { text: "socialarbetarnas", actor: "sosiaalityontekija" },
      { text: " och " },
      { text: "rehabiliteringshandledarnas", actor: "kuntoutusohjaaja" },
      { text: " kunnande." },
    ],
    "the translation's actor mentions link, as the content's do",
  );
});

const ERROR_CASES: ReadonlyArray<readonly [string, string, string, RegExp]> = [
  [
    "unknown id",
    "phases.yaml",
    "primarivaihe:\n  name: Primärskedet\n",
    /phases\.yaml:1:1 primarivaihe: unknown id in phases — did you mean `primaarivaihe`\?/,
  ],
  [
    "unknown field",
    "phases.yaml",
    "primaarivaihe:\n  nimi: Primärskedet\n",
    /phases\.yaml:2:3 primaarivaihe\.nimi: unknown field — did you mean `name`\?/,
  ],
  [
    "empty text",
    "phases.yaml",
    'primaarivaihe:\n  name: " "\n',
    /phases\.yaml:2:9 primaarivaihe\.name: is empty — write the translated text, or leave the field out/,
  ],
  [
    "a list of another length",
    "network.yaml",
    "principles:\n  items: [Stöd tidigt.]\n",
    /network\.yaml:2:10 principles\.items: expected a list of 2 texts/,
  ],
  [
    "a bad code",
    "phases.yaml",
    "primaarivaihe:\n  from: abc\n  name: P\n",
    /phases\.yaml:2:9 primaarivaihe\.from: expected the code of the Finnish text, eight hex digits — `from: 0d398aa3`/,
  ],
  [
    "an unknown actor",
    "actions.yaml",
    "tunnista-riskitekijat:\n  text: FPA hjälper\n  actors: { FPA: fpa }\n",
    /actions\.yaml:3:18 tunnista-riskitekijat\.actors\.FPA: unknown actor — did you mean `kela`\?|unknown actor/,
  ],
  [
    "linked words not in the text",
    "actions.yaml",
    "tunnista-riskitekijat:\n  text: FPA hjälper\n  actors: { Kela: kela }\n",
    /actions\.yaml:3:13 tunnista-riskitekijat\.actors\.Kela: these words are not in the translated text/,
  ],
  [
    "actors on a text that links none",
    "phases.yaml",
    "primaarivaihe:\n  name: P\n  actors: {}\n",
    /primaarivaihe\.actors: only a text that names actors/,
  ],
  ["a YAML syntax error", "phases.yaml", "primaarivaihe: [\n", /phases\.yaml:\d+:\d+ \(syntax\)/],
];
for (const [rule, file, text, message] of ERROR_CASES) {
  test(`rejected with its place: ${rule}`, async () => {
    const loaded = await loadWith(file, text);
    assert.ok(
      loaded.errors.some((e) => message.test(e)),
      loaded.errors.join("\n"),
    );
    assert.is(loaded.translation.size, 0, "nothing of a broken translation is used");
  });
}

test("an unknown file is rejected, and every problem is reported at once", async () => {
  const root = await mkdtemp(join(tmpdir(), "kasikirja-translation-"));
  try {
    await cp(FIXTURE_TRANSLATIONS, root, { recursive: true });
    await writeFile(join(root, "sv", "phase.yaml"), "x: 1\n");
    await writeFile(join(root, "sv", "keywords.yaml"), "tyoton: { label: '' }\nei-ole: { label: x }\n");
    const { problems } = await loadTranslation(root, "sv", handbook);
    const shown = problems.map(formatProblem).join("\n");
    assert.match(shown, /phase\.yaml:1:1 \(file\): unknown file — .*did you mean `phases\.yaml`\?/);
    assert.match(shown, /keywords\.yaml:1:\d+ tyoton\.label: is empty/);
    assert.match(shown, /keywords\.yaml:2:1 ei-ole: unknown id in keywords/);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test("a changed Finnish text makes its translation stale, with the old and the new Finnish; other items stay current", async () => {
  const changed: Handbook = {
    ...handbook,
    phases: handbook.phases.map((p) =>
      p.id === "primaarivaihe" ? { ...p, description: "Työkyvyn heikkenemisen riski" } : p,
    ),
  };
  const loaded = await loadWith("phases.yaml", undefined, changed);
  assert.equal(loaded.errors, []);
  assert.is(loaded.warned.length, 1, loaded.warned.join("\n"));
  const [warning] = loaded.warned;
  assert.match(
    warning!,
    /phases\.yaml:2:9 primaarivaihe\.from: stale: the Finnish text has changed since this was translated/,
  );
  assert.match(warning!, /Was: name: «Primaarivaihe», description: «Työkyvyn heikentymisen riski»/);
  assert.match(warning!, /Now: name: «Primaarivaihe», description: «Työkyvyn heikkenemisen riski»/);
  assert.ok(loaded.translation.has("phases/primaarivaihe"), "a stale translation is still shown, and reported");
});

test("a translation that records no Finnish text is reported with the code to add", async () => {
  const text = (await readFile(join(FIXTURE_TRANSLATIONS, "sv", "phases.yaml"), "utf8")).replace(
    "  from: 0d398aa3\n",
    "",
  );
  const loaded = await loadWith("phases.yaml", text);
  assert.is(loaded.warned.length, 1, loaded.warned.join("\n"));
  assert.ok(
    loaded.warned[0]!.endsWith(
      "sv/phases.yaml:1:1 primaarivaihe: records no Finnish text — add `from: 0d398aa3`, the code of the Finnish it translates: name: «Primaarivaihe», description: «Työkyvyn heikentymisen riski»",
    ),
    loaded.warned[0],
  );
});

test.run();
