// Eleventy ships no types; this declares the part of its programmatic API we use.
declare module "@11ty/eleventy" {
  export default class Eleventy {
    constructor(
      input: string,
      output: string,
      options?: {
        /** The config file to import; "" imports none. */
        configPath?: string;
        quietMode?: boolean;
        pathPrefix?: string;
        config?: (eleventyConfig: UserConfig) => void | Promise<void>;
      },
    );
    write(): Promise<unknown>;
  }
  export const HtmlBasePlugin: unknown;

  /** How gray-matter calls a front matter language's engine: the data, or a promise of it. */
  export type FrontMatterEngine = (text: string, context?: { filePath?: string }) => unknown;

  /** The configuration API that .eleventy.js and the build's config callback receive. */
  export interface UserConfig {
    addPlugin(plugin: unknown, options?: object): void;
    addPassthroughCopy(paths: string | Record<string, string>): void;
    addFilter(name: string, filter: (...args: never[]) => unknown): void;
    addGlobalData(name: string, value: unknown): void;
    setLibrary(extension: string, library: unknown): void;
    addWatchTarget(path: string): void;
    /** Relative to the input folder. */
    setIncludesDirectory(path: string): void;
    setDataDirectory(path: string): void;
    setTemplateFormats(formats: readonly string[]): void;
    /** gray-matter's options; `engines.javascript` parses `---js` front matter. */
    readonly frontMatterParsingOptions: { readonly engines: { readonly javascript: FrontMatterEngine } };
    /** Merged into frontMatterParsingOptions (a function replaces an engine). */
    setFrontMatterParsingOptions(options: { engines: { javascript: FrontMatterEngine } }): void;
    /** Input paths (relative to the project) Eleventy skips. */
    readonly ignores: Set<string>;
    /** Runs on each page's output; `this.page` is the page being written. */
    addTransform(
      name: string,
      transform: (this: { page: { outputPath?: string | false } }, content: string) => string,
    ): void;
  }
}
