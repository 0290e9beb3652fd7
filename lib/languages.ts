/**
 * The languages the site can be built in. Finnish is the national content's
 * own language and always built, at the site's root; every other language
 * gets the same pages at parallel URLs under its own folder (/sv/…).
 */

export const LANGUAGES = ["fi", "sv"] as const;
export type Language = (typeof LANGUAGES)[number];

/** The national content's language: its pages live at the root. */
export const NATIONAL_LANGUAGE: Language = "fi";

export function isLanguage(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code);
}

/** The root-relative folder of a language's pages: "" for Finnish, "/sv" for Swedish. */
export function languageFolder(language: Language): string {
  return language === NATIONAL_LANGUAGE ? "" : `/${language}`;
}

/** A page's URL in another language: "/sv/tilanteet/tyoton/" ↔ "/tilanteet/tyoton/". */
export function urlIn(url: string, from: Language, to: Language): string {
  const folder = languageFolder(from);
  if (folder && !url.startsWith(`${folder}/`)) throw new Error(`"${url}" is not a page in the language ${from}`);
  return `${languageFolder(to)}${url.slice(folder.length)}`;
}

/**
 * LANGUAGES=fi,sv: the languages to build, Finnish first. Unset: Finnish only.
 * An unknown code, or a list without Finnish, is an error that says what would be right.
 */
export function siteLanguages(raw: string | undefined): Language[] {
  const codes = (raw ?? "")
    .split(",")
    .map((code) => code.trim())
    .filter(Boolean);
  if (!codes.length) return [NATIONAL_LANGUAGE];
  const unknown = codes.filter((code) => !isLanguage(code));
  if (unknown.length)
    throw new Error(`LANGUAGES: unknown language ${unknown.join(", ")} — use codes among ${LANGUAGES.join(", ")}`);
  if (!codes.includes(NATIONAL_LANGUAGE))
    throw new Error(`LANGUAGES: ${codes.join(",")} lacks ${NATIONAL_LANGUAGE} — the national language is always built`);
  return [NATIONAL_LANGUAGE, ...LANGUAGES.filter((code) => code !== NATIONAL_LANGUAGE && codes.includes(code))];
}
