/**
 * scripts/search/indexable-html.ts: Pagefind is sent a page's head and its data-pagefind-body element
 * alone, nested elements of the same name included; the whole page when it has no such element or when
 * something outside it is meant for Pagefind. (test/site/search-index-stream.test.ts: the same index as whole pages.)
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { indexableHtml, pagefindPart } from "../../scripts/search/indexable-html.ts";

const page = (body: string, footer = "<footer>Palaute</footer>") =>
  `<!doctype html><html lang="fi"><head><title>Sivu</title></head><body><header><nav>Valikko</nav></header>${body}${footer}<script src="a.js"></script></body></html>`;

test("the head and the element Pagefind indexes, without the header, the navigation or the footer", () => {
  const part = pagefindPart(page(`<main id="sisalto" data-pagefind-body><h1>Työkyky</h1></main>`));
  assert.is(
    part,
    `<!doctype html><html lang="fi"><head><title>Sivu</title></head><body><main id="sisalto" data-pagefind-body><h1>Työkyky</h1></main></body></html>`,
  );
});

test("the element ends at its own closing tag, past nested elements of its name", () => {
  const part = pagefindPart(page(`<div data-pagefind-body><div>Sisältö</div>Loppu</div><div>Muuta</div>`));
  assert.ok(part.includes("<div data-pagefind-body><div>Sisältö</div>Loppu</div></body>"), part);
  assert.not.ok(part.includes("Muuta"));
});

test("the whole page when something outside the element is meant for Pagefind", () => {
  for (const footer of [
    `<footer><span data-pagefind-filter="vaihe">primaarivaihe</span></footer>`,
    `<footer data-pagefind-meta="author:Kela"></footer>`,
  ]) {
    const html = page(`<main data-pagefind-body><h1>Työkyky</h1></main>`, footer);
    assert.is(pagefindPart(html), html);
  }
});

test("the whole page without an element Pagefind indexes, or with one that never closes", () => {
  for (const body of [`<main><h1>Työkyky</h1></main>`, `<main data-pagefind-body><h1>Työkyky</h1>`]) {
    const html = page(body);
    assert.is(pagefindPart(html), html);
  }
});

test("soft hyphens are dropped and repeated blocks weighed, in the part", () => {
  const html = page(
    `<main data-pagefind-body><p>työ\u00adkyky&shy;tuki</p><ul data-repeated-from="/palvelut/"></ul></main>`,
  );
  const indexable = indexableHtml(html);
  assert.ok(indexable.includes("<p>työkykytuki</p>"), indexable);
  assert.ok(indexable.includes(`data-repeated-from="/palvelut/" data-pagefind-weight="0.1"`), indexable);
  assert.not.ok(indexable.includes("Valikko"));
});

test.run();
