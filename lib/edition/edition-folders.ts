/**
 * The folders and files inside an edition, apart from its files' schemas (./edition-schema.ts): code that only needs
 * where things are, such as the build's main thread finding the translations, does not load zod and the schemas.
 */

/** The folder of an edition that holds its translations, one folder per language (checked by the translation step). */
export const TRANSLATIONS_DIR = "translations";

/** The folder of an edition that holds the notes' Markdown. */
export const NOTES_DIR = "notes";

/**
 * The edition's record of every national text its notes have stood under, kept by the build
 * (scripts/edition/stale-notes.ts) and committed with the edition.
 */
export const NATIONAL_TEXTS_FILE = ".national-texts.json";
