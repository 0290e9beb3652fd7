/** The browser scripts' UI strings: the same table and the same function as the templates' `t` filter. */
import ui from "../_data/ui.json" with { type: "json" };
import { translate, type UiKey, type UiParams } from "../../lib/ui-text.ts";

export const t = (key: UiKey<typeof ui>, params?: UiParams): string => translate(ui, key, params);
