/**
 * Reads the two source documents (sources/ in this repository) independently of content/,
 * so the tests can check that the handbook holds everything they say.
 */
import { readFileSync } from "node:fs";

const SEEDS_DIR = new URL("../../sources/", import.meta.url);

export const normalize = (text: string) => text.replace(/\s+/g, " ").trim();

/** Lines with text, trimmed; list bullets and numbers removed. */
function seedLines(file: string): string[] {
  return readFileSync(new URL(file, SEEDS_DIR), "utf8")
    .split("\n")
    .map((line) => normalize(line.replace(/^\s*(•|\d+\.)\s+/, "")))
    .filter((line) => line !== "");
}

/** "Päivitetty 27.8.2021" → "2021-08-27". */
function updatedDate(lines: readonly string[]): string {
  const match = lines.map((l) => /^Päivitetty\s+(\d+)\.(\d+)\.(\d{4})$/.exec(l)).find(Boolean);
  if (!match) throw new Error("seed has no Päivitetty line");
  return `${match[3]}-${match[2]!.padStart(2, "0")}-${match[1]!.padStart(2, "0")}`;
}

export interface SeedSituation {
  readonly title: string;
  /** One list of action sentences per phase column. */
  readonly cells: readonly (readonly string[])[];
}

/**
 * The flattened table loses its column breaks. Where each column starts was
 * read from the source page's layout: the sentence that opens the second
 * and the third column of each situation.
 */
const COLUMN_STARTS: Record<string, readonly [string, number, string]> = {
  "Työttömän työkyvyn tukeminen": [
    "Tunnista työkyvyttömyysriskiä ennakoivat tekijät",
    2,
    "Tarkista, että edellisissä sarakkeissa olevat asiat on hoidettu",
  ],
  "Työssä ilman työterveyshuoltoa olevien työkyvyn tukeminen": [
    "Tunnista työkyvyttömyysriskiä ennakoivat tekijät",
    2,
    "Tarkista, että edellisissä sarakkeissa olevat asiat on hoidettu",
  ],
  "Työterveyshuoltoon kuuluvien työssä olevien työkyvyn tukeminen": [
    "Tunnista työkyvyttömyysriskiä ennakoivat tekijät",
    2,
    "Käynnistä yhteistyö työterveyshuollon kanssa työhön paluun tukitoimissa ja ammatillisessa kuntoutuksessa.",
  ],
};

export function phasesSeed() {
  const lines = seedLines("tyokyvyn-tukeminen-eri-vaiheissa.txt");
  const situations: SeedSituation[] = [];
  const phaseNames = ["Primaarivaihe", "Sekundaarivaihe", "Tertiaarivaihe"];
  let descriptionsLine = "";
  let i = 0;
  while (i < lines.length) {
    // A situation: its title, the three phase names, their descriptions run together, its actions.
    if (lines[i + 1] === phaseNames[0] && lines[i + 2] === phaseNames[1] && lines[i + 3] === phaseNames[2]) {
      const title = lines[i]!;
      descriptionsLine = lines[i + 4]!;
      const actions: string[] = [];
      i += 5;
      while (i < lines.length && lines[i + 1] !== phaseNames[0] && !lines[i]!.includes(";")) actions.push(lines[i++]!);
      const [secondStart, occurrence, thirdStart] = COLUMN_STARTS[title]!;
      const second = actions.findIndex(
        (a, k) => a === secondStart && actions.slice(0, k + 1).filter((x) => x === a).length === occurrence,
      );
      const third = actions.indexOf(thirdStart);
      situations.push({ title, cells: [actions.slice(0, second), actions.slice(second, third), actions.slice(third)] });
    } else {
      i++;
    }
  }
  const keywordLine = lines.find((l) => l.includes(";"))!;
  return {
    title: lines[0]!,
    lead: lines[1]!,
    phaseNames,
    descriptionsLine,
    situations,
    keywords: keywordLine.split(";").map(normalize),
    updated: updatedDate(lines),
    /** The page's feedback widget answer ("Kyllä"), not content. */
    leftOut: ["Kyllä"],
  };
}

export function networkSeed() {
  const lines = seedLines("kuka-voi-tukea.txt");
  const skipLink = "Siirry sivun sisältöön";
  return {
    title: lines[1]!,
    lead: lines[2]!,
    /** Every line of text, for the page's own UI (skip link) and the date. */
    textLines: lines.filter((l) => l !== skipLink && !l.startsWith("Päivitetty")),
    updated: updatedDate(lines),
  };
}
