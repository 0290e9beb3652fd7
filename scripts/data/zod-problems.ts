import type { z } from "zod";
import type { FieldPath, Problem } from "./problems.ts";
import { suggestion } from "../../lib/suggest.ts";
import type { YamlFile } from "./yaml-file.ts";

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/**
 * Validates a parsed file against its schema; problems carry line:col. Without zod's JIT (jitless): it
 * compiles a function per object schema on first use, which a build, validating each schema on a few
 * files once, never earns back (the content's validation: 7–16 ms against 14–34, CPU profiles of six builds each).
 */
export function validate<S extends AnySchema>(
  file: YamlFile,
  schema: S,
): { ok: true; data: z.output<S> } | { ok: false; problems: Problem[] } {
  const result = (schema as unknown as z.ZodType).safeParse(file.value, { reportInput: true, jitless: true });
  if (result.success) return { ok: true, data: result.data as z.output<S> };
  return { ok: false, problems: result.error.issues.flatMap((issue) => toProblems(file, schema, issue)) };
}

function toProblems(file: YamlFile, schema: AnySchema, issue: Issue): Problem[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  if (issue.code === "unrecognized_keys") {
    const allowed = Object.keys(objectShapeAt(schema, path) ?? {});
    return issue.keys.map((key) =>
      file.problem([...path, key], `unknown field \`${key}\` — ${suggestion(key, allowed)}`, "key"),
    );
  }
  return [file.problem(path, messageFor(file, issue, path))];
}

const ZOD_DEFAULT_MESSAGE = /^(Invalid|Too small|Too big|Unrecognized)/;

function messageFor(file: YamlFile, issue: Issue, path: FieldPath): string {
  // Whatever zod calls it (a wrong type, a value outside an enum), an absent field is missing.
  if (valueAt(file.value, path) === undefined) {
    return `missing required field \`${String(path.at(-1) ?? "")}\` — add it`;
  }
  const input = "input" in issue ? issue.input : undefined;
  const shown = typeof input === "string" || typeof input === "number" ? `\`${input}\`: ` : "";
  if (!ZOD_DEFAULT_MESSAGE.test(issue.message)) return shown + issue.message;
  switch (issue.code) {
    case "invalid_type":
      return `expected ${issue.expected}, got ${describe(input)}`;
    case "invalid_value":
      return `${shown}not allowed — expected one of ${issue.values.map((v) => `\`${String(v)}\``).join(", ")}`;
    case "too_small":
      return issue.origin === "array"
        ? `is empty — list at least ${String(issue.minimum)} item(s)`
        : `${shown}too small — expected at least ${String(issue.minimum)}`;
    default:
      return shown + issue.message;
  }
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || typeof value === "bigint")
    return `${typeof value} \`${String(value)}\``;
  return typeof value;
}

function valueAt(root: unknown, path: FieldPath): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/** The object shape the schema expects at `path`, to list the allowed fields. */
function objectShapeAt(schema: AnySchema, path: FieldPath): Record<string, AnySchema> | undefined {
  let current: AnySchema | undefined = unwrap(schema);
  for (const segment of path) {
    const def = current?._zod.def as unknown as Record<string, unknown> | undefined;
    if (!def) return undefined;
    if (def.type === "object") current = (def.shape as Record<string, AnySchema>)[String(segment)];
    else if (def.type === "array") current = def.element as AnySchema;
    else if (def.type === "record") current = def.valueType as AnySchema;
    else return undefined;
    current = current && unwrap(current);
  }
  const def = current?._zod.def as unknown as { type: string; shape?: Record<string, AnySchema> } | undefined;
  return def?.type === "object" ? def.shape : undefined;
}

function unwrap(schema: AnySchema): AnySchema {
  const def = schema._zod.def as unknown as { type: string; innerType?: AnySchema };
  return (def.type === "optional" || def.type === "default") && def.innerType ? unwrap(def.innerType) : schema;
}
