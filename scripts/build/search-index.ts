import * as pagefind from "pagefind";

/** Indexes the built site with Pagefind. Its Node API returns errors instead of throwing. */
export async function writeSearchIndex(siteDir: string): Promise<{ pages: number }> {
  const fail = (stage: string, errors: readonly string[]) => {
    throw new Error(`Pagefind ${stage} failed:\n  ${errors.join("\n  ")}`);
  };
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index || errors.length) return fail("createIndex", errors);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) return fail("addDirectory", added.errors);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length) return fail("writeFiles", written.errors);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
