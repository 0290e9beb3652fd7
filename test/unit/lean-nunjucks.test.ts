/**
 * lib/lean-nunjucks.ts: loops set loop.* only where something can read it, and a render or an
 * import with context reads the context it was given instead of copying it — the templates render as
 * they did, and the data they were given is never written.
 */
import nunjucks from "nunjucks";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { leanNunjucks } from "../../lib/lean-nunjucks.ts";

leanNunjucks();

/** An environment whose templates are the texts of `files`, by name. */
function environmentOf(files: Record<string, string>): nunjucks.Environment {
  const loader = {
    getSource: (name: string) => (name in files ? { src: files[name]!, path: name, noCache: true } : null),
  };
  return new nunjucks.Environment(loader as unknown as nunjucks.ILoader);
}

const render = (files: Record<string, string>, data: object = {}) => environmentOf(files).render("page", data);

const { compiler } = nunjucks as unknown as { compiler: { compile(source: string): string } };

test("a loop whose body never reads loop sets none of it", () => {
  assert.not.match(compiler.compile("{% for x in xs %}<li>{{ x }}</li>{% endfor %}"), "loop.");
  assert.match(compiler.compile("{% for x in xs %}{{ loop.index }}{% endfor %}"), 'frame.set("loop.index"');
});

test("loop.* still reads as before, in the body, in a nested loop, in an else and through an include", () => {
  const page = [
    "{% for x in xs %}{{ loop.index }}{% if not loop.last %},{% endif %}{% endfor %}",
    "|{% for x in xs %}{% for y in [1] %}{{ loop.length }}{% endfor %}{% else %}none{% endfor %}",
    "|{% for x in xs %}{% include 'item' %}{% endfor %}",
    "|{% for x in [] %}{{ x }}{% else %}none{% endfor %}",
  ].join("");
  const item = "[{{ loop.revindex }}{{ x }}]";
  assert.is(render({ page, item }, { xs: ["a", "b", "c"] }), "1,2,3|111|[3a][2b][1c]|none");
});

test("an imported macro sees the importer's variables; the import's own variables stay its own", () => {
  const page = [
    "{% set who = 'Aino' %}{% from 'greet' import greet with context %}",
    "{{ greet() }}|{{ secret }}|{% set who = 'Eero' %}{{ greet() }}",
  ].join("");
  const greet = "{% set secret = 'x' %}{% macro greet() %}Hei {{ who }} {{ place }}{% endmacro %}";
  assert.is(render({ page, greet }, { place: "Oulu" }), "Hei Aino Oulu||Hei Eero Oulu");
});

test("the data a template is given is read, never copied or written, even where it cannot be", () => {
  const enumerated: string[] = [];
  const data = new Proxy(Object.freeze({ title: "Alku", place: "Oulu" }), {
    ownKeys(target) {
      enumerated.push("ownKeys");
      return Reflect.ownKeys(target);
    },
    set() {
      throw new Error("the data was written");
    },
  });
  const page = "{% from 'place' import where with context %}{% set title = 'Uusi' %}{{ title }} {{ where() }}";
  const place = "{% macro where() %}{{ place }}{% endmacro %}";
  assert.is(render({ page, place }, data), "Uusi Oulu");
  assert.is(data.title, "Alku");
  assert.equal(enumerated, []);
});

test.run();
