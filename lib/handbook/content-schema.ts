/**
 * The shape of every content file. These zod schemas are the single source of
 * the content's types (inferred below), of the JSON Schemas editors get in
 * their editor, and of the validation messages.
 */
import { z } from "zod";

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const Id = z
  .string({ error: "expected an id (text)" })
  .regex(ID_PATTERN, {
    error: "not a URL-safe id — use lower-case a–z, 0–9 and single hyphens, e.g. `te-toimisto`",
  })
  .describe("URL-safe id: lower-case a–z, 0–9 and single hyphens");

const Text = z.string({ error: "expected text" }).trim().min(1, { error: "is empty — write the text" });

function isRealDate(iso: string): boolean {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Not after today. Tomorrow (UTC) still passes: at 01:00 in Helsinki it is
 * already tomorrow there but still today in UTC.
 */
function isNotInFuture(iso: string): boolean {
  const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  return iso <= tomorrow;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A day of the calendar, YYYY-MM-DD; may be in the future (a planned review). */
export const CalendarDate = z
  .string({ error: "expected a date as YYYY-MM-DD, e.g. 2021-08-27" })
  .regex(ISO_DATE, { error: "expected a date as YYYY-MM-DD, e.g. 2021-08-27", abort: true })
  .refine(isRealDate, { error: "no such day in the calendar — check the day and the month", abort: true });

/** A day that has been: `whatItIs` says which day to write instead of a future one. */
export function pastDate(whatItIs: string) {
  return CalendarDate.refine(isNotInFuture, { error: `is in the future — use ${whatItIs}` });
}

export const IsoDate = pastDate("the Päivitetty date the source page shows").describe(
  "The source page's 'Päivitetty' date, YYYY-MM-DD",
);

/** The folder of content/ that holds the Markdown prose. */
export const PROSE_DIR = "prose";

const ProsePath = z
  .string({ error: `expected the path of a Markdown file, e.g. ${PROSE_DIR}/verkostot.md` })
  .regex(new RegExp(`^${PROSE_DIR}/[a-z0-9-]+\\.md$`), {
    error: `expected the path of a Markdown file under ${PROSE_DIR}/, e.g. ${PROSE_DIR}/verkostot.md`,
  })
  .describe("Markdown file under content/prose/");

/** Words of a text that name an actor → the actor's id. Each becomes a link. */
const ActorMentions = z
  .record(z.string().min(1), Id)
  .describe("Words of the text that name an actor (each must occur in the text) → actor id");

const KeywordRefs = z.array(Id).describe("Keyword ids from keywords.yaml");

/**
 * When the handbook's content was last checked against a source, and when it
 * is next due: an interval in months or a date. Exactly one of the two.
 */
export const ReviewFields = {
  reviewed: pastDate("the day the content was checked against the source").describe(
    "The day the handbook's content was last checked against this source, YYYY-MM-DD",
  ),
  reviewInterval: z
    .number({ error: "expected a whole number of months, e.g. 12" })
    .int({ error: "expected a whole number of months, e.g. 12" })
    .min(1, { error: "expected at least 1 month" })
    .max(60, { error: "expected at most 60 months — review at least every five years" })
    .optional()
    .describe("Months from `reviewed` to the next review (or give `nextReview`)"),
  nextReview: CalendarDate.optional().describe("The day the next review is due, YYYY-MM-DD (or give `reviewInterval`)"),
};

type Review = { reviewed: string; reviewInterval?: number | undefined; nextReview?: string | undefined };

/** Adds the "one of reviewInterval or nextReview, after reviewed" rule to an object with ReviewFields. */
export function reviewRule(review: Review, ctx: z.core.$RefinementCtx<Review>): void {
  const both = review.reviewInterval !== undefined && review.nextReview !== undefined;
  if (both) {
    ctx.addIssue({
      code: "custom",
      path: ["nextReview"],
      message: "give `reviewInterval` or `nextReview`, not both — remove one",
    });
  } else if (review.reviewInterval === undefined && review.nextReview === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["reviewed"],
      message: "no next review — add `reviewInterval: 12` (months) or `nextReview: YYYY-MM-DD`",
    });
  } else if (review.nextReview !== undefined && review.nextReview <= review.reviewed) {
    ctx.addIssue({
      code: "custom",
      path: ["nextReview"],
      message: `is not after \`reviewed\` (${review.reviewed}) — the next review comes after the last one`,
    });
  }
}

export const Source = z
  .strictObject({
    id: Id,
    title: Text,
    lead: Text.describe("The page's opening sentence"),
    updated: IsoDate,
    ...ReviewFields,
  })
  .superRefine(reviewRule);

export const SourcesFile = z.strictObject({ sources: z.array(Source).min(1) });

export const Phase = z.strictObject({
  id: Id,
  name: Text,
  description: Text,
  keywords: KeywordRefs.default([]),
});

export const PhasesFile = z.strictObject({
  source: Id.describe("Source id from sources.yaml"),
  phases: z.array(Phase).min(1),
});

export const Keyword = z.strictObject({ id: Id, label: Text });

export const KeywordsFile = z.strictObject({
  source: Id.describe("Source id from sources.yaml"),
  keywords: z.array(Keyword).min(1),
});

export const ActorKind = z.enum(["organisation", "professional", "personal"]);

export const Actor = z.strictObject({
  id: Id,
  name: Text,
  kind: ActorKind.describe("organisation, professional, or personal (the client's own people)"),
  abbreviation: Text.optional(),
  expansion: z
    .strictObject({
      text: Text,
      source: Id.describe("Source id that spells it out, or `editorial`"),
    })
    .optional(),
  partOf: Id.describe("Actor id of the organisation this one belongs to").optional(),
});

export const ActorsFile = z.strictObject({ actors: z.array(Actor).min(1) });

export const Action = z.strictObject({
  id: Id,
  text: Text.describe("The sentence exactly as the source has it"),
  actors: ActorMentions.default({}),
  keywords: KeywordRefs.default([]),
});

export const ActionsFile = z.strictObject({
  source: Id.describe("Source id from sources.yaml"),
  actions: z.array(Action).min(1),
});

export const SituationFile = z.strictObject({
  id: Id,
  order: z.number({ error: "expected a whole number" }).int().positive().describe("Position in menus and tables"),
  name: Text.describe("Short name, e.g. Työtön"),
  title: Text.describe("The source's heading for this situation"),
  source: Id.describe("Source id from sources.yaml"),
  keywords: KeywordRefs.default([]),
  matrix: z
    .record(Id, z.array(Id).min(1, { error: "has no actions — list at least one action id" }))
    .describe("Phase id → action ids, in the source table's order"),
});

const LinkedItem = z.strictObject({ text: Text, actors: ActorMentions.default({}) });

export const NetworkFile = z.strictObject({
  source: Id.describe("Source id from sources.yaml"),
  intro: ProsePath,
  together: z.strictObject({
    heading: Text,
    principles: z.strictObject({ intro: Text, items: z.array(Text).min(1) }),
    clientFactors: z.strictObject({ intro: Text, questions: z.array(Text).min(1) }),
  }),
  networks: z.strictObject({
    heading: Text,
    intro: ProsePath,
    groups: z
      .array(
        z.strictObject({
          id: Id,
          heading: Text,
          serves: z.array(Id).min(1).describe("Situation ids this group is for"),
          members: z.array(LinkedItem).min(1),
        }),
      )
      .min(1),
    services: z.strictObject({
      intro: Text,
      items: z.array(LinkedItem.extend({ id: Id })).min(1),
    }),
    workplace: LinkedItem,
  }),
  doctorsDualRole: z.strictObject({ heading: Text, body: ProsePath }),
});

/** The index pages a change can touch besides the content's own pages; each is named like its menu entry (ui.json nav.*). */
export const PageName = z.enum(["home", "situations", "phases", "actors", "keywords", "network", "pathways"]);

/** One sentence: a full stop (or ! ?) at the end and none before a capital inside. */
const OneSentence = Text.refine((text) => /[.!?]$/.test(text), {
  error: "does not end a sentence — end it with a full stop",
  abort: true,
}).refine((text) => !/[.!?]\s+[A-ZÅÄÖ]/.test(text), {
  error: "is more than one sentence — say what changed in one sentence",
});

export const ChangeKind = z.enum(["guidance", "wording"]);

const TouchedIds = (what: string) => z.array(Id).min(1).optional().describe(`${what} ids the change touches`);

export const Change = z.strictObject({
  date: pastDate("the day the change was published").describe("The day the change was published, YYYY-MM-DD"),
  kind: ChangeKind.describe("guidance: what a professional should do changed; wording: only how it is said"),
  summary: OneSentence.describe("What changed, in one Finnish sentence"),
  touches: z
    .strictObject({
      actions: TouchedIds("Action"),
      actors: TouchedIds("Actor"),
      situations: TouchedIds("Situation"),
      phases: TouchedIds("Phase"),
      keywords: TouchedIds("Keyword"),
      pages: z.array(PageName).min(1).optional().describe("Index pages the change touches"),
    })
    .refine((touches) => Object.values(touches).some((ids) => ids !== undefined), {
      error: "names nothing — list the actions, actors, situations, phases, keywords or pages the change touches",
    }),
});

export const ChangesFile = z.strictObject({ changes: z.array(Change).min(1) });

export type SourcesFile = z.infer<typeof SourcesFile>;
export type PhasesFile = z.infer<typeof PhasesFile>;
export type KeywordsFile = z.infer<typeof KeywordsFile>;
export type ActorsFile = z.infer<typeof ActorsFile>;
export type ActionsFile = z.infer<typeof ActionsFile>;
export type SituationFile = z.infer<typeof SituationFile>;
export type NetworkFile = z.infer<typeof NetworkFile>;
export type ChangesFile = z.infer<typeof ChangesFile>;
export type Change = z.infer<typeof Change>;
export type PageName = z.infer<typeof PageName>;
export type ActorKind = z.infer<typeof ActorKind>;
export type Mentions = z.infer<typeof ActorMentions>;

/** Every kind of content file: where it lives and the schema it follows. */
export const contentFiles = {
  sources: { schema: SourcesFile, path: "sources.yaml" },
  phases: { schema: PhasesFile, path: "phases.yaml" },
  keywords: { schema: KeywordsFile, path: "keywords.yaml" },
  actors: { schema: ActorsFile, path: "actors.yaml" },
  actions: { schema: ActionsFile, path: "actions.yaml" },
  network: { schema: NetworkFile, path: "network.yaml" },
  situation: { schema: SituationFile, path: "situations/*.yaml" },
  changes: { schema: ChangesFile, path: "changes.yaml" },
} as const;

export type ContentFileKind = keyof typeof contentFiles;
