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
    /** Input paths (relative to the project) Eleventy skips. */
    readonly ignores: Set<string>;
    /** Runs on each page's output; `this.page` is the page being written. */
    addTransform(
      name: string,
      transform: (this: { page: { outputPath?: string | false } }, content: string) => string,
    ): void;
  }
}
