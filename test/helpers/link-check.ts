/**
 * Internal links of a built site, checked as a static host would serve them
 * under its path prefix: every href, src and form action must land on a
 * built file inside the prefix, and every #fragment on an element id.
 */
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { pageFile } from "../../lib/urls.ts";
import { readPage } from "./site.ts";

export class LinkChecker {
  private readonly ids = new Map<string, Set<string>>();

  constructor(
    private readonly siteDir: string,
    private readonly pathPrefix = "/",
  ) {}

  /** The file a site path ("/tilanteet/tyoton/") serves, as a static host resolves it. */
  fileFor(path: string): string | undefined {
    const direct = join(this.siteDir, path);
    if (existsSync(direct) && statSync(direct).isFile()) return path;
    const index = `/${pageFile(path.endsWith("/") ? path : `${path}/`)}`;
    return existsSync(join(this.siteDir, index)) ? index : undefined;
  }

  idsIn(file: string): Set<string> {
    let ids = this.ids.get(file);
    if (!ids) {
      ids = new Set(
        readPage(file, this.siteDir)
          .querySelectorAll("[id]")
          .map((el) => el.id),
      );
      this.ids.set(file, ids);
    }
    return ids;
  }

  /** Broken references on one page, given as its site path ("/", "/haku/", "/404.html"). */
  brokenOn(page: string): string[] {
    const html = readPage(page, this.siteDir);
    const references = [
      ...html.querySelectorAll("a[href], link[href]").map((el) => el.getAttribute("href")!),
      ...html.querySelectorAll("script[src], img[src]").map((el) => el.getAttribute("src")!),
      ...html.querySelectorAll("form[action]").map((el) => el.getAttribute("action")!),
    ];
    const base = `http://handbook.test${this.pathPrefix}${page.slice(1)}`;
    const broken: string[] = [];
    for (const reference of references) {
      const url = new URL(reference, base);
      if (url.host !== "handbook.test") continue; // external: not ours to check offline
      const path = decodeURIComponent(url.pathname);
      if (!path.startsWith(this.pathPrefix)) {
        broken.push(`${reference} (outside ${this.pathPrefix})`);
        continue;
      }
      const file = this.fileFor(`/${path.slice(this.pathPrefix.length)}`);
      if (!file) broken.push(`${reference} (no such file)`);
      else if (
        url.hash &&
        file.endsWith(".html") &&
        !this.idsIn(`/${file.replace(/^\//, "")}`).has(decodeURIComponent(url.hash.slice(1)))
      ) {
        broken.push(`${reference} (no element with id ${url.hash})`);
      }
    }
    return broken;
  }
}
