/**
 * WCAG 2.2 3.2.6 Consistent help: the way to help (the accessibility
 * statement, which holds the feedback channel) is in the same place on every
 * page — the footer, after the main content, and the footer's last link — and
 * 3.2.3 Consistent navigation: the same main menu, in the same order, first.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { urls } from "../../lib/urls.ts";
import type { HTMLElement } from "node-html-parser";
import { readPage, sitePages, text } from "../helpers/site.ts";

const pages = sitePages();

/** Where help is on a page: the landmarks in order, and the footer's links, as a comparable string. */
function helpPlace(page: HTMLElement) {
  const landmarks = page
    .querySelectorAll("body > header, body > nav, body > main, body > footer")
    .map((e) => e.tagName.toLowerCase());
  const footerLinks = page.querySelectorAll("body > footer a").map((a) => `${a.getAttribute("href")} ${text(a)}`);
  const menu = page.querySelectorAll("header nav a").map((a) => `${a.getAttribute("href")} ${text(a)}`);
  return { landmarks, footerLinks, menu };
}

/** Problems with where help is on a page, compared with the home page. */
function helpProblems(page: HTMLElement, help: string): string[] {
  const place = helpPlace(page);
  const problems: string[] = [];
  if (place.landmarks.at(-1) !== "footer") problems.push("the footer is not last");
  if (place.landmarks.indexOf("main") > place.landmarks.indexOf("footer")) problems.push("main comes after the footer");
  if (place.footerLinks.at(-1) !== help)
    problems.push(`the footer's last link is ${place.footerLinks.at(-1)}, not ${help}`);
  return problems;
}

const reference = helpPlace(readPage(urls.home()));
const help = reference.footerLinks.at(-1) ?? "";

// accessibility-statement: help
test("help (the accessibility statement and its feedback channel) is in the same place on every page", () => {
  assert.ok(help.startsWith(`${urls.accessibility()} `), `the footer's last link is not the statement: ${help}`);
  assert.ok(pages.length >= 60, `only ${pages.length} pages`);
  for (const url of pages) assert.equal(helpProblems(readPage(url), help), [], url);
});

// accessibility-statement: menu
test("the main menu is the same on every page, in the same order (3.2.3)", () => {
  assert.ok(reference.menu.length >= 5, `menu: ${reference.menu.join(", ")}`);
  for (const url of pages) assert.equal(helpPlace(readPage(url)).menu, reference.menu, url);
});

test("the check notices a page whose help link moved", () => {
  const page = readPage(urls.home());
  const footer = page.querySelector("body > footer")!;
  footer.insertAdjacentHTML("beforeend", '<p><a href="/muu/">Muu</a></p>');
  assert.equal(helpProblems(page, help), [`the footer's last link is /muu/ Muu, not ${help}`]);
});

test.run();
