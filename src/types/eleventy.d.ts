// Eleventy ships no types; this declares the part of its programmatic API we use.
declare module "@11ty/eleventy" {
  export default class Eleventy {
    constructor(input: string, output: string, options?: { configPath?: string; quietMode?: boolean });
    write(): Promise<unknown>;
  }
  export const HtmlBasePlugin: unknown;
}
