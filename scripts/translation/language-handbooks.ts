/**
 * The handbook in each language the site is built in, as `npm run build` and
 * `npm start` both make it: the national handbook for Finnish, and for every
 * other language the translation (TRANSLATIONS/<language>/) laid over it —
 * what the translation lacks shows in Finnish, marked so.
 */
import type { Handbook } from "../../lib/handbook/handbook.ts";
import { localizeHandbook } from "../../lib/i18n/localize.ts";
import { NATIONAL_LANGUAGE, type Language } from "../../lib/languages.ts";
import type { Problem } from "../data/problems.ts";
import { loadTranslation, translationsRoot } from "./load-translation.ts";

export type LanguageHandbooks =
  | {
      readonly ok: true;
      readonly handbooks: ReadonlyMap<Language, Handbook>;
      /** Stale or unrecorded translations: the build goes on, and says so. */
      readonly warnings: readonly Problem[];
    }
  /** The first language whose translation does not validate, and why. */
  | { readonly ok: false; readonly language: Language; readonly problems: readonly Problem[] };

export async function languageHandbooks(
  languages: readonly Language[],
  national: Handbook,
  root = translationsRoot(),
): Promise<LanguageHandbooks> {
  const handbooks = new Map<Language, Handbook>([[NATIONAL_LANGUAGE, national]]);
  const warnings: Problem[] = [];
  for (const language of languages.filter((code) => code !== NATIONAL_LANGUAGE)) {
    const loaded = await loadTranslation(root, language, national);
    if (loaded.problems.length) return { ok: false, language, problems: loaded.problems };
    warnings.push(...loaded.warnings);
    handbooks.set(language, localizeHandbook(national, loaded.translation));
  }
  return { ok: true, handbooks, warnings };
}
