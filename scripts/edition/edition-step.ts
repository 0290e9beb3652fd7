/**
 * The edition step: an organisation's edition folder, validated against the
 * national handbook and turned into what the templates read. It runs after
 * the national data step and writes nothing the national build reads: the
 * editors' JSON Schemas into <edition>/.schema/, and the record of the
 * national texts its notes were written against.
 */
import { basename } from "node:path";
import type { ContactOut, Edition, ReachOut } from "../../lib/edition/edition.ts";
import { editionFiles, type Contact, type LocalService } from "../../lib/edition/edition-schema.ts";
import { parsePhone } from "../../lib/edition/phone.ts";
import type { Handbook } from "../../lib/handbook/handbook.ts";
import { todayIso } from "../../lib/handbook/review.ts";
import type { DeploymentDefaults } from "../../lib/site-config.ts";
import { readHandbook } from "../data/data-step.ts";
import { writeJsonSchemas } from "../data/json-schemas.ts";
import { sortProblems, type Problem } from "../data/problems.ts";
import { checkEdition, noteTarget } from "./check-edition.ts";
import { editionReview, editionReviewItems } from "./edition-review.ts";
import { overdueWarnings, type ReviewItem } from "../data/review-report.ts";
import { deploymentDefaults } from "./edition-settings.ts";
import { loadEditionFiles, type EditionSource } from "./load-edition.ts";
import { staleNotes } from "./stale-notes.ts";

export type EditionResult =
  | {
      readonly ok: true;
      readonly edition: Edition;
      /** The logo's SVG, checked to only draw; the build writes it as an asset. */
      readonly logoSvg?: string;
      readonly defaults: DeploymentDefaults;
      /** The files as read, for the edition report. */
      readonly source: EditionSource;
      /** Local notes whose national text changed or was never recorded, overdue reviews: said, never fatal. */
      readonly warnings: readonly Problem[];
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** The edition folder's files, read and each validated on its own (its editors' schemas written first): what needs no national content. */
export type LoadedEdition = Awaited<ReturnType<typeof loadEditionFiles>>;

export async function loadEdition(dir: string): Promise<LoadedEdition> {
  await writeJsonSchemas(dir, editionFiles);
  return loadEditionFiles(dir);
}

/** The edition step on `dir` (its files loaded now, unless the caller started loading them: loadEdition). */
export async function readEdition(
  dir: string,
  handbook: Handbook,
  today = todayIso(),
  loading: Promise<LoadedEdition> = loadEdition(dir),
): Promise<EditionResult> {
  const loaded = await loading;
  if (!loaded.source) return { ok: false, problems: sortProblems(loaded.problems) };
  const problems = checkEdition(loaded.source, handbook);
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };
  const source = loaded.source;
  const warnings = [...(await staleNotes(source, handbook)), ...overdueWarnings(editionReviewItems(source), today)];
  return {
    ok: true,
    edition: link(source),
    ...(source.logoSvg === undefined ? {} : { logoSvg: source.logoSvg }),
    defaults: deploymentDefaults(source),
    source,
    warnings: sortProblems(warnings),
  };
}

function reach(details: Pick<Contact, "phone" | "email" | "url" | "address" | "hours">): ReachOut {
  return {
    ...(details.phone ? { phone: parsePhone(details.phone)! } : {}),
    ...(details.email ? { email: { display: details.email, href: `mailto:${details.email}` } } : {}),
    ...(details.url ? { url: details.url } : {}),
    ...(details.address ? { address: details.address } : {}),
    ...(details.hours ? { hours: details.hours } : {}),
  };
}

function contactOut(contact: Contact): ContactOut {
  return {
    id: contact.id,
    actor: contact.actor,
    name: contact.name,
    ...(contact.unit ? { unit: contact.unit } : {}),
    ...reach(contact),
    ...(contact.note ? { note: contact.note } : {}),
    situations: contact.situations ?? [],
  };
}

function serviceOut(service: LocalService) {
  return {
    id: service.id,
    name: service.name,
    description: service.description,
    ...(service.referral ? { referral: service.referral } : {}),
    ...(service.contact ? { contact: reach(service.contact) } : {}),
    actors: service.actors ?? [],
    situations: service.situations ?? [],
    phases: service.phases ?? [],
  };
}

function link(source: EditionSource): Edition {
  const data = source.edition.data;
  return {
    name: basename(source.dir),
    organisation: { name: data.organisation.name, shortName: data.organisation.shortName },
    ...(data.siteTitle ? { siteTitle: data.siteTitle } : {}),
    example: data.example,
    review: editionReview(source),
    contacts: (source.contacts?.data.contacts ?? []).map(contactOut),
    services: (source.services?.data.services ?? []).map(serviceOut),
    notes: (source.notes?.data.notes ?? []).map((note) => ({
      id: note.id,
      target: noteTarget(note),
      body: source.bodies.get(note.body)!,
      ...(note.reviewed ? { reviewed: note.reviewed } : {}),
    })),
  };
}

/** The national content and, when `dir` names one, the edition over it: what the reports read. */
export async function readWithEdition(
  dir: string | undefined,
  contentDir: string,
  today: string,
): Promise<
  | {
      readonly ok: true;
      readonly handbook: Handbook;
      /** The national sources' reviews (scripts/data/review-report.ts). */
      readonly reviews: readonly ReviewItem[];
      readonly edition?: Extract<EditionResult, { ok: true }>;
    }
  | { readonly ok: false; readonly problems: readonly Problem[] }
> {
  const national = await readHandbook(contentDir, today);
  if (!national.ok) return national;
  const { handbook, reviews } = national;
  if (!dir) return { ok: true, handbook, reviews };
  const edition = await readEdition(dir, handbook, today);
  return edition.ok ? { ok: true, handbook, reviews, edition } : edition;
}
