/**
 * npm run recall [-- <site-dir> [<language>]] — the judged query set through the search page in Chromium:
 * ours against plain Pagefind, per kind of query. `sv` runs the Swedish set on /sv/haku/ of a site built with
 * LANGUAGES=fi,sv and the fixture translation (TRANSLATIONS=test/fixtures/translation).
 */
import { isLanguage, NATIONAL_LANGUAGE } from "../lib/languages.ts";
import { measureRecall, recallMarkdown } from "./search/recall.ts";

const [siteDir = "_site", language = NATIONAL_LANGUAGE] = process.argv.slice(2);
if (!isLanguage(language)) throw new Error(`npm run recall: unknown language "${language}" — use fi or sv`);
console.log(recallMarkdown(await measureRecall(siteDir, language)));
