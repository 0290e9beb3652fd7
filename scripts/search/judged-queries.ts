/**
 * The judged query set: what health and social care professionals type into
 * the handbook's search, each with the page(s) a good search puts among the
 * first five. Written the way people type — lower case, without ä/ö, with
 * slips, a compound's tail, an abbreviation or its expansion, several words —
 * and judged against the content, not against what the search returns.
 * `npm run recall` runs it through the search page; `npm test` holds the bar.
 */

import { urls } from "../../lib/urls.ts";

export const QUERY_KINDS = [
  "base form",
  "inflected",
  "no diacritics",
  "compound part",
  "typo",
  "abbreviation",
  "expansion",
  "multi-word",
  "page name",
] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface JudgedQuery {
  readonly query: string;
  readonly kind: QueryKind;
  /** Paths of the pages that answer the query; finding any one among the first five is a success. */
  readonly expect: readonly string[];
}

const { actor, keyword, situation, phase, pathway } = urls;
const NETWORK = urls.network();
const SITUATION_IDS = ["tyoton", "tyossa-ilman-tyoterveyshuoltoa", "tyoterveyshuollon-piirissa"];
const PHASE_IDS = ["primaarivaihe", "sekundaarivaihe", "tertiaarivaihe"];
const SITUATIONS = SITUATION_IDS.map(situation);
const PATHWAYS = SITUATION_IDS.flatMap((s) => PHASE_IDS.map((p) => pathway(s, p)));
/** The services any unit can start are listed on the network page, every situation page and every pathway. */
const SERVICES = [NETWORK, ...SITUATIONS, ...PATHWAYS];

const kind =
  (k: QueryKind) =>
  (query: string, ...expect: string[]): JudgedQuery => ({ query, kind: k, expect });

const base = kind("base form");
const inflected = kind("inflected");
const plain = kind("no diacritics");
const part = kind("compound part");
const typo = kind("typo");
const abbreviation = kind("abbreviation");
const expansion = kind("expansion");
const words = kind("multi-word");
const page = kind("page name");

export const JUDGED_QUERIES: readonly JudgedQuery[] = [
  base("kuntoutus", keyword("kuntoutus")),
  base("kuntoutustarve", keyword("kuntoutustarve")),
  base("yhteistyö", keyword("yhteistyo")),
  base("etuudet", keyword("etuudet")),
  base("moniammatillinen", keyword("moniammatillinen")),
  base("työllistyminen", keyword("tyollistyminen")),
  base("kuntoutuminen", keyword("kuntoutuminen")),
  base("työterveyshuolto", actor("tyoterveyshuolto")),
  base("psykologi", actor("psykologi")),
  base("fysioterapeutti", actor("fysioterapeutti")),
  base("työpaikka", actor("tyopaikka")),
  base("erikoissairaanhoito", actor("erikoissairaanhoito")),
  base("järjestöt", actor("jarjestot")),
  base("vakuutusyhtiö", actor("vakuutusyhtio")),
  base("työeläkelaitos", actor("tyoelakelaitos")),
  base("läheiset", actor("laheiset")),
  base("kaksoisrooli", NETWORK),
  base("mielenterveyspalvelut", ...SERVICES),
  base("toimeentulo", keyword("etuudet"), ...SITUATIONS.slice(0, 2)),
  base(
    "sairauspoissaolot",
    situation("tyoterveyshuollon-piirissa"),
    actor("tyoterveyshuolto"),
    pathway("tyoterveyshuollon-piirissa", "sekundaarivaihe"),
  ),

  inflected("kuntoutuksen", keyword("kuntoutus")),
  inflected("työttömien", situation("tyoton"), keyword("tyoton")),
  inflected("yhteistyössä", keyword("yhteistyo")),
  inflected("kuntoutustarpeen", keyword("kuntoutustarve")),
  inflected("työterveyshuollon", actor("tyoterveyshuolto")),
  inflected("kelalta", actor("kela")),
  inflected("psykologin", actor("psykologi")),
  inflected("työkyvyttömyyden", keyword("tyokyvyttomyys-riski")),
  inflected("etuuksien", keyword("etuudet")),
  inflected("moniammatillisessa", keyword("moniammatillinen")),
  inflected("työvalmentajan", actor("tyovalmentaja")),
  inflected("kuntoutusohjaajat", actor("kuntoutusohjaaja")),
  inflected("työpaikalla", actor("tyopaikka")),
  inflected("järjestöjen", actor("jarjestot")),
  inflected("erikoissairaanhoidon", actor("erikoissairaanhoito")),
  inflected("työllistymisen", keyword("tyollistyminen")),
  inflected("työeläkelaitokselta", actor("tyoelakelaitos")),
  inflected("fysioterapeutille", actor("fysioterapeutti")),
  inflected("työterveyshoitajan", actor("tyoterveyshoitaja")),
  inflected("kuntoutumisesta", keyword("kuntoutuminen")),

  plain("tyoton", situation("tyoton"), keyword("tyoton")),
  plain("tyoterveyshuolto", actor("tyoterveyshuolto")),
  plain("laheiset", actor("laheiset")),
  plain("tyovalmentaja", actor("tyovalmentaja")),
  plain("sosiaalityontekija", actor("sosiaalityontekija")),
  plain("tyoelakelaitos", actor("tyoelakelaitos")),
  plain("tyoelakevakuutusyhtio", actor("tyoelakevakuutusyhtio")),
  plain("jarjestot", actor("jarjestot")),
  plain("tyoterveyshoitaja", actor("tyoterveyshoitaja")),
  plain("tyofysioterapeutti", actor("tyofysioterapeutti")),
  plain("tyoterveyslaakari", actor("tyoterveyslaakari")),
  plain("tyokykykoordinaattori", actor("tyokykykoordinaattori")),
  plain("yhteistyo", keyword("yhteistyo")),
  plain("tyollistyminen", keyword("tyollistyminen")),
  plain("kuntoutustutkimusyksikko", actor("kuntoutustutkimusyksikko")),
  plain("vakuutusyhtio", actor("vakuutusyhtio")),
  plain("tyottomien terveydenhoitaja", actor("tyottomien-terveydenhoitaja")),
  plain("tyokyvyn heikkeneminen", keyword("tyokyvyn-heikkeneminen")),
  plain("elamantapaohjaus", ...SERVICES),
  plain("tyohon paluu", keyword("tyohon-paluu")),

  part("koordinaattori", actor("tyokykykoordinaattori")),
  part("ohjaaja", actor("kuntoutusohjaaja")),
  part("valmentaja", actor("tyovalmentaja")),
  part(
    "poissaolot",
    situation("tyoterveyshuollon-piirissa"),
    actor("tyoterveyshuolto"),
    pathway("tyoterveyshuollon-piirissa", "sekundaarivaihe"),
  ),
  part("päiväraha", ...SERVICES),
  part("terveyshoitaja", actor("tyoterveyshoitaja")),
  part("eläkelaitos", actor("tyoelakelaitos")),
  part("tutkimusyksikkö", actor("kuntoutustutkimusyksikko")),
  part("asiantuntija", actor("kelan-palveluasiantuntija"), actor("sosiaalialan-asiantuntija")),
  part("tarve", keyword("kuntoutustarve")),
  part("huolto", actor("tyoterveyshuolto")),
  part("rahasto", actor("esr")),
  part("yhteispalvelu", actor("typ")),
  part("työntekijä", actor("sosiaalityontekija")),
  part("eläkevakuutusyhtiö", actor("tyoelakevakuutusyhtio")),
  part("lääkäri", actor("tyoterveyslaakari"), actor("sote-laakari")),
  part("tapaohjaus", ...SERVICES),
  part("järjestelyt", situation("tyoterveyshuollon-piirissa"), actor("tyoterveyshuolto")),
  part("kuntoutusohjaajat", actor("kuntoutusohjaaja")),
  part("fysioterapeutti", actor("tyofysioterapeutti"), actor("fysioterapeutti")),

  typo("kuntotus", keyword("kuntoutus")),
  typo("psykoloki", actor("psykologi")),
  typo("erikoisairaanhoito", actor("erikoissairaanhoito")),
  typo("moniammattillinen", keyword("moniammatillinen")),
  typo("tyoterveyshuoto", actor("tyoterveyshuolto")),
  typo("sosiaalityontekia", actor("sosiaalityontekija")),
  typo("kuntoutusohjaja", actor("kuntoutusohjaaja")),
  typo("työvalmetaja", actor("tyovalmentaja")),
  typo("työkykykordinaattori", actor("tyokykykoordinaattori")),
  typo("primarivaihe", phase("primaarivaihe")),
  typo("sekundarivaihe", phase("sekundaarivaihe")),
  typo("tertiäärivaihe", phase("tertiaarivaihe")),
  typo("läheset", actor("laheiset")),
  typo("työterveyshoitja", actor("tyoterveyshoitaja")),
  typo("kuntoutustutkimusyksiko", actor("kuntoutustutkimusyksikko")),
  typo("vakutusyhtiö", actor("vakuutusyhtio")),
  typo("fysiotrapeutti", actor("fysioterapeutti")),
  typo("kuntoutustarvet", keyword("kuntoutustarve")),

  abbreviation("typ", actor("typ")),
  abbreviation("TYP", actor("typ")),
  abbreviation("kela", actor("kela")),
  abbreviation("te", actor("te-toimisto")),
  abbreviation("TE-toimisto", actor("te-toimisto")),
  abbreviation("sote", actor("sote-keskus")),
  abbreviation("sote-keskus", actor("sote-keskus")),
  abbreviation("esr", actor("esr")),
  abbreviation("stea", actor("stea")),
  abbreviation("kelan", actor("kela")),
  abbreviation("te-toimistoon", actor("te-toimisto")),
  abbreviation("kelasta", actor("kela")),
  abbreviation("esr hankkeet", actor("esr")),
  abbreviation("sote lääkäri", actor("sote-laakari")),
  abbreviation("kela kuntoutus", actor("kela"), actor("kelan-palveluasiantuntija")),
  abbreviation("te toimisto", actor("te-toimisto")),

  expansion("kansaneläkelaitos", actor("kela")),
  expansion("kansanelakelaitos", actor("kela")),
  expansion("kansaneläkelaitoksen", actor("kela")),
  expansion("työ- ja elinkeinotoimisto", actor("te-toimisto")),
  expansion("tyo- ja elinkeinotoimisto", actor("te-toimisto")),
  expansion("elinkeinotoimisto", actor("te-toimisto")),
  expansion("sosiaali- ja terveydenhuolto", actor("sote-keskus")),
  expansion("euroopan sosiaalirahasto", actor("esr")),
  expansion("sosiaalirahasto", actor("esr")),
  expansion("sosiaali- ja terveysjärjestöjen avustuskeskus", actor("stea")),
  expansion("avustuskeskus", actor("stea")),
  expansion("työllistymistä edistävä monialainen yhteispalvelu", actor("typ")),
  expansion("monialainen yhteispalvelu", actor("typ")),
  expansion("perusterveydenhuolto", actor("sote-keskus")),
  expansion("terveyskeskus", actor("sote-keskus"), actor("sote-laakari"), actor("tyokyvyn-tuen-tiimi")),
  expansion("kansaneläkelaitos kuntoutus", actor("kela"), actor("kelan-palveluasiantuntija")),

  words("työtön primaarivaihe", pathway("tyoton", "primaarivaihe")),
  words("tyoton tertiaarivaihe", pathway("tyoton", "tertiaarivaihe")),
  words("työterveyshuolto sekundaarivaihe", pathway("tyoterveyshuollon-piirissa", "sekundaarivaihe")),
  words("työkyvyn tuen tiimi", actor("tyokyvyn-tuen-tiimi")),
  // The services list (ammatillisen kuntoutuksen) and the action "… ammatillisessa kuntoutuksessa".
  words("ammatillinen kuntoutus", ...SERVICES, keyword("tyossa-oleva"), phase("tertiaarivaihe")),
  words("lääkinnällinen kuntoutus", ...SERVICES),
  words("sosiaalialan asiantuntija", actor("sosiaalialan-asiantuntija")),
  words("kelan palveluasiantuntija", actor("kelan-palveluasiantuntija")),
  words("työssä oleva", keyword("tyossa-oleva")),
  words("työkyvyn alentuminen", keyword("tyokyvyn-alentuminen")),
  words("lääkärin kaksoisrooli", NETWORK),
  words("työterveyshuolto sairauspoissaolot", situation("tyoterveyshuollon-piirissa"), actor("tyoterveyshuolto")),
  words("hyvinvointialueen verkosto", actor("hyvinvointialueen-verkosto")),
  words("kuntoutuksen suunnittelu", keyword("kuntoutus"), keyword("kuntoutus-toimet")),
  words("työhön paluun tuki", keyword("tyohon-paluu"), phase("tertiaarivaihe")),
  words("toimeentulo etuudet", keyword("etuudet")),
  words("korvaava työ", actor("tyopaikka"), NETWORK),
  // The two principles: on the home page, the network page and every pathway.
  words("tue työkykyä varhain", "/", NETWORK, ...PATHWAYS),

  page("saavutettavuusseloste", urls.accessibility()),
  page("saavutettavuus", urls.accessibility()),
  page("kuka voi tukea asiakkaan työkykyä", NETWORK),
  page("kuka voi tukea", NETWORK),
  page("asiasanat", urls.keywords()),
  page("toimijat", urls.actors()),
  page("asiakkaan polut", urls.pathways()),
  page("vaiheet", urls.phases()),
  page("asiakkaan tilanteet", urls.situations()),
  page("primaarivaihe", phase("primaarivaihe")),
  page("sekundaarivaihe", phase("sekundaarivaihe")),
  page("tertiaarivaihe", phase("tertiaarivaihe")),
  page("työttömän työkyvyn tukeminen", situation("tyoton")),
  page("työterveyshuollon piirissä työssä oleva", situation("tyoterveyshuollon-piirissa")),
  page("tyossa ilman tyoterveyshuoltoa", situation("tyossa-ilman-tyoterveyshuoltoa")),
  page("verkostot asiakkaan tukena", NETWORK),
  page("työkyvyn tuen käsikirja", "/"),
  page("työtön", situation("tyoton"), keyword("tyoton")),
];
