/**
 * Swedish for search. Pagefind's Snowball stemmer strips most endings, but
 * not the definite plural of agent nouns (socialarbetarnas ↛ socialarbetare)
 * nor a doubled consonant (mannen ↛ man), and the dictionary look-ups (other
 * forms, compound tails, corrections) need the same keys for every form of a
 * word: företagshälsovården and företagshälsovård, arbetsförmågan and
 * arbetsförmåga, klientens and klient.
 */
import type { SearchLanguage } from "./search-language.ts";

/** Definite, plural and genitive endings (and an adjective's -a, -t), longest first. */
const ENDINGS = [
  "arnas",
  "ornas",
  "ernas",
  "arna",
  "orna",
  "erna",
  "ens",
  "ets",
  "nas",
  "en",
  "et",
  "na",
  "ar",
  "or",
  "er",
  "as",
  "es",
  "s",
  "n",
  "t",
  "a",
  "e",
];

const ALTERNATIONS: readonly (readonly [RegExp, string])[] = [
  [/ar$/, "are"], // socialarbetar(nas) → socialarbetare, handledar(na) → handledare
  [/([bdfgklmnprst])\1$/, "$1"], // mann(en) → man, program(met) → program
];

export const swedish: SearchLanguage = {
  code: "sv",
  endings: ENDINGS,
  alternations: ALTERNATIONS,
  // The linking s (rehabiliterings|behov); a final vowel dropped (arbete → arbets|förmåga), or turned to o or e (hälsa → hälso|vård).
  linkingForms(base) {
    const stem = base.replace(/[aeo]$/, "");
    return stem === base ? [`${base}s`] : [`${base}s`, stem, `${stem}s`, `${stem}o`, `${stem}e`];
  },
  // A part the dictionary lacks is taken for a word when it ends in a linking form (företags|, hälso|, arbetsförmåge|).
  partEnd: /[aeos]$/,
  functionWords: new Set("vem vad hur var nar varfor vilken vilka ar kan jag en ett gor gora om".split(" ")),
};
