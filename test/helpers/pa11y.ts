/** Runs pa11y-ci (WCAG2AA: HTML_CodeSniffer, and axe with its WCAG 2.2 AA rules) in Debian's Chromium. */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { promisify } from "node:util";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/browser/chromium.ts";

export interface Pa11yIssue {
  readonly code: string;
  readonly message: string;
  readonly selector: string;
  readonly runner?: string;
}

/** pa11y's axe runner with the wcag22aa tags added (pa11y alone asks axe for WCAG 2.1 only). */
const AXE_WCAG22_RUNNER = fileURLToPath(new URL("./pa11y-runner-axe-wcag22.cjs", import.meta.url));

export type ColorScheme = "light" | "dark";

/** A URL, or a URL with pa11y actions to run before the check (e.g. wait for search results). */
export type Pa11yTarget = string | { readonly url: string; readonly actions: readonly string[] };

/** Issues per URL. Every URL is checked, one at a time (pa11y-ci fails with more). */
export async function pa11yCi(
  urls: readonly Pa11yTarget[],
  scheme: ColorScheme = "light",
): Promise<Map<string, Pa11yIssue[]>> {
  const dir = await mkdtemp(join(tmpdir(), "pa11y-"));
  const configPath = join(dir, "pa11yci.json");
  const config = {
    defaults: {
      standard: "WCAG2AA",
      runners: ["htmlcs", AXE_WCAG22_RUNNER],
      concurrency: 1,
      timeout: 60_000,
      chromeLaunchConfig: {
        executablePath: CHROMIUM_PATH,
        // Chromium's own switch for prefers-color-scheme: dark.
        args: [...CHROMIUM_ARGS, ...(scheme === "dark" ? ["--force-dark-mode"] : [])],
      },
    },
    urls,
  };
  await writeFile(configPath, JSON.stringify(config));
  let stdout: string;
  try {
    ({ stdout } = await promisify(execFile)("npx", ["pa11y-ci", "--config", configPath, "--json"], {
      maxBuffer: 64 * 1024 * 1024,
    }));
  } catch (error) {
    // pa11y-ci exits 2 when it finds issues; its JSON is still on stdout.
    stdout = (error as { stdout?: string }).stdout ?? "";
    if (!stdout.trim().startsWith("{")) throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const report = JSON.parse(stdout) as { results: Record<string, Array<Pa11yIssue | { message: string }>> };
  return new Map(
    Object.entries(report.results).map(([url, issues]) => [
      url,
      issues.map((issue) =>
        "code" in issue
          ? { ...issue, runner: issue.runner === AXE_WCAG22_RUNNER ? "axe" : issue.runner }
          : { code: "pa11y-error", message: issue.message, selector: "" },
      ),
    ]),
  );
}

export const describeIssues = (issues: readonly Pa11yIssue[]) =>
  issues.map((i) => `  [${i.runner ?? "?"}] ${i.code}: ${i.message} (${i.selector})`).join("\n");
