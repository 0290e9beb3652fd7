/**
 * Deployment settings, read in this one place: from the environment, else
 * from the edition's edition.yaml, else the national defaults. The build
 * hands the result to the templates as `site`; the servers and the nginx
 * configuration read the same object.
 */

import { NATIONAL_LANGUAGE, siteLanguages, type Language } from "./languages.ts";

/** What an edition may set (edition.yaml); the environment still overrides each. */
export interface DeploymentDefaults {
  readonly languages?: readonly Language[];
  readonly siteUrl?: string;
  readonly pathPrefix?: string;
  readonly feedback?: { readonly label: string; readonly href: string };
  readonly supervisor?: { readonly name: string; readonly href: string };
}

export interface Deployment {
  /** SITE_DIR: the folder the site is built to (default _site); the tests read it from there. */
  readonly siteDir: string;
  /** LANGUAGES=fi,sv: the languages the site is built in, Finnish first (lib/languages.ts). */
  readonly languages: Language[];
  /** PATH_PREFIX=/tyokyky/: the sub-path the site lives under, "/" or "/a/b/". */
  readonly pathPrefix: string;
  /** SITE_URL (the origin) with the prefix: the public address of the site's root, ending in "/". */
  readonly url: string;
  /** FEEDBACK_LABEL, FEEDBACK_HREF: the accessibility feedback channel. */
  readonly feedback: { readonly label: string; readonly href: string };
  /** SUPERVISOR_NAME, SUPERVISOR_HREF: the supervisory authority. */
  readonly supervisor: { readonly name: string; readonly href: string };
}

const NATIONAL = {
  siteUrl: "http://localhost:8080",
  feedback: { label: "saavutettavuus@example.org", href: "mailto:saavutettavuus@example.org" },
  supervisor: { name: "Saavutettavuusvalvonta", href: "https://www.saavutettavuusvaatimukset.fi/" },
};

export function deployment(env: NodeJS.ProcessEnv = process.env, defaults: DeploymentDefaults = {}): Deployment {
  const read = (name: string) => env[name]?.trim() || undefined;
  const pathPrefix = normalisePrefix(read("PATH_PREFIX") ?? defaults.pathPrefix ?? "/");
  const origin = (read("SITE_URL") ?? defaults.siteUrl ?? NATIONAL.siteUrl).replace(/\/+$/, "");
  const feedback = defaults.feedback ?? NATIONAL.feedback;
  const supervisor = defaults.supervisor ?? NATIONAL.supervisor;
  return {
    siteDir: siteDir(env),
    languages: siteLanguages(read("LANGUAGES") ?? (defaults.languages ?? [NATIONAL_LANGUAGE]).join(",")),
    pathPrefix,
    url: `${origin}${pathPrefix}`,
    feedback: { label: read("FEEDBACK_LABEL") ?? feedback.label, href: read("FEEDBACK_HREF") ?? feedback.href },
    supervisor: {
      name: read("SUPERVISOR_NAME") ?? supervisor.name,
      href: read("SUPERVISOR_HREF") ?? supervisor.href,
    },
  };
}

/** SITE_DIR alone, for the tests, which read the built site and need nothing else. */
export function siteDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.SITE_DIR?.trim() || "_site";
}

function normalisePrefix(raw: string): string {
  return `/${raw.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
}

/** A page's public address: its Eleventy URL ("/tilanteet/tyoton/") under the site root. */
export function absoluteUrl(pageUrl: string, rootUrl: string): string {
  return new URL(pageUrl.replace(/^\//, ""), rootUrl).href;
}
