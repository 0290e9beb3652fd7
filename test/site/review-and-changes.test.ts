/** Review dates and the change history, as the built pages show them. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { combinedReview } from "../../lib/handbook/review.ts";
import { finnishDate } from "../../src/eleventy/filters.ts";
import { loadHandbook, readPage, sitePages, text } from "../helpers/site.ts";

const handbook = loadHandbook();

test("every page that names its sources shows when they were checked and when they are next due", () => {
  let checked = 0;
  for (const url of sitePages()) {
    const footer = readPage(url).querySelector("footer")!;
    const titles = footer.querySelectorAll(".sources li").map((li) => text(li));
    if (titles.length === 0) continue;
    const sources = handbook.sources.filter((s) => titles.some((title) => title.startsWith(`${s.title} –`)));
    assert.is(sources.length, titles.length, `${url}: every listed source is a source of the handbook`);
    const review = combinedReview(sources)!;
    assert.is(
      text(footer.querySelector(".review-dates")),
      `Tarkistettu ${finnishDate(review.reviewed)}. Seuraava tarkistus ${finnishDate(review.nextReview)}.`,
      url,
    );
    checked++;
  }
  assert.ok(checked >= 60, `pages with sources: ${checked}`);
});

test.run();
