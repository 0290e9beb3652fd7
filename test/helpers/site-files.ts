import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { relative, sep } from "node:path";
import { listFiles } from "../../lib/list-files.ts";

/** Every file of a built site, by its path in the site ("/" between folders), with a sha256 of its bytes, in path order. */
export function siteFileHashes(siteDir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const file of listFiles(siteDir).sort())
    files.set(
      relative(siteDir, file).split(sep).join("/"),
      createHash("sha256").update(readFileSync(file)).digest("hex"),
    );
  return files;
}
