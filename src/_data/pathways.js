// The nine (situations × phases) pathway pages, derived from the handbook JSON.
import { readFile } from "node:fs/promises";
import { pathways } from "../lib/pathways.ts";

export default async function () {
  return pathways(JSON.parse(await readFile("src/_data/handbook.json", "utf8")));
}
