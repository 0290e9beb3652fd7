/**
 * The whole handbook on one page (/tulosta/): every situation's matrix, the
 * network and services, every actor and every keyword, held to the same
 * checks as their own pages (test/helpers/fidelity.ts); the sources' dates
 * and the review date first; linked from every page's footer; kept out of
 * the search index, where each of its parts has its own page.
 */
import { parse, type HTMLElement } from "node-html-parser";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { finnishDate } from "../../lib/finnish-date.ts";
import { combinedReview } from "../../lib/handbook/review.ts";
import { ids, urls } from "../../lib/urls.ts";
import { printedHandbookProblems } from "../helpers/fidelity.ts";
import { loadHandbook, readPage, sitePages, text } from "../helpers/site.ts";

const handbook = loadHandbook();
const printed = () => readPage(urls.print()).querySelector("main")!;
const partOf = (main: HTMLElement, id: string) => main.querySelector(`[id="${ids.printPart(id)}"]`);
const printProblems = (main: HTMLElement) => printedHandbookProblems(main, handbook);

test("the print page holds every situation's matrix, every action, the network, every actor and every keyword", () => {
  assert.equal(printProblems(printed()), []);
});

test("a situation, an actor or a keyword missing from the print page fails the check", () => {
  const without = (selector: (main: HTMLElement) => HTMLElement | null | undefined) => {
    const main = parse(printed().toString());
    const gone = selector(main);
    assert.ok(gone, "the part to remove is on the page");
    gone.remove();
    return printProblems(main);
  };
  assert.ok(without((main) => partOf(main, handbook.situations.at(-1)!.id)).length > 0, "a situation");
  assert.ok(without((main) => partOf(main, handbook.actors[0]!.id)).length > 0, "an actor");
  assert.ok(without((main) => partOf(main, "asiasanat")?.querySelector("li")).length > 0, "a keyword");
  assert.ok(
    without((main) => main.querySelector(`[id="${ids.networkPart("palvelut")}"]`)?.nextElementSibling).length > 0,
    "the services",
  );
});

test("the first page: the sources' dates and the review date, then the contents, linking to every part in order", () => {
  const main = printed();
  const [sources, contents] = [main.querySelector(".print-sources"), main.querySelector(".print-contents")];
  assert.ok(sources && contents);
  assert.ok(main.toString().indexOf(sources.toString()) < main.toString().indexOf(contents.toString()));
  const review = combinedReview(handbook.sources)!;
  for (const source of handbook.sources) assert.ok(text(sources).includes(finnishDate(source.updated)), source.id);
  assert.ok(text(sources).includes(`Tarkistettu ${finnishDate(review.reviewed)}.`), text(sources));
  const targets = contents.querySelectorAll("a").map((a) => a.getAttribute("href")!.slice(1));
  const parts = main.querySelectorAll(".print-part").map((part) => part.id);
  assert.equal(targets, parts);
  assert.equal(
    parts,
    ["johdanto", ...handbook.situations.map((s) => s.id), "vaiheet", "verkosto", "toimijat", "asiasanat"].map(
      ids.printPart,
    ),
  );
});

test("every page's footer links to the print page; the print page is not in the search index", () => {
  for (const url of sitePages()) {
    const links = readPage(url)
      .querySelectorAll("footer a")
      .map((a) => a.getAttribute("href"));
    assert.ok(links.includes(urls.print()), url);
  }
  assert.not.ok(printed().hasAttribute("data-pagefind-body"));
});

test.run();
