import { fold } from "./fold.ts";

/**
 * Finnish inflection for search. Pagefind's Snowball stemmer misses consonant
 * gradation (työkyvyn ↛ työkyky) and stem changes (kuntoutuksen ↛ kuntoutus).
 * `formKeys` gives every plausible base of a word form: case and plural
 * endings stripped, weak grades turned strong, -ukse-/-ude-/-ise- stems turned
 * back to -us/-inen. Two forms of one word share a key. The build keys the
 * handbook's dictionary; the search page keys the query and also searches the
 * dictionary words that share its keys. Keys are folded (no ä/ö), so a query
 * typed without diacritics meets the same words. Runs in Node and in the browser.
 */

/** Case, plural and possessive-free endings, longest first. */
const ENDINGS = [
  "itten",
  "iden",
  "seen",
  "siin",
  "ineen",
  "ille",
  "illa",
  "illä",
  "ilta",
  "iltä",
  "issa",
  "issä",
  "ista",
  "istä",
  "ihin",
  "iksi",
  "ksi",
  "lla",
  "llä",
  "lta",
  "ltä",
  "lle",
  "ssa",
  "ssä",
  "sta",
  "stä",
  "tta",
  "ttä",
  "hin",
  "hon",
  "hön",
  "han",
  "hän",
  "hen",
  "jen",
  "ien",
  "ten",
  "den",
  "ita",
  "itä",
  "ina",
  "inä",
  "en",
  "an",
  "än",
  "on",
  "ön",
  "un",
  "yn",
  "in",
  "na",
  "nä",
  "ta",
  "tä",
  "ja",
  "jä",
  "ia",
  "iä",
  "et",
  "a",
  "ä",
  "n",
  "t",
  "i",
] as const;

/** Stem-end alternations: weak grade or inflectional stem → base form. */
const ALTERNATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/([aeiouyäö])kse?$/, "$1s"], // kuntoutukse-, laitokse- → kuntoutus, laitos
  [/(u|y)(d|t)e?$/, "$1s"], // etuude-, sairaute- → etuus, sairaus
  [/(i|e)se?$/, "inen"], // työllistymise-, moniammatillise- → -inen
  [/ttöm$/, "tön"], // työttöm- → työtön
  [/ttom$/, "ton"],
  [/vy$/, "ky"], // työkyvy- → työkyky
  [/rpee?$/, "rve"], // kuntoutustarpe(e)- → kuntoutustarve
  [/ll(o|a|ä)$/, "lt$1"], // työterveyshuollo- → työterveyshuolto
  [/nn(o|a|ä)$/, "nt$1"],
  [/rr(o|a|ä)$/, "rt$1"],
  [/d(o|a|ä|e)$/, "t$1"], // erikoissairaanhoido- → -hoito
  [/([aeiouyäö])([kpt])oi?$/, "$1$2$2a"], // työpaikoi- → työpaikka
  [/([aeiouyäö])k(a|ä|o|u)$/, "$1kk$2"], // työpaika- → työpaikka
  [/([aeiouyäö])p(a|ä|o|u)$/, "$1pp$2"],
  [/([aeiouyäö])t(a|ä|o|u)$/, "$1tt$2"],
  [/e$/, "i"], // riske- → riski
  [/ö$/, "ä"], // -tekijö- → -tekijä
  [/i$/, "a"], // ohjaaji- → ohjaaja
  [/i$/, "ä"],
  [/i$/, ""], // järjestöi- → järjestö
];

const MIN_KEY_LENGTH = 4;

/**
 * Keys are asked for the same words again and again (every query word, every
 * result's name, every candidate split), and each costs a few dozen regular
 * expressions: remember them. The words are the handbook's and the reader's,
 * so the memo stays small.
 */
function remembered<T>(compute: (word: string) => T): (word: string) => T {
  const memo = new Map<string, T>();
  return (word) => {
    let value = memo.get(word);
    if (value === undefined) memo.set(word, (value = compute(word)));
    return value;
  };
}

export const formKeys: (word: string) => string[] = remembered(computeFormKeys);

function computeFormKeys(word: string): string[] {
  const form = word.toLowerCase();
  const stems = new Set([form]);
  for (const ending of ENDINGS) {
    if (form.endsWith(ending) && form.length - ending.length >= 3) stems.add(form.slice(0, -ending.length));
  }
  const keys = new Set<string>();
  for (const stem of stems) {
    keys.add(stem);
    for (const [pattern, replacement] of ALTERNATIONS) {
      if (pattern.test(stem)) keys.add(stem.replace(pattern, replacement));
    }
  }
  return [...keys].filter((key) => key.length >= MIN_KEY_LENGTH);
}

/** The keys of a word and of its folded spelling, folded: what the dictionary's form table is keyed by. */
export const foldedKeys: (word: string) => string[] = remembered((word) => [
  ...new Set([...formKeys(word), ...formKeys(fold(word))].map(fold)),
]);

/** What two words share when one is a form of the other: the folded word itself (even a short one: `ja`, `te`) and its keys. */
export const matchKeys: (word: string) => ReadonlySet<string> = remembered(
  (word) => new Set([fold(word), ...foldedKeys(word)]),
);

/** The words of a text, lower-cased: Finnish letters and digits, split at anything else. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The dictionary keyed by folded form: key → the dictionary words that have it. */
export interface FormTable {
  readonly byKey: ReadonlyMap<string, readonly string[]>;
  /** Folded and sorted, for prefix look-ups. */
  readonly words: readonly string[];
}

export function buildFormTable(dictionaryWords: Iterable<string>): FormTable {
  const byKey = new Map<string, string[]>();
  const unique = [...new Set(dictionaryWords)];
  const words = [...new Set(unique.map(fold))].sort();
  for (const word of unique) {
    for (const key of foldedKeys(word)) {
      const list = byKey.get(key);
      if (list) list.push(word);
      else byKey.set(key, [word]);
    }
  }
  return { byKey, words };
}

/** Keys this long that begin a dictionary word are searched too: Pagefind matches word prefixes. */
const MIN_PREFIX_KEY = 5;

/**
 * Other forms of `query`'s word to search as well: dictionary words sharing a
 * key with it, and its keys that begin a dictionary word (sairauden → sairaus,
 * which begins sairausperusteiset). The query itself is excluded.
 */
export function relatedForms(query: string, table: FormTable, limit = 6): string[] {
  const lower = query.toLowerCase();
  const related = new Set<string>();
  for (const key of foldedKeys(lower)) {
    for (const word of table.byKey.get(key) ?? []) related.add(word);
    if (key.length >= MIN_PREFIX_KEY && key !== fold(lower) && beginsAWord(key, table.words)) related.add(key);
  }
  related.delete(lower);
  return [...related].sort((a, b) => a.length - b.length).slice(0, limit);
}

/** Whether a word of the sorted list begins with `prefix`. */
export function beginsAWord(prefix: string, sortedWords: readonly string[]): boolean {
  let low = 0;
  let high = sortedWords.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sortedWords[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  return sortedWords[low]?.startsWith(prefix) ?? false;
}
