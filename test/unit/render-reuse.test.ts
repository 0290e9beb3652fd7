/**
 * scripts/site/render-reuse.ts: once an environment reuses renders, a template rendered again for the same
 * page from data that reads the same is not rendered again (its filter is not called) and gives the same
 * text; data that reads otherwise, another page, another scope or another text is rendered afresh; an
 * environment that was not asked renders every time.
 */
import nunjucks from "nunjucks";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { BUILD_ID_STAND_IN, reuseRenders } from "../../scripts/site/render-reuse.ts";

/** An environment whose `phone` filter counts its calls, and a page template reading the edition's phone. */
function environment(reusing: boolean, scope = "/") {
  const env = new nunjucks.Environment(null, { autoescape: true });
  const calls = { count: 0 };
  env.addFilter("phone", (edition: { phone: string }) => (calls.count++, edition.phone));
  if (reusing) reuseRenders(env, scope, {}, "id1");
  const template = (text = "<p>{{ edition | phone }}</p>") => new nunjucks.Template(text, env, "./src/pages/x.njk");
  return { env, calls, template };
}

const render = (template: nunjucks.Template, data: object) =>
  new Promise<string>((resolve, reject) =>
    (template.render as (data: object, done: (error: Error | null, text?: string) => void) => void)(
      data,
      (error, text) => (error ? reject(error) : resolve(text!)),
    ),
  );

const page = (phone: string, url = "/a/", name = "Esimerkkialue") => ({ page: { url }, edition: { phone, name } });

test("the same reads: rendered once, the same text", async () => {
  const { calls, template } = environment(true);
  assert.is(await render(template(), page("1")), "<p>1</p>");
  assert.is(await render(template(), page("1", "/a/", "Toinen alue")), "<p>1</p>");
  assert.is(calls.count, 1);
});

test("a value read that differs, another page, another text: rendered again", async () => {
  const { calls, template } = environment(true);
  await render(template(), page("1"));
  assert.is(await render(template(), page("2")), "<p>2</p>");
  assert.is(await render(template(), page("1", "/b/")), "<p>1</p>");
  assert.is(await render(template("<b>{{ edition | phone }}</b>"), page("1", "/b/")), "<b>1</b>");
  assert.is(calls.count, 4);
});

test("another scope (path prefix) renders again; an environment not asked always renders", async () => {
  const reusing = environment(true);
  await render(reusing.template(), page("1"));
  reuseRenders(reusing.env, "/alue/", {}, "id1");
  await render(reusing.template(), page("1"));
  assert.is(reusing.calls.count, 2);
  const plain = environment(false);
  await render(plain.template(), page("1"));
  await render(plain.template(), page("1"));
  assert.is(plain.calls.count, 2);
});

test("the build id: read as the stand-in, each edition's own in the text; shared by editions that differ only in it", async () => {
  const { env, calls, template } = environment(true);
  const text =
    '<html data-build="{{ build.id }}"><a href="/x?build={{ build.id | urlencode }}">{{ edition | phone }}</a>';
  const data = { ...page("1"), build: { id: BUILD_ID_STAND_IN } };
  assert.is(await render(template(text), data), '<html data-build="id1"><a href="/x?build=id1">1</a>');
  reuseRenders(env, "/", {}, "id2");
  assert.is(
    await render(template(text), { ...data, build: { id: BUILD_ID_STAND_IN } }),
    '<html data-build="id2"><a href="/x?build=id2">1</a>',
  );
  assert.is(calls.count, 1);
  // A render afresh (another phone) gets the id too.
  reuseRenders(env, "/", {}, "id3");
  assert.is(
    await render(template(text), { ...page("2"), build: { id: BUILD_ID_STAND_IN } }),
    '<html data-build="id3"><a href="/x?build=id3">2</a>',
  );
  assert.is(calls.count, 2);
});

test("an error while rendering is reported, not kept", async () => {
  const { env, template } = environment(true);
  env.addFilter("fail", () => {
    throw new Error("rikki");
  });
  await render(template("{{ 1 | fail }}"), page("1")).then(
    () => assert.unreachable("rendered"),
    (error: Error) => assert.match(error.message, /rikki/),
  );
});

test.run();
