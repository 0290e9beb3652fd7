/** npm run recall — Finnish recall of our search against plain Pagefind, on the built site. */
import { measureRecall, recallMarkdown } from "./search/recall.ts";

console.log(recallMarkdown(await measureRecall(process.argv[2] ?? "_site")));
