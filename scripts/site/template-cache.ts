/**
 * Nunjucks turns each template's text into JavaScript on every run — its
 * lexer, parser and compiler, a fifth of a small build's time — although the
 * templates rarely change between builds. The build keeps the JavaScript it
 * compiled in generated/templates.json, keyed by everything the compiler reads,
 * and hands a template that code instead of compiling its text again: as
 * Python keeps bytecode, the first build after a change compiles, the rest
 * reuse it. Nunjucks has no hook for it (Eleventy constructs page templates
 * itself), so this wraps the one method every template compiles through.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { threadId } from "node:worker_threads";
import nunjucks from "nunjucks";
import { COMPILER_CHANGES } from "../../lib/lean-nunjucks.ts";

export const TEMPLATE_CACHE = "generated/templates.json";

/** The compiled code kept: the newest entries first, so that trimming drops templates long unused. */
type Kept = Record<string, string>;

/** Entries kept at most: the templates of a few versions of the site. */
const MAX_KEPT = 400;

/** What Nunjucks's Template holds and does, beyond its typings. */
interface TemplateInternals {
  env: nunjucks.Environment & EnvironmentInternals;
  path?: string;
  tmplStr?: string;
  tmplProps?: object;
  _compile: (this: TemplateInternals) => void;
}

interface EnvironmentInternals {
  readonly asyncFilters: readonly string[];
  readonly extensionsList: readonly { readonly tags?: readonly string[]; readonly parse?: unknown }[];
  readonly opts: object;
}

interface Compiler {
  compile(
    source: string,
    asyncFilters: readonly string[],
    extensions: readonly unknown[],
    name: string | undefined,
    opts: object,
  ): string;
}

const require = createRequire(import.meta.url);
const { version: NUNJUCKS_VERSION } = require("nunjucks/package.json") as { version: string };
const { compiler } = nunjucks as unknown as { compiler: Compiler };

/** The code of one environment's templates: what the file held, and what this process used (the next file). */
interface Codes {
  readonly kept: Kept;
  readonly used: Kept;
  compiledNow: number;
  /** Each template's code run, by key: every Eleventy run of the process (each edition, each language) constructs its page templates anew. */
  readonly run: Map<string, object>;
}

const codesOf = new WeakMap<object, Codes>();

/**
 * Everything the compiled code depends on: the text, its name (in error messages), the environment's filters,
 * tags and options, and what the build changes in the compiler.
 */
function keyOf(template: TemplateInternals): string {
  const { asyncFilters, extensionsList, opts } = template.env;
  const extensions = extensionsList.map((extension) => [extension.tags, String(extension.parse)]);
  return createHash("sha256")
    .update(
      JSON.stringify([
        NUNJUCKS_VERSION,
        COMPILER_CHANGES,
        template.path,
        template.tmplStr,
        asyncFilters,
        extensions,
        opts,
      ]),
    )
    .digest("base64url");
}

/** The code of a template's text: kept, or compiled now as Nunjucks would. */
function codeOf(template: TemplateInternals, text: string, key: string, codes: Codes): string {
  let code = codes.kept[key];
  if (code === undefined) {
    const { asyncFilters, extensionsList, opts } = template.env;
    code = compiler.compile(text, asyncFilters, extensionsList, template.path, opts);
    codes.compiledNow++;
  }
  codes.used[key] = code;
  return code;
}

/** What a template's code makes when run (its root and blocks), as Nunjucks does with the code it compiled: once per process. */
function propsOf(template: TemplateInternals, text: string, codes: Codes): object {
  const key = keyOf(template);
  let props = codes.run.get(key);
  if (props === undefined) {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    props = (new Function(codeOf(template, text, key, codes)) as () => object)();
    codes.run.set(key, props);
  }
  return props;
}

/** Once per process: a template of an environment with kept code is given its code before Nunjucks compiles it. */
const wrapCompile = (() => {
  let wrapped = false;
  return () => {
    if (wrapped) return;
    wrapped = true;
    const prototype = nunjucks.Template.prototype as unknown as TemplateInternals;
    const compile = prototype._compile;
    prototype._compile = function () {
      const codes = codesOf.get(this.env);
      if (codes && this.tmplStr !== undefined && !this.tmplProps) this.tmplProps = propsOf(this, this.tmplStr, codes);
      compile.call(this);
    };
  };
})();

/**
 * Makes the templates of `environment` reuse the code kept in `file`; save() writes back what this process
 * used or compiled (written whole and renamed, so that two builds at once leave one of theirs).
 */
export async function cacheCompiledTemplates(environment: nunjucks.Environment, file = TEMPLATE_CACHE) {
  const codes: Codes = { kept: await readKept(file), used: {}, compiledNow: 0, run: new Map() };
  codesOf.set(environment, codes);
  wrapCompile();
  const save = async (): Promise<void> => {
    if (!codes.compiledNow) return;
    codes.compiledNow = 0;
    const entries = Object.entries({ ...codes.used, ...codes.kept }).slice(0, MAX_KEPT);
    // Each thread its own: the editions of a run render in several (scripts/site/build-editions.ts).
    const scratch = `${file}.${process.pid}-${threadId}`;
    await mkdir(dirname(file), { recursive: true });
    await writeFile(scratch, JSON.stringify(Object.fromEntries(entries)));
    await rename(scratch, file);
  };
  return { save };
}

async function readKept(file: string): Promise<Kept> {
  try {
    const kept: unknown = JSON.parse(await readFile(file, "utf8"));
    return typeof kept === "object" && kept !== null && !Array.isArray(kept) ? (kept as Kept) : {};
  } catch {
    return {}; // none yet, or half-written by a build that was stopped: compile again
  }
}
