/**
 * Just enough CBOR (RFC 8949) to read the structure of Pagefind's index files: where an item ends, an
 * array's items, a text's value. Definite lengths only, as Pagefind writes them.
 */

/** An item's major type and argument, and where its content starts. */
function head(bytes: Uint8Array, at: number): { major: number; argument: number; content: number } {
  const initial = bytes[at];
  if (initial === undefined) throw new Error(`CBOR ends at byte ${at}`);
  const major = initial >> 5;
  const info = initial & 31;
  if (info < 24) return { major, argument: info, content: at + 1 };
  const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
  if (size === 0) throw new Error(`CBOR item at byte ${at}: indefinite or reserved length`);
  let argument = 0;
  for (let i = 1; i <= size; i++) argument = argument * 256 + bytes[at + i]!;
  return { major, argument, content: at + 1 + size };
}

/** Where the item starting at `at` ends. */
export function cborItemEnd(bytes: Uint8Array, at: number): number {
  const { major, argument, content } = head(bytes, at);
  switch (major) {
    case 2: // bytes
    case 3: // text
      return content + argument;
    case 4: // array
      return cborArray(bytes, at).end;
    case 5: {
      // map: key, value, …
      let end = content;
      for (let i = 0; i < argument * 2; i++) end = cborItemEnd(bytes, end);
      return end;
    }
    case 6: // tag: its item follows
      return cborItemEnd(bytes, content);
    case 7: // simple values and floats: their bytes are the argument's
      return content;
    default: // unsigned and negative integers
      return content;
  }
}

/** The array starting at `at`: its items' extents, and where it ends. */
export function cborArray(
  bytes: Uint8Array,
  at: number,
): { items: { readonly start: number; readonly end: number }[]; end: number } {
  const { major, argument, content } = head(bytes, at);
  if (major !== 4) throw new Error(`CBOR item at byte ${at} is not an array`);
  const items: { start: number; end: number }[] = [];
  let end = content;
  for (let i = 0; i < argument; i++) {
    const start = end;
    end = cborItemEnd(bytes, start);
    items.push({ start, end });
  }
  return { items, end };
}

/** The text starting at `at`. */
export function cborText(bytes: Uint8Array, at: number): string {
  const { major, argument, content } = head(bytes, at);
  if (major !== 3) throw new Error(`CBOR item at byte ${at} is not a text`);
  return Buffer.from(bytes.subarray(content, content + argument)).toString("utf8");
}

/** `text` as a CBOR text item. */
export function cborTextBytes(text: string): Buffer {
  const utf8 = Buffer.from(text);
  const { length } = utf8;
  if (length >= 65536) throw new Error("CBOR text too long");
  const initial = length < 24 ? [0x60 + length] : length < 256 ? [0x78, length] : [0x79, length >> 8, length & 255];
  return Buffer.concat([Buffer.from(initial), utf8]);
}
