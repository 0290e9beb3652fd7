/**
 * The deployment settings of a build, servers and nginx configuration: the
 * environment, over the edition's edition.yaml when EDITION names one
 * (lib/site-config.ts decides the order), over the national defaults.
 */
import { basename } from "node:path";
import { deployment, type Deployment, type DeploymentDefaults } from "../../lib/site-config.ts";
import type { EditionSource } from "./load-edition.ts";

/** The example edition: what the tests and the README build. */
export const EXAMPLE_EDITION = "examples/esimerkkialue";

/** `npm run build -- --edition a --edition b`: each edition to its own folder, `_site-<folder name>`. */
export function editionOutputDir(folder: string): string {
  return `_site-${basename(folder)}`;
}

/** EDITION=<folder>: the edition to lay over the national content, if any. */
export function editionDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.EDITION?.trim() || undefined;
}

/** What edition.yaml sets of the deployment. */
export function deploymentDefaults(source: EditionSource): DeploymentDefaults {
  const { feedback, supervisor, deploy, languages } = source.edition.data;
  return {
    feedback,
    ...(languages ? { languages } : {}),
    ...(supervisor ? { supervisor } : {}),
    ...(deploy?.siteUrl ? { siteUrl: deploy.siteUrl } : {}),
    ...(deploy?.pathPrefix ? { pathPrefix: deploy.pathPrefix } : {}),
  };
}

/**
 * For the servers, which need the path prefix before any build: an edition
 * that does not validate gives no defaults here (the build reports why).
 */
export async function deploymentOf(env: NodeJS.ProcessEnv = process.env): Promise<Deployment> {
  const dir = editionDir(env);
  if (!dir) return deployment(env);
  // Loaded only here: the build imports this module, and its main thread needs no schemas (./load-edition.ts).
  const { loadEditionFiles } = await import("./load-edition.ts");
  const { source } = await loadEditionFiles(dir);
  return deployment(env, source ? deploymentDefaults(source) : {});
}
