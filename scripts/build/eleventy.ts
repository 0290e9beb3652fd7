import Eleventy, { type UserConfig } from "@11ty/eleventy";

/** Renders src/ into outputDir with .eleventy.js; `configure` adds to that config (the preview's own settings). */
export async function runEleventy(outputDir: string, configure?: (config: UserConfig) => void): Promise<void> {
  const eleventy = new Eleventy("src/pages", outputDir, { configPath: ".eleventy.js", quietMode: true, ...(configure ? { config: configure } : {}) });
  await eleventy.write();
}
