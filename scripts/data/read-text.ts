/**
 * Reads a content file as text, or says exactly why it cannot: unreadable,
 * larger than any content file should be (checked before a byte is read), or
 * bytes that are not UTF-8 (with the line and column of the first bad
 * byte, so a Latin-1 `ö` never reaches the page as `�`). A UTF-8 byte-order
 * mark is dropped: YAML allows one and some Windows editors write it.
 */
import { isUtf8 } from "node:buffer";
import { open } from "node:fs/promises";
import { fileProblem, type Problem } from "./problems.ts";

const BYTE_ORDER_MARK = "\uFEFF";

/**
 * The largest content file the data step reads: 40 times today's largest
 * (actions.yaml, about 6 kB). YAML costs far more than its bytes — 2 MB of
 * short list items took 1.8 GB and over a minute to parse here — and at this
 * size the worst accepted file stays in a few hundred MB (docs/developers.md).
 */
export const MAX_CONTENT_FILE_BYTES = 256 * 1024;

export type TextResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: Problem };

/** `shown` is how messages name the file. */
export async function readText(absolutePath: string, shown: string): Promise<TextResult> {
  let bytes: Buffer;
  try {
    const file = await open(absolutePath);
    try {
      const { size } = await file.stat();
      if (size > MAX_CONTENT_FILE_BYTES) return { ok: false, problem: fileProblem(shown, tooLarge(size)) };
      bytes = await file.readFile();
    } finally {
      await file.close();
    }
  } catch (error) {
    return { ok: false, problem: fileProblem(shown, unreadable(error as NodeJS.ErrnoException, shown)) };
  }
  if (!isUtf8(bytes)) return { ok: false, problem: notUtf8(bytes, shown) };
  const text = bytes.toString("utf8");
  return { ok: true, text: text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text };
}

function tooLarge(size: number): string {
  const kB = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString("en")} kB`;
  return `is ${kB(size)} — a content file may be at most ${kB(MAX_CONTENT_FILE_BYTES)}; remove what does not belong in it`;
}

function unreadable(error: NodeJS.ErrnoException, shown: string): string {
  switch (error.code) {
    case "EACCES":
    case "EPERM":
      return `cannot be read: permission denied — let the build read it, e.g. chmod a+r ${shown}`;
    case "EISDIR":
      return "is a folder, not a file — remove the folder or give it another name";
    default:
      return `cannot be read (${error.code ?? error.message}) — check the file and the disk`;
  }
}

/**
 * The first byte that breaks UTF-8. Decoding leniently turns each bad
 * sequence into U+FFFD; the valid prefix re-encodes to the very same bytes,
 * so the first character that does not is where the bad bytes start.
 */
function notUtf8(bytes: Buffer, shown: string): Problem {
  const text = bytes.toString("utf8");
  let offset = 0;
  let line = 1;
  let col = 1;
  for (const character of text) {
    const encoded = Buffer.from(character, "utf8");
    if (!bytes.subarray(offset, offset + encoded.length).equals(encoded)) break;
    offset += encoded.length;
    if (character === "\n") [line, col] = [line + 1, 1];
    else col += 1;
  }
  const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, "0");
  return {
    file: shown,
    line,
    col,
    path: "(encoding)",
    message: `byte 0x${byte} is not UTF-8 (the file was probably saved as Latin-1 or Windows-1252) — save it as UTF-8`,
  };
}
