/**
 * Local notes and translations are written against a national text: each
 * records the text's code, and its folder keeps a record of the text behind
 * every code it has stood under, so that when the national text changes the
 * build can show what it was and what it is now.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { writeAtomically } from "./atomic-write.ts";

/** Eight hex digits of SHA-256: short enough to copy, long enough never to collide by chance here. */
export function textCode(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 8);
}

export type TextRecord<T> = { readonly [code: string]: T };

export async function readTextRecord<T>(path: string): Promise<TextRecord<T>> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path, "utf8"));
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as TextRecord<T>) : {};
  } catch {
    // No record yet (a new edition or translation), or one an editor broke: a new one is started.
    return {};
  }
}

/** Adds the texts of today's codes to the record, rewriting the file (sorted, for readable diffs) only when one is new. */
export async function keepTextRecord<T>(path: string, record: TextRecord<T>, now: TextRecord<T>): Promise<void> {
  if (Object.keys(now).every((code) => code in record)) return;
  const merged = Object.entries({ ...record, ...now }).sort(([a], [b]) => a.localeCompare(b));
  await writeAtomically(path, `${JSON.stringify(Object.fromEntries(merged), null, 2)}\n`);
}
