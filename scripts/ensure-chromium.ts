/**
 * The browser checks drive Debian's Chromium (never a downloaded one). Installs
 * it with apt-get when it is missing, so `npm test` works on a fresh machine.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

import { CHROMIUM_PATH as CHROMIUM } from "./browser/chromium.ts";

if (!existsSync(CHROMIUM)) {
  console.log(`${CHROMIUM} is missing — installing Debian's chromium…`);
  const run = (args: string[]) => execFileSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  run(["update", "-qq"]);
  run(["install", "-y", "-qq", "chromium"]);
}
