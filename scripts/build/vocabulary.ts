import type { Handbook } from "../../lib/handbook.ts";
import { wordsOf } from "../../lib/finnish-forms.ts";

/** The assets/ file the vocabulary is written to, as `sanasto.<hash>.json`. */
export const VOCABULARY_NAME = "sanasto";

/** Every string anywhere in a JSON value, in document order. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

/** Every word of the handbook's text, once: the search page keys it to match inflected queries. */
export function vocabularyOf(handbook: Handbook): string[] {
  const words = new Set(stringsIn(handbook).flatMap(wordsOf));
  return [...words].filter((w) => w.length >= 3 && !/^\d+$/.test(w)).sort();
}
