/**
 * Pagefind (1.5) writes each filter's values in a hash map's order, which changes from run to run: the
 * same pages gave other filter files, so another metadata file and entry, and another service worker,
 * whose every reader then downloaded the whole site again after a deploy that changed nothing (Pagefind
 * issue #638: its fragments are stable, "filter/metadata indexes" not). So, once Pagefind has written the
 * index, each filter's values are put in order, and the filter files, each language's metadata that names
 * them and the entry that names the metadata are named anew by their bytes: the same pages, the same index.
 */
import { createHash } from "node:crypto";
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import {
  PAGEFIND_ENTRY,
  PAGEFIND_SIGNATURE,
  pagefindFilter,
  pagefindMeta,
  type PagefindEntry,
} from "../../lib/search/pagefind-files.ts";
import { cborArray, cborText, cborTextBytes } from "./cbor.ts";
import { byName } from "../../lib/collections.ts";

const SIGNATURE = Buffer.from(PAGEFIND_SIGNATURE);

/** A file of the index, inflated, without its signature. */
function readIndexFile(path: string): Buffer {
  const inflated = gunzipSync(readFileSync(path));
  if (!inflated.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`${path} has no Pagefind signature`);
  return inflated.subarray(SIGNATURE.length);
}

const writeIndexFile = (path: string, cbor: Buffer) => writeFileSync(path, gzipSync(Buffer.concat([SIGNATURE, cbor])));

/** A hash name like Pagefind's (`fi_` and `digits` hex digits), of `bytes`. */
function hashName(like: string, bytes: Buffer): string {
  const language = like.slice(0, like.lastIndexOf("_") + 1);
  const digits = like.length - language.length;
  return language + createHash("sha256").update(bytes).digest("hex").slice(0, digits);
}

/**
 * `cbor` with the items of the array at `at` in the order of the text each begins with (an item is
 * itself an array: [name, …]).
 */
function sortedByName(cbor: Buffer, at: number): Buffer {
  const { items, end } = cborArray(cbor, at);
  const named = items.map(({ start, end }) => ({
    bytes: cbor.subarray(start, end),
    name: cborText(cbor, cborArray(cbor, start).items[0]!.start),
  }));
  named.sort(byName);
  const first = items[0]?.start ?? end;
  return Buffer.concat([cbor.subarray(0, first), ...named.map(({ bytes }) => bytes), cbor.subarray(end)]);
}

/** The metadata's filters: [name, hash] each, its fourth item. */
const filtersAt = (meta: Buffer) => cborArray(meta, 0).items[3]!.start;

/** Sorts every filter of the index in siteDir and names the filters, metadata and entry by their bytes; the entry as written. */
export function stabiliseFilters(siteDir: string): PagefindEntry {
  const entryPath = join(siteDir, PAGEFIND_ENTRY);
  const entry = JSON.parse(readFileSync(entryPath, "utf8")) as PagefindEntry;
  const languages: Record<string, PagefindEntry["languages"][string]> = {};
  // In code order: Pagefind lists a bilingual site's languages in no fixed one.
  for (const language of Object.keys(entry.languages).sort()) {
    const { hash, ...rest } = entry.languages[language]!;
    const metaPath = join(siteDir, pagefindMeta(hash));
    let meta = readIndexFile(metaPath);
    for (const filter of cborArray(meta, filtersAt(meta)).items) {
      const oldHash = cborText(meta, cborArray(meta, filter.start).items[1]!.start);
      const oldPath = join(siteDir, pagefindFilter(oldHash));
      // A filter file: [filter, [[value, pages], …]].
      const filterCbor = readIndexFile(oldPath);
      const sorted = sortedByName(filterCbor, cborArray(filterCbor, 0).items[1]!.start);
      const newHash = hashName(oldHash, sorted);
      rmSync(oldPath);
      writeIndexFile(join(siteDir, pagefindFilter(newHash)), sorted);
      meta = replaceOnce(meta, cborTextBytes(oldHash), cborTextBytes(newHash));
    }
    meta = sortedByName(meta, filtersAt(meta));
    const newMetaHash = hashName(hash, meta);
    writeIndexFile(metaPath, meta);
    renameSync(metaPath, join(siteDir, pagefindMeta(newMetaHash)));
    languages[language] = { hash: newMetaHash, ...rest };
  }
  const stable = { ...entry, languages };
  writeFileSync(entryPath, JSON.stringify(stable));
  return stable;
}

/** `bytes` with `from`, which must occur once, replaced by `to`, as long. */
function replaceOnce(bytes: Buffer, from: Buffer, to: Buffer): Buffer {
  const at = bytes.indexOf(from);
  if (at < 0 || bytes.indexOf(from, at + 1) >= 0 || from.length !== to.length)
    throw new Error(`Pagefind's metadata does not name ${from.toString()} once`);
  return Buffer.concat([bytes.subarray(0, at), to, bytes.subarray(at + from.length)]);
}
