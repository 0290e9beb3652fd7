// Types for the parts of untyped packages the tests use.
// The package's browser build (self-contained, for the page) has the same API as its main entry,
// whose types its exports map omits for "./browser.js".
declare module "@guidepup/virtual-screen-reader/browser.js" {
  export * from "@guidepup/virtual-screen-reader";
}

// pa11y's built-in axe runner, which test/helpers/pa11y-runner-axe-wcag22.cjs extends.
declare module "pa11y/lib/runners/axe.js" {
  const runner: { run: (...args: unknown[]) => unknown; scripts: string[]; supports: string };
  export = runner;
}
