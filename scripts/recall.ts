/** npm run recall — the judged query set through the search page in Chromium: ours against plain Pagefind, per kind of query. */
import { measureRecall, recallMarkdown } from "./search/recall.ts";

console.log(recallMarkdown(await measureRecall(process.argv[2] ?? "_site")));
