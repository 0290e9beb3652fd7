/**
 * The browser scripts' UI strings: the same tables and the same function as the templates' `t` filter, in the
 * page's language (`<html lang>`). The bundle carries only the strings the scripts read (scripts/site/assets.ts).
 */
import fi from "../ui/fi.json" with { type: "json" };
import sv from "../ui/sv.json" with { type: "json" };
import { translate, type UiKey, type UiParams } from "../../lib/ui-text.ts";

const tables = { fi, sv } as const;
const table = tables[document.documentElement.lang as keyof typeof tables] ?? fi;

export const t = (key: UiKey<typeof fi>, params?: UiParams): string => translate(table, key, params);
