/**
 * Whether the calling module runs as the compiled build (scripts/run-compiled.js), and if so, the file of
 * one of its companions (COMPANIONS there), which lie beside it; undefined under tsx (the tests, the
 * editing loop, the reports), where the TypeScript sources run as they are.
 */
export function compiledCompanion(moduleUrl: string, companion: string): URL | undefined {
  return moduleUrl.endsWith(".ts") ? undefined : new URL(`${companion}.js`, moduleUrl);
}
