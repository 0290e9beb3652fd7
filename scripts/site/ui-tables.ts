/** The UI strings of each language: src/ui/<language>.json, one table per language with the same keys. */
import { readFile } from "node:fs/promises";
import type { Language } from "../../lib/languages.ts";
import type { UiTable } from "../../lib/ui-text.ts";

export const UI_DIR = "src/ui";

/** Read afresh on every call, so that the preview shows an edited string at once. */
export async function readUiTable(language: Language): Promise<UiTable> {
  return JSON.parse(await readFile(`${UI_DIR}/${language}.json`, "utf8")) as UiTable;
}
