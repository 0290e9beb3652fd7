/**
 * lib/rendered-pages.ts: the search index is told the pages in a fixed order — by input file, then page
 * number — whatever order Eleventy's content map lists them in (it varies with which template's data was
 * ready first), and is handed each page as it is finished.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { handOnRenderedPages, listenToRenderedPages, type EleventyHooks } from "../../lib/rendered-pages.ts";

/** A stand-in for Eleventy's config: the content map listener and the transform it was given. */
function fakeConfig() {
  const hooks: { contentMap?: (map: never) => void; transform?: (this: unknown, content: string) => string } = {};
  const config = {
    on: (_event: string, listener: (map: never) => void) => (hooks.contentMap = listener),
    addTransform: (_name: string, transform: (this: unknown, content: string) => string) =>
      (hooks.transform = transform),
  } as unknown as EleventyHooks;
  handOnRenderedPages(config);
  return hooks;
}

test("the plan is by input file, then page number, whatever the content map's order", () => {
  const hooks = fakeConfig();
  const planned: string[][] = [];
  listenToRenderedPages({ planned: (urls) => planned.push([...urls]), rendered: () => {} });
  const page = (inputPath: string, groupNumber: number) => ({ inputPath, groupNumber });
  const urlToInputPath = {
    "/toimijat/kela/": page("./src/pages/toimija.njk", 10),
    "/": page("./src/pages/index.njk", 0),
    "/toimijat/te-toimisto/": page("./src/pages/toimija.njk", 2),
    "/asiasanat/": page("./src/pages/asiasanat.njk", 0),
    "/toimijat/esr/": page("./src/pages/toimija.njk", 9),
  };
  hooks.contentMap!({ urlToInputPath } as never);
  listenToRenderedPages(undefined);
  assert.equal(planned, [["/asiasanat/", "/", "/toimijat/te-toimisto/", "/toimijat/esr/", "/toimijat/kela/"]]);
});

test("each finished page is handed on with its URL and file, and left as it is", () => {
  const hooks = fakeConfig();
  const rendered: string[][] = [];
  listenToRenderedPages({ planned: () => {}, rendered: (...page) => rendered.push(page) });
  const page = { page: { url: "/haku/", outputPath: "_site/haku/index.html" } };
  assert.is(hooks.transform!.call(page, "<html></html>"), "<html></html>");
  listenToRenderedPages(undefined);
  assert.is(hooks.transform!.call(page, "<p>"), "<p>");
  assert.equal(rendered, [["/haku/", "_site/haku/index.html", "<html></html>"]]);
});

test.run();
