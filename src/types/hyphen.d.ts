// The hyphen package ships no types; this declares the part of it lib/hyphenate.ts uses: each
// language's entry point, CommonJS, exports hyphenateSync.
declare module "hyphen/fi" {
  const patterns: {
    readonly hyphenateSync: (text: string, options: { minWordLength: number; exceptions: readonly string[] }) => string;
  };
  export default patterns;
}

declare module "hyphen/sv" {
  const patterns: typeof import("hyphen/fi").default;
  export default patterns;
}
