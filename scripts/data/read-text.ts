/**
 * Reads a content file as text, or says exactly why it cannot: unreadable,
 * or bytes that are not UTF-8 (with the line and column of the first bad
 * byte, so a Latin-1 `ö` never reaches the page as `�`). A UTF-8 byte-order
 * mark is dropped: YAML allows one and some Windows editors write it.
 */
import { isUtf8 } from "node:buffer";
import { readFile } from "node:fs/promises";
import { fileProblem, type Problem } from "./problems.ts";

const BYTE_ORDER_MARK = "\uFEFF";

export type TextResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: Problem };

/** `shown` is how messages name the file. */
export async function readText(absolutePath: string, shown: string): Promise<TextResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(absolutePath);
  } catch (error) {
    return { ok: false, problem: fileProblem(shown, unreadable(error as NodeJS.ErrnoException, shown)) };
  }
  if (!isUtf8(bytes)) return { ok: false, problem: notUtf8(bytes, shown) };
  const text = bytes.toString("utf8");
  return { ok: true, text: text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text };
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
