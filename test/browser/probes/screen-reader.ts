// The Virtual Screen Reader, as the global `virtual`, for test/browser/screen-reader.test.ts.
import { virtual } from "@guidepup/virtual-screen-reader/browser.js";

Object.assign(globalThis, { virtual });

type Command = keyof typeof virtual.commands;

/**
 * Repeats a screen-reader command (a heading, a link, the next item …) until
 * the last spoken phrase matches, as a person listening would stop; fails
 * after `limit` steps.
 */
async function moveUntil(command: Command | "next", pattern: string, limit = 200): Promise<string> {
  const matcher = new RegExp(pattern);
  for (let step = 0; step < limit; step++) {
    if (command === "next") await virtual.next();
    else await virtual.perform(virtual.commands[command]);
    const phrase = (await virtual.lastSpokenPhrase()).replace(/\u00AD/g, "");
    if (matcher.test(phrase)) return phrase;
  }
  throw new Error(`${String(command)} never reached /${pattern}/`);
}

Object.assign(globalThis, { moveUntil });
