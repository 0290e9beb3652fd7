/**
 * The folder, relative to content/, where editors' editors find the JSON Schemas (the data step writes
 * them). Apart from content-schema.ts, whose schemas bring zod: the compiled build's main thread needs
 * only this name (scripts/data/kept-result.ts).
 */
export const SCHEMA_DIR = ".schema";
