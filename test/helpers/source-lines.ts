/** The project's own code, line by line, for the tests that look for literals that belong in one module. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Code and templates: TypeScript, JavaScript and Nunjucks under lib/, scripts/, src/ and test/, and .eleventy.js. */
export function codeFiles(): string[] {
  const below = ["lib", "scripts", "src", "test"].flatMap((dir) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(ts|js|cjs|mjs|njk)$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name)),
  );
  return [".eleventy.js", ...below].sort();
}

export interface Finding {
  /** `file:line: the line` */
  readonly where: string;
  readonly what: string;
}

/** Every line of `files` that a pattern matches, as `file:line: text`, with the pattern's name. */
export function findInLines(
  files: readonly string[],
  patterns: readonly (readonly [what: string, pattern: RegExp])[],
  ignore: (line: string) => string = (line) => line,
): Finding[] {
  const found: Finding[] = [];
  for (const file of files) {
    readFileSync(file, "utf8")
      .split("\n")
      .forEach((line, i) => {
        for (const [what, pattern] of patterns)
          if (pattern.test(ignore(line))) found.push({ where: `${file}:${i + 1}: ${line.trim()}`, what });
      });
  }
  return found;
}
