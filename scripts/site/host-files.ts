import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { headerRules, headersFile } from "../deploy/headers.ts";

/** `_headers` for Netlify and Cloudflare Pages (sitemap, robots and manifest are Eleventy templates). */
export async function writeHostFiles(siteDir: string, pathPrefix: string): Promise<void> {
  await writeFile(join(siteDir, "_headers"), headersFile(headerRules(pathPrefix)));
}
