/** lib/once.ts: the load runs the first time it is asked for, and every ask after gets the same promise. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { once } from "../../lib/once.ts";

test("asked twice before and once after it resolves, the load runs once and each ask gets its promise", async () => {
  let runs = 0;
  const load = once(() => Promise.resolve(++runs));
  const [first, second] = [load(), load()];
  assert.is(first, second);
  assert.is(await first, 1);
  assert.is(load(), first);
  assert.is(runs, 1);
});

test("a rejected load is not run again: every ask gets the same rejection", async () => {
  let runs = 0;
  const load = once(() => Promise.reject(new Error(`failed ${++runs}`)));
  const messages = await Promise.all([load(), load()].map((p) => p.catch((error: Error) => error.message)));
  assert.equal(messages, ["failed 1", "failed 1"]);
  assert.is(runs, 1);
});

test.run();
