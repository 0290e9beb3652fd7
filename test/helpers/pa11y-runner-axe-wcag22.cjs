// pa11y's own axe runner, with axe's WCAG 2.2 tags added to the rules it runs.
// pa11y maps its WCAG2AA standard to axe's wcag2a/wcag2aa/wcag21a/wcag21aa tags
// only, and its `rules` option cannot add axe rules while HTML_CodeSniffer
// runs too (it rejects names it does not know). pa11y sends a runner's `run`
// to the page as source text, so the source is what is changed here.
"use strict";
const axe = require("pa11y/lib/runners/axe.js");

const WCAG21_TAGS = "'wcag2aa',\n\t\t\t\t'wcag21aa'";
const source = axe.run.toString();
if (!source.includes(WCAG21_TAGS)) {
  throw new Error(
    "pa11y's axe runner no longer lists its WCAG tags as expected: update test/helpers/pa11y-runner-axe-wcag22.cjs",
  );
}
const run = new Function(`return (${source.replace(WCAG21_TAGS, `${WCAG21_TAGS},\n'wcag22aa'`)})`)();

module.exports = { ...axe, run };
