/**
 * Valid content of any size for the benchmark: `situations` client
 * situations with full matrices, actions, actors, keywords and network
 * groups in proportion (6 actions, 2 actors per situation; a keyword per 10).
 * The real sources, phases and prose are reused, so the data step checks it
 * like editors' content.
 */
import { cp, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { stringify } from "yaml";

const VERBS = [
  "Tunnista",
  "Selvitä",
  "Sovi",
  "Käynnistä",
  "Hyödynnä",
  "Tarkista",
  "Muista",
  "Ohjaa",
  "Arvioi",
  "Kirjaa",
];
const OBJECTS = [
  "työkykyyn liittyvä kuntoutustarve",
  "asiakkaan toimeentulo ja etuuksien yhteensovittaminen",
  "työhön paluun tukiprosessin roolit ja vastuu",
  "työllistymisen tukitoimenpiteet",
  "moniammatillisen tiimin osaaminen",
  "työkyvyttömyysriskiä ennakoivat tekijät",
  "kuntoutuksen suunnittelu ja kuntoutustoimet",
  "yhteistyö työterveyshuollon kanssa",
];

const header = (schema: string) => `# yaml-language-server: $schema=${schema}\n`;

/**
 * The sizes the benchmark builds (the first two with --quick). The largest is
 * about the most the data step's limits allow: its actions.yaml is near the
 * 256 kB a content file may hold.
 */
export const BENCH_SIZES = [10, 100, 150] as const;

export interface SyntheticSize {
  readonly situations: number;
  readonly actions: number;
  readonly actors: number;
  readonly keywords: number;
}

export function sizeFor(situations: number): SyntheticSize {
  return {
    situations,
    actions: 6 * situations,
    actors: 10 + 2 * situations,
    keywords: 14 + Math.floor(situations / 10),
  };
}

export async function writeSyntheticContent(dir: string, situationCount: number): Promise<SyntheticSize> {
  const size = sizeFor(situationCount);
  await mkdir(join(dir, "situations"), { recursive: true });
  for (const file of ["sources.yaml", "phases.yaml", "keywords.yaml", "changes.yaml", "prose"]) {
    await cp(join("content", file), join(dir, file), { recursive: true });
  }
  const actorName = (i: number) => `Yksikkö ${i} ry`;
  const actorId = (i: number) => `yksikko-${i}`;
  const realKeywords = [
    "yhteistyo",
    "tyoton",
    "tyossa-oleva",
    "tyohon-paluu",
    "etuudet",
    "tyokyvyttomyys-riski",
    "moniammatillinen",
    "kuntoutuminen",
    "tyollistyminen",
    "kuntoutustarve",
    "kuntoutus",
    "tyokyvyn-heikkeneminen",
    "tyokyvyn-alentuminen",
    "kuntoutus-toimet",
  ];
  const keywordIds = [
    ...realKeywords,
    ...Array.from({ length: size.keywords - realKeywords.length }, (_, i) => `asiasana-${i + 1}`),
  ];
  const extraKeywords = keywordIds
    .slice(realKeywords.length)
    .map((id, i) => `  - { id: ${id}, label: asiasana ${i + 1} }`);
  if (extraKeywords.length) {
    const { readFile } = await import("node:fs/promises");
    await writeFile(
      join(dir, "keywords.yaml"),
      `${await readFile(join(dir, "keywords.yaml"), "utf8")}${extraKeywords.join("\n")}\n`,
    );
  }

  const actors = Array.from({ length: size.actors }, (_, i) => ({
    id: actorId(i),
    name: actorName(i),
    kind: i % 3 === 0 ? "professional" : "organisation",
  }));
  await writeFile(join(dir, "actors.yaml"), header(".schema/actors.schema.json") + stringify({ actors }));

  const actions = Array.from({ length: size.actions }, (_, i) => {
    const named = [(2 * i) % size.actors, (2 * i + 1) % size.actors];
    const text = `${VERBS[i % VERBS.length]} ${OBJECTS[i % OBJECTS.length]}, tapaus ${i} (${named.map(actorName).join(", ")})`;
    return {
      id: `toimi-${i}`,
      text,
      actors: Object.fromEntries(named.map((a) => [actorName(a), actorId(a)])),
      keywords: [keywordIds[i % keywordIds.length]],
    };
  });
  await writeFile(
    join(dir, "actions.yaml"),
    header(".schema/actions.schema.json") + stringify({ source: "tyokyvyn-tukeminen", actions }),
  );

  let slot = 0;
  const cell = (length: number) => Array.from({ length }, () => `toimi-${slot++ % size.actions}`);
  for (let s = 0; s < situationCount; s++) {
    const situation = {
      id: `tilanne-${s + 1}`,
      order: s + 1,
      name: `Tilanne ${s + 1}`,
      title: `Tilanteen ${s + 1} työkyvyn tukeminen`,
      source: "tyokyvyn-tukeminen",
      keywords: [keywordIds[s % keywordIds.length]],
      matrix: { primaarivaihe: cell(5), sekundaarivaihe: cell(5), tertiaarivaihe: cell(5) },
    };
    await writeFile(
      join(dir, "situations", `${situation.id}.yaml`),
      header("../.schema/situation.schema.json") + stringify(situation),
    );
  }

  const mention = (i: number) => ({
    text: `${actorName(i % size.actors)} alueella`,
    actors: { [actorName(i % size.actors)]: actorId(i % size.actors) },
  });
  const groups = Array.from({ length: Math.ceil(situationCount / 10) }, (_, g) => ({
    id: `ryhma-${g + 1}`,
    heading: `Tilanteiden ${10 * g + 1}–${Math.min(10 * g + 10, situationCount)} verkosto, esimerkiksi`,
    serves: Array.from({ length: Math.min(10, situationCount - 10 * g) }, (_, k) => `tilanne-${10 * g + k + 1}`),
    members: [mention(3 * g), mention(3 * g + 1), mention(3 * g + 2)],
  }));
  const network = {
    source: "kuka-voi-tukea",
    intro: "prose/verkosto-johdanto.md",
    together: {
      heading: "Yhdessä asiakkaan kanssa",
      principles: {
        intro: "Muista kaksi periaatetta:",
        items: ["Tue työkykyä varhain.", "Tue asiakkaan työkykyä, älä sairautta."],
      },
      clientFactors: {
        intro: "Tunnista asiakkaan työkykyyn liittyviä tekijöitä, kuten",
        questions: ["Onko asiakkaallasi tukiverkkoa?"],
      },
    },
    networks: {
      heading: "Verkostot asiakkaan tukena",
      intro: "prose/verkostot.md",
      groups,
      services: {
        intro: "Kaikissa terveydenhuollon yksiköissä voi käynnistää esimerkiksi",
        items: [{ id: "palvelu-1", ...mention(0) }],
      },
      workplace: mention(1),
    },
    doctorsDualRole: { heading: "Lääkärin kaksoisrooli", body: "prose/laakarin-kaksoisrooli.md" },
  };
  await writeFile(join(dir, "network.yaml"), header(".schema/network.schema.json") + stringify(network));
  return size;
}
