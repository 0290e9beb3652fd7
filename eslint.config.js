// ESLint with typescript-eslint's type-aware rules: they catch what the type
// checker lets through and this codebase cares about most, such as a promise
// nobody awaits (a build or a save silently dropped). Formatting is Prettier's
// (eslint-config-prettier turns off the rules that would fight it).
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "_site/", "_site-*/", "generated/", "scratch/", "test/fixtures/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["*.cjs", "eslint.config.js", "test/helpers/*.cjs"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ["src/_data/*.js", "scripts/*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
  // CommonJS only where a tool demands it (dependency-cruiser's and Puppeteer's
  // configs, a pa11y runner); tsc does not check these files either.
  {
    files: ["**/*.cjs"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { sourceType: "commonjs", globals: { module: "writable", require: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  prettier,
);
