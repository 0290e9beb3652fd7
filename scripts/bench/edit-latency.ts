/**
 * Save → browser updated, as an editor feels it: edit a file of a running
 * editing loop (npm start) and time until an open tab shows the change (after a reload, or in
 * place for a stylesheet). Used by the benchmark and, for correctness, by
 * test/browser/dev-loop.test.ts.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "puppeteer-core";
import { median } from "./median.ts";

export type EditKind = "content" | "template" | "stylesheet";

export interface Edit {
  readonly kind: EditKind;
  /** Relative to the project. */
  readonly file: string;
  /** The file's text with edit number `n` in it. */
  apply(text: string, n: number): string;
  /** A script for the home page that is true once edit `n` shows. */
  shown(n: number): string;
}

export const EDITS: Readonly<Record<EditKind, Edit>> = {
  content: {
    kind: "content",
    file: "content/phases.yaml",
    apply: (text, n) => text.replace(/(description: Työkyvyn heikentymisen riski)\b.*$/m, `$1 (muutos ${n})`),
    shown: (n) => `document.querySelector("main").textContent.includes("riski (muutos ${n})")`,
  },
  template: {
    kind: "template",
    file: "src/pages/index.njk",
    apply: (text, n) => `${text.replace(/<!-- edit \d+ -->\n$/, "")}<!-- edit ${n} -->\n`,
    shown: (n) => `document.documentElement.outerHTML.includes("<!-- edit ${n} -->")`,
  },
  stylesheet: {
    kind: "stylesheet",
    file: "src/assets/site.css",
    apply: (text, n) => `${text.replace(/:root \{ --edit: \d+; \}\n$/, "")}:root { --edit: ${n}; }\n`,
    shown: (n) => `getComputedStyle(document.documentElement).getPropertyValue("--edit").trim() === "${n}"`,
  },
};

/** Polls the page (across reloads, which destroy its context) until `condition` holds; ms waited. */
export async function waitInPage(page: Page, condition: string, timeoutMs = 30_000): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (await page.evaluate(condition).catch(() => false)) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`not shown within ${timeoutMs} ms: ${condition}`);
}

/** Makes edit `n` in the project and times until the page shows it. */
export async function timeEdit(page: Page, projectDir: string, edit: Edit, n: number): Promise<number> {
  const path = join(projectDir, edit.file);
  const next = edit.apply(await readFile(path, "utf8"), n);
  const started = performance.now();
  await writeFile(path, next);
  await waitInPage(page, edit.shown(n));
  return performance.now() - started;
}

/** `rounds` edits of each kind, one after another, on the page at the editing loop's home; the median ms of each. */
export async function editLatencyMedians(
  page: Page,
  projectDir: string,
  rounds: number,
): Promise<Record<EditKind, number>> {
  const medians = {} as Record<EditKind, number>;
  for (const edit of Object.values(EDITS)) {
    const times: number[] = [];
    for (let n = 1; n <= rounds; n++) {
      times.push(await timeEdit(page, projectDir, edit, n));
      // Let the idle-time search index run, as it would between an editor's saves.
      await new Promise((resolve) => setTimeout(resolve, 2500));
    }
    medians[edit.kind] = Math.round(median(times));
  }
  return medians;
}
