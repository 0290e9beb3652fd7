/**
 * npm run translation-report — for each language of LANGUAGES (default: every language but Finnish), what
 * of the national content its translation (TRANSLATIONS/<language>/) has, and every translated item to
 * re-check: stale ones with the old and the new Finnish text, and those that record no Finnish text.
 * Keeps <translation>/.finnish-texts.json, the Finnish text of each current item's code, so that a later
 * change can be shown against what was translated. Exits 1 when a translation has errors or stale items.
 */
import { join } from "node:path";
import { HANDBOOK_JSON, type Handbook } from "../lib/handbook/handbook.ts";
import { finnishCatalogue } from "../lib/i18n/catalogue.ts";
import { LANGUAGES, NATIONAL_LANGUAGE, siteLanguages } from "../lib/languages.ts";
import { buildData } from "./data/data-step.ts";
import { formatProblem } from "./data/problems.ts";
import { keepTextRecord } from "./data/text-record.ts";
import { editionDir } from "./edition/edition-settings.ts";
import { FINNISH_RECORD, loadTranslation, readRecord, translationsRoot } from "./translation/load-translation.ts";

const data = await buildData("content", HANDBOOK_JSON);
if (!data.ok) {
  for (const problem of data.problems) console.error(formatProblem(problem));
  process.exit(1);
}
const handbook: Handbook = data.handbook;
const languages = process.env.LANGUAGES ? siteLanguages(process.env.LANGUAGES) : [...LANGUAGES];
const root = translationsRoot(process.env, editionDir());
let failed = false;
for (const language of languages.filter((code) => code !== NATIONAL_LANGUAGE)) {
  const dir = join(root, language);
  const loaded = await loadTranslation(root, language, handbook);
  const total = finnishCatalogue(handbook).size;
  console.log(`${dir}/: ${loaded.entries.length} of ${total} items translated`);
  for (const problem of loaded.problems) console.log(`  error: ${formatProblem(problem)}`);
  for (const warning of loaded.warnings) console.log(`  ${formatProblem(warning)}`);
  if (loaded.problems.length || loaded.warnings.length) failed = true;
  else console.log("  every translated item is current");
  if (loaded.problems.length || !loaded.entries.length) continue;
  const record = await readRecord(dir);
  const current = loaded.entries.filter((entry) => entry.from === entry.code);
  const now = Object.fromEntries(current.map((entry) => [entry.code, entry.finnish]));
  await keepTextRecord(join(dir, FINNISH_RECORD), record, now);
}
process.exitCode = failed ? 1 : 0;
