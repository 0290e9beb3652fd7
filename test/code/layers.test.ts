/** The layers point one way (see .dependency-cruiser.cjs), checked with dependency-cruiser. */
import { createRequire } from "node:module";
import type { IConfiguration, IForbiddenRuleType, IReporterOutput } from "dependency-cruiser";
import { test } from "uvu";
import * as assert from "uvu/assert";

const rules = createRequire(import.meta.url)("../../.dependency-cruiser.cjs") as Pick<IConfiguration, "options"> & {
  forbidden: IForbiddenRuleType[];
};

async function violations(baseDir: string, paths: string[]) {
  // dependency-cruiser is ESM-only (an "import" export); uvu loads tests as CommonJS, so import() it.
  const { cruise } = await import("dependency-cruiser");
  const result: IReporterOutput = await cruise(paths, {
    ...rules.options,
    validate: true,
    ruleSet: { forbidden: rules.forbidden },
    baseDir,
  });
  if (typeof result.output === "string") throw new Error("expected a cruise result, got a report");
  const { violations, totalCruised } = result.output.summary;
  return { totalCruised, found: violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`) };
}

test("lib/, scripts/, src/ and test/ keep their one-way layers, with no cycles", async () => {
  const { totalCruised, found } = await violations(process.cwd(), ["lib", "scripts", "src", "test", ".eleventy.js"]);
  assert.ok(totalCruised > 60, `expected the whole project to be cruised, saw ${totalCruised} modules`);
  assert.equal(found, []);
});

test("the rules catch an upward import, a sideways import and a cycle", async () => {
  const { found } = await violations("test/fixtures/layers", ["lib", "scripts", "src"]);
  const rulesBroken = new Set(found.map((line) => line.split(":")[0]));
  assert.equal([...rulesBroken].sort(), ["lib-is-the-bottom", "no-circular", "scripts-not-src", "src-not-scripts"]);
});

test.run();
