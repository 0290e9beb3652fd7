/**
 * The judged query set: what health and social care professionals type into
 * the handbook's search, each with the page(s) a good search puts among the
 * first five. Written the way people type — lower case, without ä/ö, with
 * slips, a compound's tail, an abbreviation or its expansion, several words —
 * and judged against the content, not against what the search returns.
 * Four kinds were written later by someone who had not tuned the search to
 * them: compounds typed apart, content the handbook repeats on many pages
 * (where the page that introduces it, or one about its subject, is the
 * answer, not a page that only repeats it), prefixes as typed while the
 * results update, and questions in plain language.
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
  "typed apart",
  "repeated content",
  "prefix",
  "question",
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
const pathwaysOf = (situationId: string) => PHASE_IDS.map((p) => pathway(situationId, p));
const PATHWAYS = SITUATION_IDS.flatMap(pathwaysOf);
/** The services any unit can start are listed on the network page, every situation page and every pathway. */
const SERVICES = [NETWORK, ...SITUATIONS, ...PATHWAYS];
/** Where the services list is introduced (the network page) and shown in a situation's context; pathways only repeat it. */
const SERVICES_HOME = [NETWORK, ...SITUATIONS];

/** A judged query of kind `k`: the query, then the paths of the pages that answer it. */
export const kind =
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
const apart = kind("typed apart");
const repeated = kind("repeated content");
const prefix = kind("prefix");
const question = kind("question");

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
  apart("kuntoutus ohjaaja", actor("kuntoutusohjaaja")),
  apart("työterveys huolto", actor("tyoterveyshuolto")),
  apart("tyoterveys huolto", actor("tyoterveyshuolto")),
  apart("työterveys hoitaja", actor("tyoterveyshoitaja")),
  apart("työ terveys hoitaja", actor("tyoterveyshoitaja")),
  apart("työterveys lääkäri", actor("tyoterveyslaakari")),
  apart("työ fysioterapeutti", actor("tyofysioterapeutti")),
  apart("työkyky koordinaattori", actor("tyokykykoordinaattori")),
  apart("sosiaali työntekijä", actor("sosiaalityontekija")),
  apart("työ valmentaja", actor("tyovalmentaja")),
  apart("työ eläkelaitos", actor("tyoelakelaitos")),
  apart("työeläke vakuutusyhtiö", actor("tyoelakevakuutusyhtio")),
  apart("vakuutus yhtiö", actor("vakuutusyhtio")),
  apart("erikois sairaanhoito", actor("erikoissairaanhoito")),
  apart("kuntoutus tutkimusyksikkö", actor("kuntoutustutkimusyksikko")),
  apart("kuntoutus tarve", keyword("kuntoutustarve")),
  apart(
    "sairaus poissaolot",
    situation("tyoterveyshuollon-piirissa"),
    actor("tyoterveyshuolto"),
    pathway("tyoterveyshuollon-piirissa", "sekundaarivaihe"),
  ),
  apart("elämäntapa ohjaus", ...SERVICES_HOME),
  apart("mielenterveys palvelut", ...SERVICES_HOME),
  apart("kuntoutus toimijat", actor("kuntoutustoimijat")),
  apart("työ paikka", actor("tyopaikka")),
  apart("työkyvyttömyys riski", keyword("tyokyvyttomyys-riski")),
  apart("osa sairauspäiväraha", ...SERVICES_HOME),
  apart("työttömien terveyden hoitaja", actor("tyottomien-terveydenhoitaja")),
  apart("kelan palvelu asiantuntija", actor("kelan-palveluasiantuntija")),
  apart("moni ammatillinen", keyword("moniammatillinen")),

  repeated("tehostettu elämäntapaohjaus", ...SERVICES_HOME),
  repeated("tehostetun elämäntapaohjauksen", ...SERVICES_HOME),
  repeated("psykologin palvelut", actor("psykologi"), ...SERVICES_HOME),
  repeated("fysioterapeutin palvelut", actor("fysioterapeutti"), ...SERVICES_HOME),
  repeated("työkykyä tukevat palvelut", ...SERVICES_HOME, actor("psykologi"), actor("fysioterapeutti")),
  repeated("ryhmäohjaus", ...SERVICES_HOME),
  repeated("yksilöohjaus", ...SERVICES_HOME),
  repeated("mielenterveys", ...SERVICES_HOME),
  repeated(
    "ammatillisen kuntoutuksen",
    ...SERVICES_HOME,
    actor("kela"),
    actor("tyoelakevakuutusyhtio"),
    pathway("tyoterveyshuollon-piirissa", "tertiaarivaihe"),
  ),
  repeated("kelan tukema kuntoutus", actor("kela"), ...SERVICES_HOME),
  repeated("lääkinnällinen kuntoutus kela", actor("kela"), ...SERVICES_HOME),
  repeated("osasairauspäiväraha", ...SERVICES_HOME),
  repeated("sairausperusteiset etuudet", ...SERVICES_HOME, keyword("etuudet")),
  repeated("kaikissa terveydenhuollon yksiköissä", ...SERVICES_HOME),
  repeated("työn muokkaus", NETWORK, actor("tyopaikka"), actor("tyoterveyshuolto")),
  repeated("korvaavan työn malli", NETWORK, actor("tyopaikka"), actor("tyoterveyshuolto")),
  repeated("työterveyshuollon ja työpaikan yhteistyö", NETWORK, actor("tyopaikka"), actor("tyoterveyshuolto")),
  repeated("kaksi periaatetta", NETWORK, "/"),
  repeated("älä sairautta", NETWORK, "/"),
  repeated("työkykykoordinaattori työllisyyspalveluissa", actor("tyokykykoordinaattori"), NETWORK),
  repeated("työllisyyspalvelut", actor("tyokykykoordinaattori"), NETWORK),
  repeated("terveyskeskuksen lääkäri", actor("sote-laakari"), NETWORK),
  repeated(
    "työkyvyn tuen tiimi tai moniammatillinen verkosto",
    actor("tyokyvyn-tuen-tiimi"),
    actor("hyvinvointialueen-verkosto"),
    NETWORK,
  ),
  repeated("työssä olevilla henkilöillä", NETWORK, actor("tyoterveyshuolto"), situation("tyoterveyshuollon-piirissa")),

  prefix("kuntoutusoh", actor("kuntoutusohjaaja")),
  prefix("työterveysh", actor("tyoterveyshuolto"), actor("tyoterveyshoitaja")),
  prefix("psykol", actor("psykologi")),
  prefix("fysiot", actor("fysioterapeutti"), actor("tyofysioterapeutti")),
  prefix("tyokykyk", actor("tyokykykoordinaattori")),
  prefix("sosiaality", actor("sosiaalityontekija")),
  prefix("elämänta", ...SERVICES_HOME),
  prefix("erikoissai", actor("erikoissairaanhoito")),
  prefix("kansanel", actor("kela")),
  prefix("saavutet", urls.accessibility()),
  prefix("primaariv", phase("primaarivaihe")),
  prefix("tertiaa", phase("tertiaarivaihe")),
  prefix("työvalm", actor("tyovalmentaja")),
  prefix("kuntoutustu", actor("kuntoutustutkimusyksikko")),
  prefix("läheis", actor("laheiset")),
  prefix("jarjes", actor("jarjestot")),
  prefix("vakuutusy", actor("vakuutusyhtio")),
  prefix("työttömien terv", actor("tyottomien-terveydenhoitaja")),
  prefix("kela kunt", actor("kela"), actor("kelan-palveluasiantuntija")),
  prefix("työkyvyn tuen t", actor("tyokyvyn-tuen-tiimi")),
  prefix("moniammat", keyword("moniammatillinen")),
  prefix("työhön pal", keyword("tyohon-paluu")),
  prefix(
    "sairauspois",
    situation("tyoterveyshuollon-piirissa"),
    actor("tyoterveyshuolto"),
    pathway("tyoterveyshuollon-piirissa", "sekundaarivaihe"),
  ),

  question("miten tuen työttömän työkykyä", situation("tyoton"), keyword("tyoton"), ...pathwaysOf("tyoton")),
  question(
    "kenen puoleen käännyn kun työkyky heikkenee",
    NETWORK,
    keyword("tyokyvyn-heikkeneminen"),
    phase("primaarivaihe"),
  ),
  question("kuka voi auttaa työtöntä asiakasta", NETWORK, situation("tyoton")),
  question(
    "mitä teen kun asiakkaalla ei ole työterveyshuoltoa",
    situation("tyossa-ilman-tyoterveyshuoltoa"),
    ...pathwaysOf("tyossa-ilman-tyoterveyshuoltoa"),
  ),
  question("miten tunnistan kuntoutustarpeen", keyword("kuntoutustarve")),
  question("mitä palveluita terveyskeskus voi käynnistää", ...SERVICES_HOME),
  question(
    "milloin otan yhteyttä työterveyshuoltoon",
    actor("tyoterveyshuolto"),
    situation("tyoterveyshuollon-piirissa"),
    pathway("tyoterveyshuollon-piirissa", "primaarivaihe"),
  ),
  question("miten tuen työhön paluuta", keyword("tyohon-paluu"), phase("tertiaarivaihe")),
  question(
    "kuka koordinoi työllistymisen tukitoimia",
    pathway("tyoton", "sekundaarivaihe"),
    actor("tyokykykoordinaattori"),
    keyword("tyollistyminen"),
  ),
  question("mikä on lääkärin kaksoisrooli", NETWORK),
  question("mitä tarkoittaa tertiaarivaihe", phase("tertiaarivaihe")),
  question("mitä tarkoittaa osatyökykyinen", phase("sekundaarivaihe"), keyword("tyokyvyn-alentuminen")),
  question(
    "mistä saa tukea ammatilliseen kuntoutukseen",
    NETWORK,
    ...SITUATIONS,
    actor("kela"),
    actor("tyoelakevakuutusyhtio"),
  ),
  question("miten kela voi auttaa", actor("kela"), actor("kelan-palveluasiantuntija")),
  question("mitä työterveyshoitaja tekee", actor("tyoterveyshoitaja")),
  question("mitä tehdä kun työttömyys pitkittyy", pathway("tyoton", "tertiaarivaihe"), situation("tyoton")),
  question("miten huomioin asiakkaan toimeentulon", keyword("etuudet")),
  question("kuka tukee ammatillista kuntoutusta", actor("kela"), actor("tyoelakevakuutusyhtio"), NETWORK),
  question("voiko läheiset ottaa mukaan", actor("laheiset")),
  question(
    "miten sairauspoissaolot hoidetaan työterveyshuollossa",
    situation("tyoterveyshuollon-piirissa"),
    actor("tyoterveyshuolto"),
    pathway("tyoterveyshuollon-piirissa", "sekundaarivaihe"),
  ),
  question("mikä on työkyvyttömyysriski", keyword("tyokyvyttomyys-riski")),
  question(
    "miten tuen työssä olevan työkykyä",
    keyword("tyossa-oleva"),
    situation("tyossa-ilman-tyoterveyshuoltoa"),
    situation("tyoterveyshuollon-piirissa"),
  ),
  question("kuka on työkykykoordinaattori", actor("tyokykykoordinaattori")),
];
