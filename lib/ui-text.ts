/**
 * UI strings: src/ui/<language>.json holds every string the site shows
 * outside content/, one table per language with the same keys, in groups
 * ("nav.home", "search.resultsMany"), with `{name}` placeholders. Templates
 * read the page's language's table through the `t` filter, browser scripts
 * through the same function, so a language is a new table, not new code.
 */

export interface UiTable {
  readonly [key: string]: string | UiTable;
}

export type UiParams = Readonly<Record<string, string | number>>;

/** "a.b.c" for every string of a table type: typed keys for the browser scripts. */
export type UiKey<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${UiKey<T[K]>}`;
}[keyof T & string];

/** The string at a dotted key with its placeholders filled; a missing key or parameter is an error, never a blank. */
export function translate(table: UiTable, key: string, params: UiParams = {}): string {
  let node: string | UiTable | undefined = table;
  for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
  if (typeof node !== "string") throw new Error(`the UI table has no string "${key}"`);
  return node.replace(/\{(\w+)\}/g, (_placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`the UI string "${key}" needs the parameter {${name}}`);
    return String(value);
  });
}

/** The `{name}` placeholders of a string, sorted: every language's string for a key needs the same ones. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
}

/** Every dotted key of a table that holds a string, in table order. */
export function uiKeys(table: UiTable, prefix = ""): string[] {
  return Object.entries(table).flatMap(([name, value]) =>
    typeof value === "string" ? [`${prefix}${name}`] : uiKeys(value, `${prefix}${name}.`),
  );
}

/** Keys read literally: `"nav.home" | t` in templates, `t("nav.home")` and `this.t("nav.home", …)` in code and front matter. */
export function literalKeys(source: string): string[] {
  return [...source.matchAll(/"([\w.]+)"\s*\|\s*t\b/g), ...source.matchAll(/\bt\(\s*"([\w.]+)"/g)].map(
    (match) => match[1]!,
  );
}

/** The table with only the given keys' strings, in the same groups: what a browser script needs of it. */
export function pickKeys(table: UiTable, keys: ReadonlySet<string>, prefix = ""): UiTable {
  const picked: Record<string, string | UiTable> = {};
  for (const [name, value] of Object.entries(table)) {
    const key = `${prefix}${name}`;
    if (typeof value === "string") {
      if (keys.has(key)) picked[name] = value;
    } else {
      const group = pickKeys(value, keys, `${key}.`);
      if (Object.keys(group).length) picked[name] = group;
    }
  }
  return picked;
}
