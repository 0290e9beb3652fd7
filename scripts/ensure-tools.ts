/**
 * `npm test` needs a few programs from Debian: Chromium for every browser
 * check, Java for the W3C HTML checker. This installs whichever is missing
 * with apt-get, so the README's test command is the only set-up on a fresh
 * machine, and says plainly what to do when it cannot.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { CHROMIUM_PATH } from "./browser/chromium.ts";
import { NGINX_PATH } from "./deploy/nginx-binary.ts";

interface SystemTool {
  /** The file whose presence means the tool is installed. */
  readonly path: string;
  readonly debianPackage: string;
  readonly neededFor: string;
}

const TOOLS: readonly SystemTool[] = [
  { path: CHROMIUM_PATH, debianPackage: "chromium", neededFor: "the browser checks (pa11y, axe, Puppeteer)" },
  { path: "/usr/bin/java", debianPackage: "default-jre-headless", neededFor: "the W3C HTML checker (vnu-jar)" },
  { path: NGINX_PATH, debianPackage: "nginx", neededFor: "the deploy check that runs docs/nginx.conf's server" },
];

const missing = TOOLS.filter((tool) => !existsSync(tool.path));
if (missing.length > 0) {
  const packages = missing.map((tool) => tool.debianPackage);
  for (const tool of missing)
    console.log(`${tool.path} is missing (needed for ${tool.neededFor}) — installing Debian's ${tool.debianPackage}…`);
  try {
    const aptGet = (args: string[]) =>
      execFileSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    aptGet(["update", "-qq"]);
    aptGet(["install", "-y", "-qq", ...packages]);
  } catch {
    console.error(
      `\nCould not install ${packages.join(", ")} with apt-get (it needs root and Debian's package mirror).`,
    );
    console.error(`Install them yourself — sudo apt-get install ${packages.join(" ")} — then run npm test again.`);
    process.exit(1);
  }
}
