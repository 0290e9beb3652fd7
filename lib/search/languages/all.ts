/** Each language the site can be built in, with its search rules. */
import type { Language } from "../../languages.ts";
import { finnish } from "./finnish.ts";
import type { SearchLanguage } from "./search-language.ts";
import { swedish } from "./swedish.ts";

const SEARCH_LANGUAGES: Readonly<Record<Language, SearchLanguage>> = { fi: finnish, sv: swedish };

export function searchLanguage(code: Language): SearchLanguage {
  return SEARCH_LANGUAGES[code];
}
