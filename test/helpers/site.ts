/** The built site, as the tests read it. `npm test` builds it before any test runs. */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import type { Handbook } from "../../lib/handbook.ts";

export const SITE_DIR = process.env.SITE_DIR ?? "_site";

export function loadHandbook(): Handbook {
  return JSON.parse(readFileSync("src/_data/handbook.json", "utf8"));
}

/** Every HTML page of the site as its URL path: "/", "/tilanteet/tyoton/", "/404.html". */
export function sitePages(dir = SITE_DIR): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".html")) pages.push(`/${relative(dir, path).split(sep).join("/")}`.replace(/index\.html$/, ""));
    }
  };
  walk(dir);
  return pages.sort();
}

export function readPage(url: string, dir = SITE_DIR): HTMLElement {
  const file = url.endsWith("/") ? `${url}index.html` : url;
  return parse(readFileSync(join(dir, file), "utf8"));
}

export const text = (element: HTMLElement | null | undefined) => (element?.textContent ?? "").replace(/\s+/g, " ").trim();
