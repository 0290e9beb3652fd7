/**
 * Two things Nunjucks does on every render that our templates never need, made to cost nothing, with the
 * same output (the same-site test builds the site twice, byte for byte):
 *
 * - Every `{% for %}` sets seven `loop.*` variables per item, whether the body reads `loop` or not: the
 *   compiler emits them only where the body names `loop`, or holds something that could read it from the
 *   frame (an include, an import, a block). They were 70 % of a build's Frame.set calls.
 * - Every render, and every `{% import … with context %}` (all of ours), copied the whole context into a
 *   new object: Eleventy's page data, sixty-odd keys, read through its proxies, several times per page.
 *   The new context now sees the old one through its prototype, and writes its own variables as its own
 *   properties, so the data it was given is never written (as before). An import's macros thus see the
 *   importer's variables as they are when they run, not as they were when imported.
 *
 * Neither has a hook (Eleventy compiles and renders the templates itself), so both are prototype methods
 * replaced once per process, as scripts/site/template-cache.ts and render-reuse.ts wrap theirs.
 */
import nunjucks from "nunjucks";

interface AstNode {
  findAll(type: unknown): { readonly value?: unknown }[];
}

interface CompilerInternals {
  _emitLoopBindings: (this: CompilerInternals, node: { body: AstNode }, arr: string, i: string, len: string) => void;
}

interface ContextInternals {
  ctx: object;
  init: (this: ContextInternals, ctx: object, blocks: object, env: unknown) => void;
  setVariable: (this: ContextInternals, name: string, value: unknown) => void;
}

const { compiler, nodes } = nunjucks as unknown as {
  compiler: { Compiler: { prototype: CompilerInternals } };
  nodes: Record<string, unknown>;
};

/** Nodes through which a loop's body could read `loop` without naming it: they render with the loop's frame. */
const FRAME_SHARING = ["Include", "Import", "FromImport", "Block", "Super"].map((name) => nodes[name]);

const mayReadLoop = (body: AstNode) =>
  body.findAll(nodes.Symbol).some((symbol) => symbol.value === "loop") ||
  FRAME_SHARING.some((type) => body.findAll(type).length > 0);

/** Nunjucks's Context class is not exported: its prototype, from a function that a template calls (with the context as `this`). */
function contextPrototype(): ContextInternals {
  let prototype: ContextInternals | undefined;
  const environment = new nunjucks.Environment();
  environment.addGlobal("capture", function (this: object) {
    prototype = Object.getPrototypeOf(this) as ContextInternals;
  });
  environment.renderString("{{ capture() }}", {});
  return prototype!;
}

let applied = false;

/** Applies both changes, once per process (the build and the editing loop call it through .eleventy.js). */
export function leanNunjucks(): void {
  if (applied) return;
  applied = true;
  const compilerPrototype = compiler.Compiler.prototype;
  const emitLoopBindings = compilerPrototype._emitLoopBindings;
  compilerPrototype._emitLoopBindings = function (node, arr, i, len) {
    if (mayReadLoop(node.body)) emitLoopBindings.call(this, node, arr, i, len);
  };
  const context = contextPrototype();
  const init = context.init;
  context.init = function (ctx, blocks, env) {
    init.call(this, {}, blocks, env);
    this.ctx = Object.create(ctx) as object;
  };
  // Defined, not assigned: an assignment would reach a setter or proxy trap of the data behind.
  context.setVariable = function (name, value) {
    Object.defineProperty(this.ctx, name, { value, writable: true, enumerable: true, configurable: true });
  };
}

/** What the compiled code of a template depends on here (scripts/site/template-cache.ts keys its code by it). */
export const COMPILER_CHANGES = String(mayReadLoop);
