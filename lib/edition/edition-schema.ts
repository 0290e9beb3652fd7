/**
 * The shape of an edition's files: what an organisation that deploys the
 * handbook adds over the national content (its identity, local contacts,
 * local services, local notes). Like content-schema.ts, these zod schemas are
 * the one source of the types, the editors' JSON Schemas and the messages.
 * An edition only adds: nothing here can change a national text.
 */
import { z } from "zod";
import { Id, pastDate, ReviewFields, reviewRule } from "../handbook/content-schema.ts";
import { LANGUAGES, NATIONAL_LANGUAGE } from "../languages.ts";
import { parsePhone } from "./phone.ts";

const Text = z.string({ error: "expected text" }).trim().min(1, { error: "is empty — write the text" });

/** An address a reader's browser opens: https only, so that no local link downgrades the site. */
export const HttpsUrl = z
  .string({ error: "expected an https:// address" })
  .trim()
  .refine(isHttpsUrl, { error: "not an https:// address — write the full address, e.g. https://www.example.org/" })
  .describe("https:// address");

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === "https:" && !/\s/.test(value);
  } catch {
    return false;
  }
}

export const Phone = z
  .string({ error: "expected a phone number as text, e.g. `+358 000 000 0001`" })
  .trim()
  .refine((value) => parsePhone(value) !== undefined, {
    error:
      "not a phone number — write it in international form (+358 …) or as dialled in Finland (0…), digits and spaces only, e.g. `+358 000 000 0001`",
  })
  .describe("Phone number: +358 … or 0…; shown as a tel: link in international form");

export const Email = z
  .string({ error: "expected an email address" })
  .trim()
  .regex(/^[^\s@<>()"',;:]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i, {
    error: "not an email address — write it as name@example.org",
  })
  .describe("Email address; shown as a mailto: link");

const SvgFile = z
  .string({ error: "expected the name of an SVG file in the edition folder, e.g. logo.svg" })
  .regex(/^[a-z0-9-]+\.svg$/, {
    error: "expected the name of an SVG file in the edition folder, e.g. logo.svg (lower-case, no folders)",
  })
  .describe("SVG file in the edition folder");

const MarkdownFile = z
  .string({ error: "expected the path of a Markdown file, e.g. notes/lahete.md" })
  .regex(/^notes\/[a-z0-9-]+\.md$/, {
    error: "expected the path of a Markdown file under notes/, e.g. notes/lahete.md",
  })
  .describe("Markdown file under the edition's notes/");

/** A note's own review date, YYYY-MM-DD: it is then due the edition's `reviewInterval` later. */
const Reviewed = pastDate("the day the note was checked").describe(
  "The day this note was last checked, YYYY-MM-DD (due again the edition's reviewInterval later)",
);

/** How a reader reaches a contact or a service: each field optional, at least one in practice. */
const Reach = {
  phone: Phone.optional(),
  email: Email.optional(),
  url: HttpsUrl.optional(),
  address: Text.describe("Street address, as a reader would write it on an envelope").optional(),
  hours: Text.describe("When to reach it, e.g. ma–pe 9–15").optional(),
};

export const EditionFile = z
  .strictObject({
    organisation: z.strictObject({
      name: Text.describe("The organisation's full name, shown on every page"),
      shortName: Text.describe("A short name for tight places, e.g. Esimerkkialue"),
      logo: SvgFile.optional(),
    }),
    languages: z
      .array(z.enum(LANGUAGES, { error: `expected a language code among ${LANGUAGES.join(", ")}` }))
      .refine((codes) => codes.includes(NATIONAL_LANGUAGE), {
        error: `lacks ${NATIONAL_LANGUAGE} — the national language is always built, e.g. [fi, sv]`,
      })
      .describe("The languages to build, e.g. [fi, sv]: Swedish pages under /sv/ (LANGUAGES overrides it)")
      .optional(),
    siteTitle: Text.describe("The site's name in this edition (default: the national name)").optional(),
    example: z
      .boolean({ error: "expected true or false" })
      .describe("true marks every page as an example with invented contacts")
      .default(false),
    // When the local content was last checked, and when next: as for a national source.
    ...ReviewFields,
    feedback: z
      .strictObject({
        label: Text,
        href: z
          .string({ error: "expected a mailto: or https:// address" })
          .trim()
          .refine((v) => /^mailto:[^\s@]+@[^\s@]+$/.test(v) || isHttpsUrl(v), {
            error: "expected a mailto: or https:// address, e.g. mailto:palaute@example.org",
          }),
      })
      .describe("The accessibility feedback channel the statement names"),
    supervisor: z
      .strictObject({ name: Text, href: HttpsUrl })
      .describe("The supervisory authority (default: the national one)")
      .optional(),
    deploy: z
      .strictObject({
        siteUrl: HttpsUrl.describe("The site's origin, e.g. https://tyokyky.example.org (SITE_URL overrides it)"),
        pathPrefix: z
          .string()
          .regex(/^\/(?:[a-z0-9-]+\/)*$/, { error: "expected a sub-path like /tyokyky/ (starting and ending in /)" })
          .describe("Sub-path the site lives under (PATH_PREFIX overrides it)")
          .optional(),
      })
      .optional(),
  })
  .superRefine(reviewRule);

export const Contact = z.strictObject({
  id: Id.describe("URL-safe id of this contact, unique in the edition"),
  actor: Id.describe("Actor id of the national content this contact is for"),
  name: Text.describe("Whom to contact: a unit, a service line or a role — never a private person's details"),
  unit: Text.optional(),
  ...Reach,
  note: Text.optional(),
  situations: z.array(Id).min(1).describe("Client situation ids: show this contact only for them").optional(),
});

export const ContactsFile = z.strictObject({ contacts: z.array(Contact).min(1) });

export const LocalService = z.strictObject({
  id: Id.describe("URL-safe id of this service, unique in the edition"),
  name: Text,
  description: Text,
  referral: Text.describe("How to refer a client").optional(),
  contact: z.strictObject(Reach).optional(),
  actors: z.array(Id).min(1).describe("Actor ids of the national content it belongs with").optional(),
  situations: z.array(Id).min(1).describe("Client situation ids it is for").optional(),
  phases: z.array(Id).min(1).describe("Phase ids it is for").optional(),
});

export const ServicesFile = z.strictObject({ services: z.array(LocalService).min(1) });

export const Note = z.strictObject({
  id: Id.describe("URL-safe id of this note, unique in the edition"),
  action: Id.describe("Action id the note is about").optional(),
  situation: Id.describe("Situation id the note is about").optional(),
  phase: Id.describe("Phase id the note is about").optional(),
  pathway: z
    .string()
    .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, { error: "expected <situation>/<phase>, e.g. tyoton/sekundaarivaihe" })
    .describe("<situation>/<phase> of the pathway the note is about")
    .optional(),
  body: MarkdownFile,
  against: z
    .string()
    .regex(/^[0-9a-f]{8}$/, { error: "expected the 8-letter code the build printed for this note, e.g. 1a2b3c4d" })
    .describe("Code of the national text the note was written against (the build prints it)")
    .optional(),
  reviewed: Reviewed.optional(),
});

export const NotesFile = z.strictObject({ notes: z.array(Note).min(1) });

export type EditionFile = z.output<typeof EditionFile>;
export type ContactsFile = z.output<typeof ContactsFile>;
export type ServicesFile = z.output<typeof ServicesFile>;
export type NotesFile = z.output<typeof NotesFile>;
export type Contact = z.output<typeof Contact>;
export type LocalService = z.output<typeof LocalService>;
export type Note = z.output<typeof Note>;

/** Every file an edition folder may hold, with its schema; only edition.yaml is required. */
export const editionFiles = {
  edition: { schema: EditionFile, path: "edition.yaml", required: true },
  contacts: { schema: ContactsFile, path: "contacts.yaml", required: false },
  services: { schema: ServicesFile, path: "services.yaml", required: false },
  notes: { schema: NotesFile, path: "notes.yaml", required: false },
} as const;

export type EditionFileKind = keyof typeof editionFiles;
