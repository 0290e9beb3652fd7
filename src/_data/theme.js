// The theme colours for <meta name="theme-color"> and the web app manifest,
// read from the stylesheet's tokens so that site.css stays their one source.
import { readFileSync } from "node:fs";

const css = readFileSync(new URL("../assets/site.css", import.meta.url), "utf8");

/**
 * The value of a custom property in the first `:root { … }` after `marker` in site.css.
 * @param {string} name
 * @param {string} marker
 */
function token(name, marker) {
  const from = css.indexOf(marker);
  const match = new RegExp(`--${name}:\\s*(#[0-9a-f]{3,8})`, "i").exec(css.slice(from));
  if (from < 0 || !match) throw new Error(`src/assets/site.css: no --${name} after "${marker}"`);
  return match[1];
}

export default {
  light: token("header-bg", "@layer tokens"),
  dark: token("header-bg", "prefers-color-scheme: dark"),
  background: token("bg", "@layer tokens"),
};
