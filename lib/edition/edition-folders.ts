/**
 * The folders inside an edition, apart from its files' schemas (./edition-schema.ts): code that only needs
 * where things are, such as the build's main thread finding the translations, does not load zod and the schemas.
 */

/** The folder of an edition that holds its translations, one folder per language (checked by the translation step). */
export const TRANSLATIONS_DIR = "translations";

/** The folder of an edition that holds the notes' Markdown. */
export const NOTES_DIR = "notes";
