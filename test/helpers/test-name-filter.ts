/**
 * Preloaded by scripts/test.ts when TEST_NAME is set: only the tests whose
 * title matches TEST_NAME (a case-insensitive regex) run; uvu counts the others
 * as skipped. It wraps uvu's `test` and `suite` before any test file takes them.
 */
import { createRequire } from "node:module";
import type * as Uvu from "uvu";

const uvu = createRequire(import.meta.url)("uvu") as { test: Uvu.Test; suite: typeof Uvu.suite };
const wanted = new RegExp(process.env.TEST_NAME ?? "", "i");

function named<T>(test: Uvu.Test<T>): Uvu.Test<T> {
  const register = (name: string, handler: Uvu.Callback<T>) =>
    wanted.test(name) ? test(name, handler) : test.skip(name, handler);
  return Object.assign(register, test);
}

const { suite } = uvu;
uvu.test = named(uvu.test);
uvu.suite = (title, context) => named(suite(title, context));
