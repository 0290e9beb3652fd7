import type { Handbook } from "../data/handbook.ts";
import { wordsOf } from "../../src/lib/finnish-forms.ts";

/** Every word of the handbook's text, once: the search page keys it to match inflected queries. */
export function vocabularyOf(handbook: Handbook): string[] {
  const words = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === "string") for (const word of wordsOf(value)) words.add(word);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === "object") Object.values(value).forEach(collect);
  };
  collect(handbook);
  return [...words].filter((w) => w.length >= 3 && !/^\d+$/.test(w)).sort();
}
