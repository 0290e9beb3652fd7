/**
 * One shape for every browser engine the reader's flows run in
 * (test/browser/engines.test.ts): Chromium and Firefox through Puppeteer
 * (puppeteer-tab.ts), WebKit through its WebDriver server (webkit.ts). The
 * flows are written once against these two interfaces.
 */

export interface Engine {
  /** "Chromium", "Firefox", "WebKit". */
  readonly name: string;
  /** The engine's own version, as it reports it (printed in the test output). */
  readonly version: string;
  /** A tab with storage, service workers and caches of its own: nothing carries over from another tab. */
  newTab(): Promise<Tab>;
  close(): Promise<void>;
}

/**
 * A function run in the page. Its source is sent as text: it may use only its
 * own arguments (JSON values) and what the page has, and returns a JSON value.
 */
export type PageFunction<A extends readonly unknown[], R> = (...args: A) => R | Promise<R>;

export interface Tab {
  /** Opens `url` and waits until it has loaded. */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  evaluate<A extends readonly unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<R>;
  /** A real click, as a mouse gives it, on the first element `selector` matches. */
  click(selector: string): Promise<void>;
  /** Real key presses into the element `selector` matches; "\n" presses Enter. */
  type(selector: string, text: string): Promise<void>;
  /**
   * Lays the open page out `width` CSS px wide: the viewport where the driver
   * can set it, emulated where it cannot (see webkit.ts). Again after each goto.
   */
  layOutAt(width: number): Promise<void>;
  /**
   * Script errors, failed loads and Content-Security-Policy (and Trusted Types)
   * violations since the last call, from every document the tab loaded.
   */
  takeProblems(): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * The script text that runs `fn` with `args` in a page. tsx names functions
 * with a `__name` helper that the page does not have; a no-op stands in.
 */
export function pageScript<A extends readonly unknown[], R>(fn: PageFunction<A, R>, args: A): string {
  return `(() => { const __name = (f) => f; return (${fn.toString()})(...${JSON.stringify(args)}); })()`;
}

const WAIT_MS = 15_000;

/**
 * Evaluates `fn` in the tab every 50 ms until it returns something truthy.
 * A page that is navigating away cannot answer: that counts as not yet.
 */
export async function waitFor<A extends readonly unknown[]>(
  tab: Tab,
  what: string,
  fn: PageFunction<A, unknown>,
  ...args: A
): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  let failure = "";
  for (;;) {
    try {
      if (await tab.evaluate(fn, ...args)) return;
    } catch (error) {
      failure = ` (last: ${String(error)})`;
    }
    if (Date.now() > deadline) throw new Error(`waited ${WAIT_MS / 1000} s for ${what}${failure}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until the tab has loaded the page at `path` (a click or a form led there). */
export function arrivedAt(tab: Tab, path: string): Promise<void> {
  return waitFor(tab, path, (p) => location.pathname === p && document.readyState === "complete", path);
}

/** The probe's notes (test/browser/probes/problems.ts), or a note that the page lacks the probe. */
export function probeNotes(): string[] {
  return typeof pageProblems === "undefined"
    ? [`${location.href}: the problem probe did not run`]
    : pageProblems.takeProblems();
}
