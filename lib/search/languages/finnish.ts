/**
 * Finnish for search. Pagefind's Snowball stemmer misses consonant gradation
 * (työkyvyn ↛ työkyky) and stem changes (kuntoutuksen ↛ kuntoutus): case and
 * plural endings are stripped, weak grades turned strong, -ukse-/-ude-/-ise-
 * stems turned back to -us/-inen.
 */
import type { SearchLanguage } from "./search-language.ts";

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
];

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

export const finnish: SearchLanguage = {
  code: "fi",
  endings: ENDINGS,
  alternations: ALTERNATIONS,
  // The genitive: työkyvyn, sosiaalialan.
  linkingForms: (base) => (/[aeiouy]$/.test(base) ? [`${base}n`] : []),
  // Finnish words end in a vowel, -n or -s (työ|terveys in työterveys|hoitaja).
  partEnd: /[aeiouyns]$/,
  functionWords: new Set(
    "kuka kenen kenelle kenet ketka mika mita mista mihin missa milla miten miksi milloin minka voiko onko on ovat ole ei en kun jos saa teen tehda mina".split(
      " ",
    ),
  ),
};
