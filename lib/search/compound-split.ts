/**
 * Parts of compounds (Finnish and Swedish alike; each language's linking
 * forms in languages/). Pagefind matches words from their start, so
 * `kuntoutus` finds `kuntoutusohjaaja` but `ohjaaja` does not: readers often
 * remember a compound's tail. The build splits the handbook's own dictionary
 * (`compoundTails`): a long word is a compound where it starts with a known
 * word — a dictionary word, one of its base forms or its genitive (the
 * linking forms: `työkyky|koordinaattori`, `työkyvyn|…`, `sairaus|poissaolot`),
 * possibly itself a compound (`osa|sairaus|päivärahan`) — and what follows is a
 * word of its own. The search page indexes the tails by their base forms
 * (`compoundIndex`), so a query for a tail also searches the compounds.
 */
import type { FormTable, WordKeys } from "./word-forms.ts";
import { fold } from "./fold.ts";

/** A head shorter than this is not a word of its own (`yh|teistyö`). */
const MIN_HEAD = 3;
/** Nor a tail shorter than this: `työ`, `tuki` would match half the handbook. */
const MIN_TAIL = 5;

/**
 * The forms a word can take as the first part of a compound, folded: the
 * word, its base forms and their linking forms (`työkyky`, `työkyvyn`; `arbete`, `arbets`).
 */
export function linkingForms(word: string, keys: WordKeys): string[] {
  const heads = new Set<string>();
  for (const form of [fold(word), ...keys.formKeys(fold(word))]) {
    if (form.length < MIN_HEAD) continue;
    heads.add(form);
    for (const linked of keys.language.linkingForms(form)) heads.add(linked);
  }
  return [...heads];
}

/**
 * Whether `text` is a chain of known heads (`osa|sairaus`), allowing one part
 * the dictionary does not have on its own if it ends like a word
 * (`työ|terveys` in `työterveys|hoitaja`) and at least one part is known.
 */
function isHeadChain(
  text: string,
  heads: ReadonlySet<string>,
  partEnd: RegExp,
  memo: Map<string, boolean>,
  freeLeft = 1,
): boolean {
  const memoKey = `${freeLeft}:${text}`;
  const known = memo.get(memoKey);
  if (known !== undefined) return known;
  let found = heads.has(text);
  for (let cut = MIN_HEAD; !found && cut <= text.length - MIN_HEAD; cut++) {
    const first = text.slice(0, cut);
    const rest = text.slice(cut);
    if (heads.has(first))
      found = isHeadChain(rest, heads, partEnd, memo, freeLeft) || (freeLeft > 0 && isFreePart(rest, partEnd));
    else if (freeLeft > 0 && isFreePart(first, partEnd)) found = isHeadChain(rest, heads, partEnd, memo, freeLeft - 1);
  }
  memo.set(memoKey, found);
  return found;
}

/** A part the dictionary lacks may still be a word: long enough, and ending like one (in Finnish a vowel, -n or -s). */
function isFreePart(text: string, partEnd: RegExp): boolean {
  return text.length >= MIN_HEAD && partEnd.test(text);
}

/**
 * For each compound of the dictionary (folded), the tails it can be split
 * into, longest first: `tyokykykoordinaattori` → [`koordinaattori`].
 */
export function compoundTails(dictionaryWords: Iterable<string>, keys: WordKeys): Record<string, string[]> {
  const words = [...new Set([...dictionaryWords].map(fold))].sort();
  const heads = new Set(words.flatMap((word) => linkingForms(word, keys)));
  const memo = new Map<string, boolean>();
  const tails: Record<string, string[]> = {};
  for (const word of words) {
    const found: string[] = [];
    for (let cut = MIN_HEAD; cut <= word.length - MIN_TAIL; cut++) {
      if (isHeadChain(word.slice(0, cut), heads, keys.language.partEnd, memo)) found.push(word.slice(cut));
    }
    if (found.length) tails[word] = found;
  }
  return tails;
}

/** Tail key → the compounds that end in it: what a query for the tail also searches. */
export interface CompoundIndex {
  readonly keys: WordKeys;
  readonly byTail: ReadonlyMap<string, readonly string[]>;
}

export function compoundIndex(tails: Readonly<Record<string, readonly string[]>>, keys: WordKeys): CompoundIndex {
  const byTail = new Map<string, string[]>();
  for (const [compound, parts] of Object.entries(tails)) {
    for (const part of parts) {
      for (const key of keys.foldedKeys(part)) {
        const list = byTail.get(key) ?? [];
        if (!list.includes(compound)) list.push(compound);
        byTail.set(key, list);
      }
    }
  }
  return { keys, byTail };
}

/** The compounds whose tail is a form of `word`, shortest first. */
export function compoundsEndingIn(word: string, index: CompoundIndex, limit = 4): string[] {
  const own = fold(word);
  const found = new Set<string>();
  for (const key of index.keys.foldedKeys(word))
    for (const compound of index.byTail.get(key) ?? []) if (compound !== own) found.add(compound);
  return [...found].sort((a, b) => a.length - b.length).slice(0, limit);
}

/** A query word this long is looked for at the end of longer words too. */
const MIN_INNER_TAIL = 7;

/**
 * Dictionary words whose last part is a form of `word`, however they split:
 * one of their keys ends in one of its keys, after at least a head's length.
 * This finds the tails the dictionary's own splits miss, where the head has
 * two parts the handbook never writes alone (`elämän|tapa|ohjauksen` for
 * `tapaohjaus`). Shortest first.
 */
export function wordsEndingIn(word: string, forms: FormTable, limit = 4): string[] {
  const tails = forms.keys.foldedKeys(word).filter((key) => key.length >= MIN_INNER_TAIL);
  const found = new Set<string>();
  if (tails.length === 0) return [];
  for (const [key, words] of forms.byKey) {
    if (tails.some((tail) => key.length - tail.length >= MIN_HEAD && key.endsWith(tail)))
      for (const w of words) found.add(w);
  }
  return [...found].sort((a, b) => a.length - b.length).slice(0, limit);
}

/** Is `part` a word of the handbook, in any of its forms? */
export type KnownWord = (part: string) => boolean;

/**
 * The other direction: a query compound the handbook writes apart
 * (`elinkeinotoimisto` for `työ- ja elinkeino… TE-toimisto`). Split where
 * both parts are known words; the longest known tail wins.
 */
export function splitQueryCompound(word: string, isKnown: KnownWord): [string, string] | undefined {
  const folded = fold(word);
  for (let cut = MIN_HEAD; cut <= folded.length - MIN_HEAD; cut++) {
    const head = folded.slice(0, cut);
    const tail = folded.slice(cut);
    if (tail.length >= MIN_HEAD + 1 && isKnown(head) && isKnown(tail)) return [head, tail];
  }
  return undefined;
}
