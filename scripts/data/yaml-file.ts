import {
  Composer,
  Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  Parser,
  Scalar,
  visit,
  YAMLParseError,
  type CST,
  type Node,
  type YAMLError,
} from "yaml";
import type { FieldPath, Place, Problem } from "./problems.ts";

/**
 * How many aliases a file may expand before it counts as an alias bomb (the
 * `yaml` package's own check). Content needs none; the default is generous.
 */
const MAX_ALIAS_COUNT = 100;

/**
 * Content nests seven levels at most (network.yaml's actor mentions). Far
 * deeper nesting is a mistake or an attack, and deep enough nesting exhausts
 * the YAML composer's stack — so it is refused before composing.
 */
const MAX_NESTING = 20;

/**
 * Content's longest list holds about a hundred items. Far more is a mistake,
 * and a mapping of tens of thousands of keys takes the duplicate-key check
 * minutes (it compares every key with every other).
 */
const MAX_ITEMS = 2_000;

interface SyntaxProblem {
  readonly offset: number;
  readonly message: string;
}

/** A parsed YAML file that can say where any of its fields stands. */
export class YamlFile {
  readonly value: unknown;
  readonly parseProblems: Problem[];

  private constructor(
    readonly path: string,
    readonly text: string,
    private readonly document: Document,
    private readonly lines: LineCounter,
    syntax: readonly SyntaxProblem[],
  ) {
    this.parseProblems = syntax.map(({ offset, message }) => this.at(offset, "(syntax)", message));
    this.value = this.parseProblems.length === 0 ? this.toValue() : undefined;
  }

  /** `displayPath` is how messages name the file; `text` is already checked to be UTF-8. */
  static parse(displayPath: string, text: string): YamlFile {
    const lines = new LineCounter();
    // Parsed once: the tokens are checked against the limits, then composed into the document.
    const tokens = [...new Parser(lines.addNewLine).parse(text)];
    const overLimit = firstOverLimit(tokens);
    if (overLimit) return new YamlFile(displayPath, text, new Document(), lines, [overLimit]);
    const document = composeDocument(tokens, text.length);
    return new YamlFile(displayPath, text, document, lines, syntaxProblems(document));
  }

  /**
   * A problem at `path`. `on: "key"` points at a mapping key (an unknown
   * field); otherwise at the value. A path that does not exist (a missing
   * field) points at the deepest part of it that does.
   */
  problem(path: FieldPath, message: string, on: "key" | "value" = "value"): Problem {
    return this.at(this.offsetOf(path, on), path, message);
  }

  /** Where `path` stands, to point at it from another problem. */
  place(path: FieldPath): Place {
    return this.placeAt(this.offsetOf(path, "value"));
  }

  private placeAt(offset: number): Place {
    const { line, col } = this.lines.linePos(offset);
    return { file: this.path, line, col };
  }

  private at(offset: number, path: Problem["path"], message: string): Problem {
    return { ...this.placeAt(offset), path, message };
  }

  /** The plain value; an alias bomb becomes a problem at its first alias. */
  private toValue(): unknown {
    try {
      return this.document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      const alias = firstAlias(this.document);
      if (!alias) throw error;
      this.parseProblems.push(
        this.at(
          alias,
          "(syntax)",
          "too many aliases: expanding them would make the file enormous — content needs no aliases; write the values out",
        ),
      );
      return undefined;
    }
  }

  private offsetOf(path: FieldPath, on: "key" | "value"): number {
    const node = this.nodeAt(path, on) ?? this.document.contents;
    return node?.range?.[0] ?? 0;
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

/**
 * The first collection nested deeper than MAX_NESTING or holding more than
 * MAX_ITEMS, from the parser's token tree, walked with a stack of our own
 * (never deeper than the limit), before anything is composed.
 */
/** The file's one document, composed from its tokens as the package's parseDocument() composes it (a second one is a problem). */
function composeDocument(tokens: readonly CST.Token[], length: number): Document.Parsed {
  let document: Document.Parsed | undefined;
  for (const next of new Composer({ uniqueKeys: true }).compose(tokens, true, length)) {
    if (!document) document = next;
    else {
      const [start, end] = next.range;
      document.errors.push(
        new YAMLParseError(
          [start, end],
          "MULTIPLE_DOCS",
          "a second document starts here — a content file holds one; remove this --- line, or move what follows into a file of its own",
        ),
      );
      break;
    }
  }
  return document!; // compose(…, true, …) ends with a document, if an empty one
}

function firstOverLimit(tokens: readonly CST.Token[]): SyntaxProblem | undefined {
  const stack: Array<{ token: CST.Token; depth: number }> = tokens.map((token) => ({ token, depth: 0 }));
  let first: SyntaxProblem | undefined;
  const note = (offset: number, message: string) => {
    if (!first || offset < first.offset) first = { offset, message };
  };
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { token, depth } = next;
    if (token.type === "document") {
      if (token.value) stack.push({ token: token.value, depth });
    } else if (token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection") {
      if (depth === MAX_NESTING) {
        note(
          token.offset,
          `nested more than ${MAX_NESTING} levels deep — content files nest only a few levels; check the indentation and brackets`,
        );
        continue;
      }
      if (token.items.length > MAX_ITEMS) {
        note(
          token.offset,
          `holds ${token.items.length.toLocaleString("en")} items — a list or mapping in content holds at most ${MAX_ITEMS.toLocaleString("en")}; remove what does not belong`,
        );
        continue;
      }
      for (const item of token.items) {
        for (const child of [item.key, item.value])
          if (child && typeof child === "object") stack.push({ token: child, depth: depth + 1 });
      }
    }
  }
  return first;
}

/**
 * The parser's errors, each where an editor must look: an unclosed quote
 * where it opens (the parser notices only at the end of the file).
 */
function syntaxProblems(document: Document.Parsed): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  for (const error of document.errors) {
    const quote = /^Missing closing (["'])quote/.exec(error.message)?.[1];
    if (quote) {
      problems.push({
        offset: openingQuote(document, error, quote) ?? error.pos[0],
        message: `this ${quote} is never closed — end the text with ${quote}`,
      });
      continue;
    }
    problems.push({ offset: error.pos[0], message: firstLine(error.message) });
  }
  return problems;
}

/** Where the quoted scalar that runs into `error` opens. */
function openingQuote(document: Document.Parsed, error: YAMLError, quote: string): number | undefined {
  const type = quote === '"' ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE;
  let opening: number | undefined;
  visit(document, {
    Scalar(_, node) {
      if (node.type === type && node.range && node.range[0] < error.pos[0] && node.range[1] >= error.pos[0])
        opening = node.range[0];
    },
  });
  return opening;
}

function firstAlias(document: Document): number | undefined {
  let offset: number | undefined;
  visit(document, {
    Alias(_, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

function firstLine(message: string): string {
  return message.split("\n")[0]!;
}
