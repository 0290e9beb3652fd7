// The package's browser build (self-contained, for the page) has the same API as its main entry,
// whose types its exports map omits for "./browser.js".
declare module "@guidepup/virtual-screen-reader/browser.js" {
  export * from "@guidepup/virtual-screen-reader";
}
