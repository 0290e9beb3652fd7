import Eleventy from "@11ty/eleventy";

/** Renders src/ into outputDir with .eleventy.js. */
export async function runEleventy(outputDir: string): Promise<void> {
  const eleventy = new Eleventy("src/pages", outputDir, { configPath: ".eleventy.js", quietMode: true });
  await eleventy.write();
}
