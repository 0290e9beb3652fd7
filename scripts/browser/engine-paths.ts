/**
 * Debian's other two browser engines, for test/browser/engines.test.ts:
 * Gecko (firefox-esr, driven by Puppeteer over WebDriver BiDi) and WebKit
 * (WebKitGTK's MiniBrowser behind its WebDriver server; it needs a display,
 * which xvfb-run gives it). Installed by scripts/ensure-tools.ts.
 */

/** Debian's multiarch folder for this machine's architecture. */
const MULTIARCH = ({ x64: "x86_64", arm64: "aarch64" } as Record<string, string>)[process.arch] ?? process.arch;

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";
export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH ?? "/usr/bin/WebKitWebDriver";
export const MINIBROWSER_PATH =
  process.env.MINIBROWSER_PATH ?? `/usr/lib/${MULTIARCH}-linux-gnu/webkit2gtk-4.1/MiniBrowser`;
export const XVFB_RUN_PATH = process.env.XVFB_RUN_PATH ?? "/usr/bin/xvfb-run";
