/**
 * The editions of a run render most of their pages alike: an edition changes only what shows its own data
 * (its name in the header, its contacts on an actor's page, its notes), and the rest of a page, or all of
 * it, is the national content. So, in a thread that builds several editions (scripts/site/build-editions.ts),
 * each page's first render and its layout's are kept with what they read of their data (./read-record.ts),
 * and a later edition's render of the same page that would read the same values takes the kept text
 * instead. Renders are compared by what they read, never by which edition they belong to: two editions
 * that differ in their contacts share each page that shows none of them, and no other.
 *
 * The build id differs from edition to edition and every page shows it (its <html data-build>, the search
 * page's preloads): a render reads a stand-in instead (BUILD_ID_STAND_IN), the same for every edition,
 * and its text gets the edition's id in its place; so the editions' layouts are shared too.
 *
 * Nunjucks has no hook for it (Eleventy renders page templates itself), so this wraps the method every
 * template renders through, as ./template-cache.ts wraps the one it compiles through.
 */
import { randomUUID } from "node:crypto";
import nunjucks from "nunjucks";
import { isPlain, readsSame, recordReads, type ObjectReads } from "./read-record.ts";

/** A render kept: of which text, what it read, what it made. */
interface Kept {
  readonly text: string;
  readonly reads: ObjectReads;
  readonly output: string;
}

/**
 * What a reusing environment's renders read as the build id: the data holds it in the id's place. Letters,
 * digits and hyphens, so that escaping and URL-encoding leave it whole; a template may print the id, not
 * look into it (a test builds editions together and alone, and compares).
 */
export const BUILD_ID_STAND_IN = `build-id-${randomUUID()}`;

interface Reuse {
  /** What the renders depend on besides their data and text: the run's path prefix. */
  scope: string;
  /** The build id, put in each render's text for BUILD_ID_STAND_IN. */
  buildId: string;
  /** Every object of the content the thread's editions share: read without a proxy, compared as itself. */
  shared: WeakSet<object>;
  /** By scope, template and page: the first render of each, until a render reads otherwise (then null). */
  readonly kept: Map<string, Kept | null>;
}

type Callback = (error: Error | null, output?: string) => void;

interface TemplateInternals {
  env: nunjucks.Environment;
  path?: string;
  tmplStr?: string;
  render: (this: TemplateInternals, data?: object, parentFrame?: unknown, callback?: Callback) => string | null;
}

const reuseOf = new WeakMap<nunjucks.Environment, Reuse>();

/** The URL of the page being rendered, to tell a template's renders apart (whether one is reused is decided by its reads). */
const pageUrlOf = (data: object) => String((data as { page?: { url?: unknown } }).page?.url);

/** Every plain object and array in `root`, itself included. */
function objectsIn(root: object): WeakSet<object> {
  const objects = new WeakSet<object>();
  const next: object[] = [root];
  for (let object = next.pop(); object; object = next.pop()) {
    if (objects.has(object)) continue;
    objects.add(object);
    for (const value of Object.values(object)) if (isPlain(value)) next.push(value);
  }
  return objects;
}

const objectsOf = new WeakMap<object, WeakSet<object>>();

/**
 * From now on, the top-level renders of `environment`'s templates are kept and reused, for renders in
 * the same `scope` (the run's path prefix), their data holding BUILD_ID_STAND_IN for `buildId`. `shared`
 * is what every edition of the thread renders from alike (the national content): recording reads through
 * its thousands of objects would cost more than the renders it saves, so its objects are compared as themselves.
 */
export function reuseRenders(environment: nunjucks.Environment, scope: string, shared: object, buildId: string): void {
  let objects = objectsOf.get(shared);
  if (!objects) objectsOf.set(shared, (objects = objectsIn(shared)));
  const reuse = reuseOf.get(environment);
  if (reuse) Object.assign(reuse, { scope, buildId, shared: objects });
  else reuseOf.set(environment, { scope, buildId, shared: objects, kept: new Map() });
}

// Eleventy's renders (data and a callback; an include passes its frame too) go through reuse; the renders of an
// environment not asked to reuse, as they were.
{
  const prototype = nunjucks.Template.prototype as unknown as TemplateInternals;
  const render = prototype.render;
  prototype.render = function (data, parentFrame, callback) {
    const reuse = reuseOf.get(this.env);
    const text = this.tmplStr;
    if (!reuse || typeof parentFrame !== "function" || typeof data !== "object" || text === undefined)
      return render.call(this, data, parentFrame, callback);
    const given = parentFrame as Callback;
    const { buildId } = reuse;
    const done: Callback = (error, output) => given(error, output?.replaceAll(BUILD_ID_STAND_IN, buildId));
    const key = `${reuse.scope}\0${this.path}\0${pageUrlOf(data)}`;
    const kept = reuse.kept.get(key);
    if (kept === null) return render.call(this, data, done);
    if (kept) {
      if (kept.text === text && readsSame(kept.reads, data)) done(null, kept.output);
      else {
        // What differed once (an edition's own data: its name in every page's header) mostly differs again.
        reuse.kept.set(key, null);
        render.call(this, data, done);
      }
      return null;
    }
    // Rendered synchronously, to know that every read has happened when it returns: without a callback,
    // Nunjucks returns the text, or null if an asynchronous filter has yet to finish (then rendered as asked).
    const recording = recordReads(data, reuse.shared);
    let output: string | null;
    try {
      output = render.call(this, recording.data);
    } catch (error) {
      done(error as Error);
      return null;
    }
    if (output === null) render.call(this, data, done);
    else {
      reuse.kept.set(key, recording.spoiled() ? null : { text, reads: recording.reads, output });
      done(null, output);
    }
    return null;
  };
}
