/**
 * Hostile content for the injection test: every free-text field of every
 * content file, found by walking the content's JSON Schemas (generated from the
 * zod schemas, so a new field is covered without touching the test), gets an
 * attack payload with a marker of its own. Ids, references, dates, paths and
 * enums carry a `pattern` or an `enum` in the schema: they cannot hold markup,
 * the data step refuses it, so they are left as they are.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { parse, stringify } from "yaml";
import { z } from "zod";
import { contentFiles, type ContentFileKind } from "../../lib/handbook/content-schema.ts";
import { listFiles } from "../../lib/list-files.ts";

type Path = ReadonlyArray<string | number>;

/** One place where content text can stand: a field's value, or a free-text mapping key. */
export interface Slot {
  /** File inside content/, e.g. "actions.yaml" or "prose/verkostot.md". */
  readonly file: string;
  readonly path: Path;
  readonly on: "value" | "key";
}

export const slotName = (slot: Slot) => `${slot.file}:${slot.path.join(".")}${slot.on === "key" ? " (key)" : ""}`;

/** The attacks, each as a function of the slot's marker (lower-case letters and digits). */
export const PAYLOADS = {
  markup: (m: string) => `<img src=x data-inj=${m} onerror=alert('${m}')><b data-inj=${m}>${m}</b>`,
  script: (m: string) => `<script data-inj=${m}>alert('${m}')</script><svg data-inj=${m} onload=alert('${m}')>`,
  url: (m: string) => `javascript:alert('${m}') [${m}](javascript:alert('${m}')) <javascript:alert('${m}')>`,
  template: (m: string) => `{{ "<b data-inj=${m}>" | safe }}{% if true %}${m}{% endif %}{{ 6 + 7 }}`,
  breakout: (m: string) =>
    `" autofocus onfocus="alert('${m}')" data-inj="${m}' autofocus onfocus='alert("${m}")' data-inj='${m}`,
} as const;

export type PayloadKind = keyof typeof PAYLOADS;
export const PAYLOAD_KINDS = Object.keys(PAYLOADS) as PayloadKind[];

interface JsonSchema {
  readonly type?: string;
  readonly pattern?: string;
  readonly enum?: readonly unknown[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly additionalProperties?: JsonSchema | boolean;
  readonly propertyNames?: JsonSchema;
  readonly items?: JsonSchema;
}

const isFreeText = (schema: JsonSchema | undefined) =>
  schema?.type === "string" && schema.pattern === undefined && schema.enum === undefined;

/** Every free-text value and key in `value`, as the schema describes it. */
function freeTextPaths(
  value: unknown,
  schema: JsonSchema,
  path: Path = [],
): Array<{ path: Path; on: "value" | "key" }> {
  if (isFreeText(schema) && typeof value === "string") return [{ path, on: "value" }];
  if (Array.isArray(value) && schema.items)
    return value.flatMap((item, i) => freeTextPaths(item, schema.items!, [...path, i]));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const additional = typeof schema.additionalProperties === "object" ? schema.additionalProperties : undefined;
    const childSchema = schema.properties?.[key] ?? additional;
    const keySlot =
      !schema.properties?.[key] && isFreeText(schema.propertyNames)
        ? [{ path: [...path, key], on: "key" as const }]
        : [];
    return [...keySlot, ...(childSchema ? freeTextPaths(child, childSchema, [...path, key]) : [])];
  });
}

function kindOf(file: string): ContentFileKind {
  const kind = (Object.keys(contentFiles) as ContentFileKind[]).find((k) => {
    const pattern = contentFiles[k].path;
    return pattern.includes("*") ? file.startsWith(pattern.slice(0, pattern.indexOf("*"))) : file === pattern;
  });
  if (!kind) throw new Error(`no schema for content file ${file}`);
  return kind;
}

/** A content file as the test edits it: YAML data (with its first line, the $schema comment) or Markdown. */
interface ContentFile {
  readonly file: string;
  readonly schemaLine?: string;
  readonly data: unknown;
  readonly markdown?: string;
}

export class HostileContent {
  private constructor(
    private readonly files: readonly ContentFile[],
    /** Every slot of every file, in a stable order. */
    readonly slots: readonly Slot[],
  ) {}

  static async read(contentDir: string): Promise<HostileContent> {
    const files: ContentFile[] = [];
    const slots: Slot[] = [];
    const schemas = new Map<ContentFileKind, JsonSchema>();
    for (const absolute of listFiles(contentDir).sort()) {
      const file = relative(contentDir, absolute).split("\\").join("/");
      if (file.startsWith(".")) continue; // content/.schema/: generated
      const text = await readFile(absolute, "utf8");
      if (file.endsWith(".md")) {
        files.push({ file, data: undefined, markdown: text });
        slots.push({ file, path: [], on: "value" });
        continue;
      }
      if (!file.endsWith(".yaml"))
        throw new Error(`unexpected content file ${file}: teach the injection test its kind`);
      const kind = kindOf(file);
      if (!schemas.has(kind))
        schemas.set(kind, z.toJSONSchema(contentFiles[kind].schema, { io: "input" }) as JsonSchema);
      const data = parse(text) as unknown;
      files.push({ file, data, schemaLine: text.split("\n", 1)[0] });
      slots.push(...freeTextPaths(data, schemas.get(kind)!).map((p) => ({ file, ...p })));
    }
    return new HostileContent(files, slots);
  }

  /**
   * Writes the content with `payloadFor(slot)` added to the end of every slot it
   * returns a payload for. Two rules of the content model keep the payloads
   * visible: a mention key (words that name an actor) must occur in its
   * sibling `text`, and an abbreviation is explained only where its words
   * occur — so both are appended to the text that must hold them.
   */
  async write(contentDir: string, payloadFor: (slot: Slot) => string | undefined): Promise<void> {
    for (const { file, schemaLine, data, markdown } of this.files) {
      const ofFile = this.slots.filter((s) => s.file === file);
      const target = join(contentDir, file);
      await mkdir(dirname(target), { recursive: true });
      if (markdown !== undefined) {
        const payload = payloadFor(ofFile[0]!);
        await writeFile(target, payload === undefined ? markdown : `${markdown.trimEnd()}\n\n${payload}\n`);
        continue;
      }
      const copy = structuredClone(data);
      // Keys first: renaming a key must not move the value slots that follow it.
      const ordered = [...ofFile.filter((s) => s.on === "value"), ...ofFile.filter((s) => s.on === "key")];
      for (const slot of ordered) {
        const payload = payloadFor(slot);
        if (payload !== undefined) appendPayload(copy, slot, payload);
      }
      await writeFile(target, `${schemaLine}\n${stringify(copy, { lineWidth: 0 })}`);
    }
  }
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> {
  let node = root as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  return node;
}

function appendPayload(root: unknown, slot: Slot, payload: string): void {
  const parent = parentOf(root, slot.path);
  const last = slot.path.at(-1)!;
  if (slot.on === "key") {
    // { "Kela": kela } → { "Kela <payload>": kela }, and the new words join the sibling text.
    const renamed = `${String(last)} ${payload}`;
    const entries = Object.entries(parent).map(([k, v]) => (k === String(last) ? [renamed, v] : [k, v]));
    for (const key of Object.keys(parent)) delete parent[key];
    Object.assign(parent, Object.fromEntries(entries));
    const owner = parentOf(root, slot.path.slice(0, -1));
    owner.text = `${String(owner.text)} ${renamed}`;
    return;
  }
  parent[last] = insideLastSentence(String(parent[last]), payload);
  if (last === "abbreviation") parent.name = `${String(parent.name)} ${String(parent[last])}`;
}

/**
 * The payload at the end of a text, before its closing full stop if it has
 * one: a field that must be one sentence (a change's summary) stays one, so
 * the data step accepts it and the payload reaches the page.
 */
function insideLastSentence(text: string, payload: string): string {
  const stop = /[.!?]$/.exec(text);
  return stop ? `${text.slice(0, stop.index)} ${payload}${stop[0]}` : `${text} ${payload}`;
}
