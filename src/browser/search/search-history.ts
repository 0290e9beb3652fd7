/**
 * The search in the page's URL and history. Typing a new query starts a new
 * history entry once and then refines it, so Back returns to the search
 * before it, however fast or slowly the reader typed; a submitted, ticked or
 * chosen search is an entry of its own.
 */
import { formParams } from "./search-form.ts";

export interface SearchHistory {
  /** A typing pause: the first starts an entry, the next ones replace it. */
  typed(): void;
  /** The form was submitted: the typed entry, if any, becomes the submitted one. */
  submitted(): void;
  /** A filter was ticked or a correction chosen: a new entry. */
  chosen(): void;
  /** Back or Forward reached another entry, which typing did not make. */
  moved(): void;
}

export function searchHistory(form: HTMLFormElement): SearchHistory {
  /** Whether the current history entry is one that typing made. */
  let typedEntry = false;
  const sync = () => {
    const url = new URL(location.href);
    url.search = formParams(form).toString();
    if (url.href === location.href) return;
    if (!typedEntry) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  };
  return {
    typed() {
      sync();
      typedEntry = true;
    },
    submitted() {
      sync();
      typedEntry = false;
    },
    chosen() {
      typedEntry = false;
      sync();
    },
    moved() {
      typedEntry = false;
    },
  };
}
