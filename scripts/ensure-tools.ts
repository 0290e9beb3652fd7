/**
 * The programs some test suites need besides Node: Chromium for the browser
 * checks, Firefox and WebKit (with a virtual display) for the cross-engine
 * flows, Java for the W3C HTML checker, nginx for the deploy check. Before
 * those suites run, `npm test` installs whichever is missing with apt-get, so
 * README's test command is the only set-up on a fresh Debian machine. Where
 * apt-get cannot run, it names each missing program and the variable that
 * points the tests at one installed elsewhere.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { CHROMIUM_PATH } from "./browser/chromium.ts";
import { FIREFOX_PATH, MINIBROWSER_PATH, WEBKIT_DRIVER_PATH, XVFB_RUN_PATH } from "./browser/engine-paths.ts";
import { NGINX_PATH } from "./deploy/nginx-binary.ts";
import { JAVA_PATH } from "./site/java.ts";

/** The folders of test/ whose suites need a program (both also read the build). */
export type SuiteFolder = "site" | "browser";

interface SystemTool {
  readonly name: string;
  /** Where the tests run it from. */
  readonly path: string;
  /** The environment variable that chooses `path`, and what it holds. */
  readonly variable: string;
  readonly debianPackage: string;
  readonly neededFor: string;
  readonly neededBy: SuiteFolder;
}

const TOOLS: readonly SystemTool[] = [
  {
    name: "Chromium",
    path: CHROMIUM_PATH,
    variable: "CHROMIUM_PATH=<the chromium or chrome program>",
    debianPackage: "chromium",
    neededFor: "the browser checks: pa11y, axe, Puppeteer",
    neededBy: "browser",
  },
  {
    name: "Firefox",
    path: FIREFOX_PATH,
    variable: "FIREFOX_PATH=<the firefox program>",
    debianPackage: "firefox-esr",
    neededFor: "the reader's flows in Gecko",
    neededBy: "browser",
  },
  {
    name: "WebKitWebDriver",
    path: WEBKIT_DRIVER_PATH,
    variable: "WEBKIT_DRIVER_PATH=<WebKitGTK's WebKitWebDriver program>",
    debianPackage: "webkit2gtk-driver",
    neededFor: "the reader's flows in WebKit",
    neededBy: "browser",
  },
  {
    name: "MiniBrowser",
    path: MINIBROWSER_PATH,
    variable: "MINIBROWSER_PATH=<WebKitGTK's MiniBrowser program>",
    debianPackage: "libwebkit2gtk-4.1-0",
    neededFor: "the reader's flows in WebKit",
    neededBy: "browser",
  },
  {
    name: "xvfb-run",
    path: XVFB_RUN_PATH,
    variable: "XVFB_RUN_PATH=<the xvfb-run program>",
    debianPackage: "xvfb",
    neededFor: "a virtual display for WebKit's MiniBrowser",
    neededBy: "browser",
  },
  {
    name: "Java",
    path: JAVA_PATH,
    variable: "JAVA_HOME=<a Java 11+ runtime's folder, the one holding bin/java>",
    debianPackage: "default-jre-headless",
    neededFor: "the W3C HTML checker (vnu-jar)",
    neededBy: "site",
  },
  {
    name: "nginx",
    path: NGINX_PATH,
    variable: "NGINX_PATH=<the nginx program>",
    debianPackage: "nginx",
    neededFor: "the deploy check that runs docs/nginx.conf's server",
    neededBy: "browser",
  },
];

function aptGet(args: readonly string[]): void {
  execFileSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
}

/**
 * Makes sure the programs the given test folders' suites need are there, installing
 * the missing ones with apt-get. False, after saying what to do, when one is
 * still missing.
 */
export function ensureTools(folders: ReadonlySet<SuiteFolder>): boolean {
  const absent = () => TOOLS.filter((tool) => folders.has(tool.neededBy) && !existsSync(tool.path));
  const missing = absent();
  if (missing.length === 0) return true;
  const packages = missing.map((tool) => tool.debianPackage);
  for (const tool of missing) console.log(`${tool.name} is not at ${tool.path} (needed for ${tool.neededFor}).`);
  try {
    console.log(`Installing Debian's ${packages.join(", ")} with apt-get…`);
    aptGet(["update", "-qq"]);
    aptGet(["install", "-y", "-qq", ...packages]);
  } catch {
    console.error(`\napt-get could not install ${packages.join(", ")} (it needs Debian or Ubuntu, root and a mirror).`);
  }
  // A variable pointing somewhere apt-get does not install to stays missing after a successful install.
  const still = absent();
  if (still.length === 0) return true;
  console.error(
    `Install ${still.map((tool) => tool.debianPackage).join(" ")} as root with apt-get, or point the tests at your own:`,
  );
  for (const tool of still) console.error(`  ${tool.variable}   (${tool.name}, for ${tool.neededFor})`);
  return false;
}
