/**
 * WebKit as an Engine (engine.ts): WebKitGTK's MiniBrowser, the engine of
 * every iOS browser, behind its WebDriver server (WebKitWebDriver), on a
 * virtual display (xvfb-run). Each tab is a WebDriver session of its own, a
 * fresh MiniBrowser with empty storage; the server runs one session at a time.
 *
 * What its driver cannot do, and what stands in:
 * - run a script before the page's own: the pages carry the problem probe
 *   themselves (engine-site.ts);
 * - take the browser offline: the flows make the host unreachable instead;
 * - make the window narrower than MiniBrowser's own minimum (447 px here):
 *   layOutAt() zooms the page (CSS `zoom` on the root element) until its
 *   layout is `width` CSS px wide. Media queries still see the window's width;
 *   the site's only width query (max-width: 48rem) matches at both.
 */
import { spawn } from "node:child_process";
import { MINIBROWSER_PATH, WEBKIT_DRIVER_PATH, XVFB_RUN_PATH } from "../../../scripts/browser/engine-paths.ts";
import { freePort } from "../../../scripts/serve/free-port.ts";
import { pageScript, probeNotes, type Engine, type PageFunction, type Tab } from "./engine.ts";
import { newSession, serverReady, type WebDriverSession } from "./webdriver.ts";

const CAPABILITIES = { "webkitgtk:browserOptions": { binary: MINIBROWSER_PATH, args: ["--automation"] } };
const STARTUP_MS = 20_000;

export async function launchWebKit(): Promise<Engine> {
  const port = await freePort();
  const server = `http://127.0.0.1:${port}`;
  // Its own process group: closing stops xvfb-run, the display, the driver and the browser together.
  const driver = spawn(XVFB_RUN_PATH, ["-a", WEBKIT_DRIVER_PATH, `--port=${port}`], {
    detached: true,
    stdio: "ignore",
  });
  const exited = new Promise((resolve) => driver.once("exit", resolve));
  const stop = async () => {
    if (driver.exitCode === null && driver.pid) process.kill(-driver.pid, "SIGTERM");
    await exited;
  };
  const deadline = Date.now() + STARTUP_MS;
  while (!(await serverReady(server))) {
    if (driver.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`${WEBKIT_DRIVER_PATH} did not start under ${XVFB_RUN_PATH} within ${STARTUP_MS / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const first = await newSession(server, CAPABILITIES).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  await first.close();
  return {
    name: "WebKit",
    version: `WebKitGTK ${String(first.capabilities.browserVersion)} (${String(first.capabilities.browserName)})`,
    newTab: async () => webkitTab(await newSession(server, CAPABILITIES)),
    close: stop,
  };
}

function webkitTab(session: WebDriverSession): Tab {
  // The driver scrolls an element into view as the page scrolls, smoothly (the site's scroll-behavior),
  // and finds it out of view before the scroll ends: an instant scroll first.
  const bringIntoView = (selector: string) =>
    session.execute(
      `document.querySelector(${JSON.stringify(selector)})?.scrollIntoView({ block: "center", behavior: "instant" });`,
    );
  return {
    goto: (url) => session.navigate(url),
    reload: () => session.refresh(),
    evaluate<A extends readonly unknown[], R>(fn: PageFunction<A, R>, ...args: A) {
      return session.execute(`return ${pageScript(fn, args)};`) as Promise<R>;
    },
    click: async (selector) => {
      await bringIntoView(selector);
      await session.click(selector);
    },
    type: async (selector, text) => {
      await bringIntoView(selector);
      await session.sendKeys(selector, text);
    },
    layOutAt: async (width) => {
      await session.setWindowSize(width, 640);
      await session.execute(
        `const root = document.documentElement; root.style.zoom = ""; root.style.zoom = String(innerWidth / ${width});`,
      );
    },
    takeProblems: () => session.execute(`return ${pageScript(probeNotes, [])};`) as Promise<string[]>,
    close: () => session.close(),
  };
}
