import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import type { FieldPath, Problem } from "./problems.ts";
import { formatField } from "./problems.ts";

/** A parsed YAML file that can say where any of its fields stands. */
export class YamlFile {
  readonly value: unknown;
  readonly parseProblems: Problem[];

  private constructor(
    readonly path: string,
    readonly text: string,
    private readonly document: ReturnType<typeof parseDocument>,
    private readonly lines: LineCounter,
  ) {
    this.value = document.errors.length === 0 ? document.toJS() : undefined;
    this.parseProblems = document.errors.map((error) => {
      const [line, col] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1];
      return { file: path, line, col, field: "(syntax)", message: firstLine(error.message) };
    });
  }

  static async read(absolutePath: string): Promise<YamlFile> {
    const text = await readFile(absolutePath, "utf8");
    return YamlFile.parse(relative(process.cwd(), absolutePath) || absolutePath, text);
  }

  static parse(displayPath: string, text: string): YamlFile {
    const lines = new LineCounter();
    const document = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
    return new YamlFile(displayPath, text, document, lines);
  }

  /**
   * A problem at `path`. `on: "key"` points at a mapping key (an unknown
   * field); otherwise at the value. A path that does not exist (a missing
   * field) points at the deepest part of it that does.
   */
  problem(path: FieldPath, message: string, on: "key" | "value" = "value"): Problem {
    const node = this.nodeAt(path, on) ?? (this.document.contents as Node | null);
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = this.lines.linePos(offset);
    return { file: this.path, line, col, field: formatField(path), message };
  }

  private nodeAt(path: FieldPath, on: "key" | "value"): Node | undefined {
    let node: unknown = this.document.contents;
    let found: Node | undefined = node as Node | undefined;
    for (const [i, segment] of path.entries()) {
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) return found;
        node = last && on === "key" ? pair.key : pair.value;
      } else if (isSeq(node) && typeof segment === "number") {
        node = node.items[segment];
        if (node === undefined) return found;
      } else {
        return found;
      }
      if (node) found = node as Node;
    }
    return found;
  }
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}
