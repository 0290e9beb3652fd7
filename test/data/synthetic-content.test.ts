/**
 * The benchmark's synthetic content (scripts/bench/synthetic-content.ts) is
 * content the data step accepts, at the largest size the benchmark builds: otherwise
 * `npm run bench` fails at its first build, long after the change that broke it.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { BENCH_SIZES, writeSyntheticContent } from "../../scripts/bench/synthetic-content.ts";
import { readHandbook } from "../../scripts/data/data-step.ts";
import { formatProblem } from "../../scripts/data/problems.ts";

test("the benchmark's largest synthetic content passes the data step, with its situations, actions and actors", async () => {
  const dir = await mkdtemp(join(tmpdir(), "kasikirja-synthetic-"));
  try {
    const size = await writeSyntheticContent(dir, Math.max(...BENCH_SIZES));
    const result = await readHandbook(dir);
    assert.ok(result.ok, result.ok ? "" : result.problems.map(formatProblem).join("\n"));
    if (!result.ok) return;
    assert.is(result.handbook.situations.length, size.situations);
    assert.is(result.handbook.actions.length, size.actions);
    assert.is(result.handbook.actors.length, size.actors);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test.run();
