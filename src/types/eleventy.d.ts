// Eleventy ships no types; this declares the part of its programmatic API we use.
declare module "@11ty/eleventy" {
  /** The config methods the build calls outside .eleventy.js. */
  export interface UserConfig {
    setUseTemplateCache(use: boolean): void;
    addTransform(name: string, transform: (this: { page: { outputPath?: string | false } }, content: string) => string): void;
  }
  export default class Eleventy {
    constructor(input: string, output: string, options?: { configPath?: string; quietMode?: boolean; config?: (config: UserConfig) => void });
    write(): Promise<unknown>;
  }
  export const HtmlBasePlugin: unknown;
}
