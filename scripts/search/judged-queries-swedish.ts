/**
 * The judged query set in Swedish, against the test fixture translation
 * (test/fixtures/translation/sv/, built with LANGUAGES=fi,sv): the same kinds
 * as the Finnish set (judged-queries.ts), typed the way a Swedish-speaking
 * professional in Finland would — without å/ä/ö, in definite and inflected
 * forms, a compound's tail, a compound typed apart, FPA for
 * Folkpensionsanstalten — each with the Swedish page(s) that answer it. Only
 * what the fixture translates can be asked for: the rest of a Swedish page is
 * Finnish fallback, which the Swedish index leaves out.
 */
import { urlsIn } from "../../lib/urls.ts";
import { judged, type JudgedQuery } from "./judged-queries.ts";

const sv = urlsIn("sv");
const { actor, keyword, situation, phase, pathway } = sv;
const HOME = sv.home();
const NETWORK = sv.network();

const { base, inflected, plain, part, typo, abbreviation, expansion, words, page, apart, repeated, prefix, question } =
  judged;

export const SWEDISH_JUDGED_QUERIES: readonly JudgedQuery[] = [
  base("företagshälsovård", actor("tyoterveyshuolto")),
  base("rehabilitering", keyword("kuntoutus")),
  base("samarbete", keyword("yhteistyo")),
  base("socialarbetare", actor("sosiaalityontekija")),
  base("sysselsättning", keyword("tyollistyminen")),

  inflected("företagshälsovården", actor("tyoterveyshuolto"), situation("tyoterveyshuollon-piirissa")),
  inflected("rehabiliteringen", keyword("kuntoutus")),
  inflected("socialarbetarnas", actor("sosiaalityontekija")),
  inflected("förmånerna", keyword("etuudet")),
  inflected("arbetslösas", situation("tyoton"), keyword("tyoton")),

  plain("foretagshalsovard", actor("tyoterveyshuolto")),
  plain("foretagslakare", actor("tyoterveyslaakari")),
  plain("atergang till arbetet", keyword("tyohon-paluu")),
  plain("formaner", keyword("etuudet")),
  plain("arbetsformagekoordinator", actor("tyokykykoordinaattori")),

  part("koordinator", actor("tyokykykoordinaattori")),
  part("handledare", actor("kuntoutusohjaaja")),
  part("hälsovård", actor("tyoterveyshuolto")),
  part("läkare", actor("tyoterveyslaakari")),

  typo("rehabilitring", keyword("kuntoutus")),
  typo("socialarbtare", actor("sosiaalityontekija")),
  typo("sysselsätning", keyword("tyollistyminen")),

  abbreviation("fpa", actor("kela")),
  abbreviation("te-byrån", actor("te-toimisto")),
  abbreviation("te", actor("te-toimisto")),

  expansion("folkpensionsanstalten", actor("kela")),
  expansion("folkpensionsanstalt", actor("kela")),
  expansion("arbets- och näringsbyrån", actor("te-toimisto")),

  words("arbetslös primärskedet", pathway("tyoton", "primaarivaihe")),
  words("multiprofessionellt team", keyword("moniammatillinen")),
  words("stöd klientens arbetsförmåga", NETWORK, HOME),

  page("tillgänglighetsutlåtande", sv.accessibility()),
  page("aktörer", sv.actors()),
  page("ämnesord", sv.keywords()),
  page("skeden", sv.phases()),

  apart("företags hälsovård", actor("tyoterveyshuolto")),
  apart("rehabiliterings handledare", actor("kuntoutusohjaaja")),
  apart("företags läkare", actor("tyoterveyslaakari")),
  apart("arbets pensions anstalt", actor("tyoelakelaitos")),

  repeated("två principer", NETWORK, HOME),
  repeated("tillsammans med klienten", NETWORK),
  repeated("stöd arbetsförmågan tidigt", NETWORK, HOME),

  prefix("rehabiliteringsh", actor("kuntoutusohjaaja")),
  prefix("företagsh", actor("tyoterveyshuolto"), actor("tyoterveyshoitaja")),
  prefix("arbetspens", actor("tyoelakelaitos")),
  prefix("sysselsät", keyword("tyollistyminen")),

  question("vem är arbetsförmågekoordinator", actor("tyokykykoordinaattori")),
  question("vad gör företagshälsovården", actor("tyoterveyshuolto")),
  question("hur stöder jag en arbetslös klient", situation("tyoton"), keyword("tyoton")),
  question("vad är primärskedet", phase("primaarivaihe")),
];
