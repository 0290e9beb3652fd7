/**
 * What a page complains about, noted from before its own scripts run: script
 * errors, unhandled rejections, resources that failed to load, and
 * Content-Security-Policy violations (Trusted Types' among them). Kept in
 * sessionStorage, so the notes of every document the tab loaded, reloads
 * included, are read in one go. For every engine, WebKit's too, whose driver
 * cannot run a script before the page's own (test/helpers/engines/).
 */
const KEY = "engine-probe:problems";

function note(problem: string): void {
  try {
    const noted = JSON.parse(sessionStorage.getItem(KEY) ?? "[]") as string[];
    sessionStorage.setItem(KEY, JSON.stringify([...noted, `${location.pathname}${location.search}: ${problem}`]));
  } catch {
    // Storage refused: nothing to note into. The flows' own checks still run.
  }
}

export function noteProblems(): void {
  // Captured: a failed <script>, <link> or <img> reports its error on the element only.
  addEventListener(
    "error",
    (event) => {
      const target = event.target;
      if (target instanceof HTMLScriptElement || target instanceof HTMLImageElement)
        return note(`failed to load ${target.src}`);
      if (target instanceof HTMLLinkElement) return note(`failed to load ${target.href}`);
      note(`${event.message} (${event.filename}:${event.lineno}:${event.colno})`);
    },
    true,
  );
  addEventListener("unhandledrejection", (event) => note(`unhandled rejection: ${String(event.reason)}`));
  document.addEventListener("securitypolicyviolation", (event) =>
    note(`CSP violation: ${event.effectiveDirective} ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`),
  );
}

/** The problems noted so far, forgotten once read. */
export function takeProblems(): string[] {
  const noted = JSON.parse(sessionStorage.getItem(KEY) ?? "[]") as string[];
  sessionStorage.removeItem(KEY);
  return noted;
}
