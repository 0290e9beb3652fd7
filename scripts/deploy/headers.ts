/**
 * The HTTP headers the handbook wants from its host, in one place: written to
 * `_headers` (Netlify, Cloudflare Pages), turned into an nginx example, and
 * applied by `npm start` and the tests' server, so preview = production.
 */

/** What the site really needs: its own scripts, WebAssembly and a worker for Pagefind, nothing inline. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join("; ");

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  "Permissions-Policy": "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
  "X-Frame-Options": "DENY",
};

const FOR_A_YEAR = "public, max-age=31536000, immutable";
const REVALIDATE = "no-cache";

export interface HeaderRule {
  /** A path under the site, `*` matching the rest: "/tyokyky/assets/*". */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** Security headers everywhere; a year for content-hashed files; the service worker always revalidated. */
export function headerRules(pathPrefix: string): HeaderRule[] {
  return [
    { path: `${pathPrefix}*`, headers: SECURITY_HEADERS },
    { path: `${pathPrefix}assets/*`, headers: { "Cache-Control": FOR_A_YEAR } },
    { path: `${pathPrefix}pagefind/fragment/*`, headers: { "Cache-Control": FOR_A_YEAR } },
    { path: `${pathPrefix}pagefind/index/*`, headers: { "Cache-Control": FOR_A_YEAR } },
    { path: `${pathPrefix}pagefind/filter/*`, headers: { "Cache-Control": FOR_A_YEAR } },
    { path: `${pathPrefix}sw.js`, headers: { "Cache-Control": REVALIDATE } },
  ];
}

/** Netlify / Cloudflare Pages `_headers` format. */
export function headersFile(rules: readonly HeaderRule[]): string {
  return rules.map((rule) => [rule.path, ...Object.entries(rule.headers).map(([k, v]) => `  ${k}: ${v}`)].join("\n")).join("\n") + "\n";
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: Array<{ path: string; headers: Record<string, string> }> = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
    else {
      const colon = line.indexOf(":");
      rules.at(-1)!.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

/** The headers a request path gets: every matching rule, later rules winning, like the hosts do. */
export function headersFor(path: string, rules: readonly HeaderRule[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const matches = rule.path.endsWith("*") ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path;
    if (matches) Object.assign(headers, rule.headers);
  }
  return headers;
}

/**
 * An nginx `server` block serving the site under its prefix with the same
 * headers (the site's files in `<root><prefix>`); HTML is revalidated. nginx's add_header does not inherit into a location that
 * has its own, so each location repeats the security headers.
 */
export function nginxConfig(rules: readonly HeaderRule[], pathPrefix: string, root: string): string {
  const addHeaders = (headers: Record<string, string>) =>
    Object.entries(headers).map(([k, v]) => `    add_header ${k} "${v}" always;`).join("\n");
  const base = rules.find((r) => r.path === `${pathPrefix}*`)!;
  const locations = rules.map((rule) => {
    const headers = { "Cache-Control": REVALIDATE, ...base.headers, ...rule.headers };
    const location = rule.path.endsWith("*") ? `location ${rule.path.slice(0, -1)}` : `location = ${rule.path}`;
    return `  ${location} {\n${addHeaders(headers)}\n    try_files $uri $uri/index.html =404;\n  }`;
  });
  return [
    "server {",
    "  listen 80;",
    "  server_name example.fi;",
    `  root ${root};`,
    "  charset utf-8;",
    `  error_page 404 ${pathPrefix}404.html;`,
    "  types { text/html html; text/css css; text/javascript js; application/json json; application/manifest+json webmanifest; image/svg+xml svg; application/xml xml; text/plain txt; application/wasm wasm; }",
    "  default_type application/octet-stream;",
    ...locations,
    "}",
    "",
  ].join("\n");
}
