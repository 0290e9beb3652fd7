/**
 * The layers point one way: lib/ (contract and pure shared code) at the
 * bottom; scripts/ (data step, build, tooling) and src/ (site and browser
 * code) on top of it and never of each other; test/ on top of everything.
 * Checked by test/code/layers.test.ts.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "A cycle means two modules are one; merge or split them.",
      from: {},
      to: { circular: true },
    },
    {
      name: "lib-is-the-bottom",
      severity: "error",
      comment: "lib/ is shared by the data step, the site and the browser: it imports only lib/ and packages.",
      from: { path: "^lib/" },
      to: { path: "^(scripts|src|test)/|^\\.eleventy\\.js$" },
    },
    {
      name: "scripts-not-src",
      severity: "error",
      comment:
        "scripts/ builds the site; it reaches src/ only through Eleventy and esbuild, never by import. Shared code goes in lib/.",
      from: { path: "^scripts/" },
      to: { path: "^src/" },
    },
    {
      name: "config-only-to-eleventy",
      severity: "error",
      comment:
        "Eleventy's config is handed to Eleventy by scripts/site/eleventy.ts, and imported nowhere else in scripts/.",
      from: { path: "^scripts/", pathNot: "^scripts/site/eleventy\\.ts$" },
      to: { path: "^\\.eleventy\\.js$" },
    },
    {
      name: "src-not-scripts",
      severity: "error",
      comment: "The site and its browser code never import the build tooling. Shared code goes in lib/.",
      from: { path: "^(src/|\\.eleventy\\.js$)" },
      to: { path: "^scripts/" },
    },
    {
      name: "no-test-code-in-production",
      severity: "error",
      comment: "Production code never imports tests, their helpers or fixtures.",
      from: { pathNot: "^test/" },
      to: { path: "^test/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|_site|scratch|test/fixtures)/" },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    moduleSystems: ["es6", "cjs"],
    enhancedResolveOptions: { extensions: [".ts", ".js", ".cjs", ".mjs", ".json"] },
  },
};
