/** The search form as a query and filters, and back: the URL's parameters are the form's fields. */
import { FILTER_KEYS, type Filters } from "../../../lib/search/engine.ts";

export interface FormSearch {
  readonly query: string;
  readonly filters: Filters;
}

export function readForm(form: HTMLFormElement, input: HTMLInputElement): FormSearch {
  const data = new FormData(form);
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const values = data.getAll(key).map(String);
    if (values.length) filters[key] = values;
  }
  return { query: input.value.trim(), filters };
}

export function fillForm(form: HTMLFormElement, input: HTMLInputElement, params: URLSearchParams): void {
  input.value = params.get("q") ?? "";
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = params.getAll(box.name).includes(box.value);
  }
}

/** The form's fields as URL parameters, as a GET submit would send them. */
export function formParams(form: HTMLFormElement): URLSearchParams {
  return new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
}

function hasFilters(filters: Filters): boolean {
  return Object.values(filters).some((values) => values !== undefined && values.length > 0);
}

/** Whether anything is searched: a query, or a filter alone. */
export const isSearching = ({ query, filters }: FormSearch) => Boolean(query) || hasFilters(filters);
