/**
 * The HTTP headers the handbook wants from its host, in one place: written to
 * `_headers` (Netlify, Cloudflare Pages), turned into nginx's server
 * (scripts/deploy/nginx.ts), and applied by the preview server, so preview =
 * production.
 */
import { PAGEFIND_HASHED_FOLDERS } from "../../lib/search/pagefind-files.ts";

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
  "require-trusted-types-for 'script'", // no HTML or script URL from strings: the DOM is built from nodes
].join("; ");

/**
 * Every browser feature the handbook does not use, denied to it and to
 * anything it could ever embed. Only names Chromium knows (an unknown one is a
 * console warning on every page); the site itself needs none of them.
 */
const DENIED_FEATURES = [
  "accelerometer",
  "autoplay",
  "browsing-topics",
  "camera",
  "clipboard-read",
  "clipboard-write",
  "compute-pressure",
  "cross-origin-isolated",
  "display-capture",
  "encrypted-media",
  "fullscreen",
  "gamepad",
  "geolocation",
  "gyroscope",
  "hid",
  "identity-credentials-get",
  "idle-detection",
  "interest-cohort",
  "keyboard-map",
  "local-fonts",
  "magnetometer",
  "microphone",
  "midi",
  "otp-credentials",
  "payment",
  "picture-in-picture",
  "publickey-credentials-create",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "storage-access",
  "sync-xhr",
  "usb",
  "window-management",
  "xr-spatial-tracking",
] as const;

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  "Permissions-Policy": DENIED_FEATURES.map((feature) => `${feature}=()`).join(", "),
  "X-Frame-Options": "DENY",
  // No other site's window keeps a handle on ours, and no other site embeds our files.
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
};

/**
 * HTTPS hosts only (browsers ignore it over HTTP): a year, this host name
 * only. Add `includeSubDomains` only when every subdomain serves HTTPS.
 * nginx's HTTPS server sends it; Netlify, Cloudflare Pages and GitHub Pages
 * set it from their own HTTPS settings, so it is not in `_headers`.
 */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000";

/**
 * Folders whose files carry a content hash in their name: hosts cache them
 * for a year and the service worker answers them from its cache first.
 * Everything else (pages, Pagefind's entry, script, metadata and WebAssembly,
 * the manifest) must be revalidated.
 */
export const HASHED_FOLDERS = ["assets/", ...PAGEFIND_HASHED_FOLDERS] as const;

const FOR_A_YEAR = "public, max-age=31536000, immutable";
export const REVALIDATE = "no-cache";

export interface HeaderRule {
  /** A path under the site, `*` matching the rest: "/tyokyky/assets/*". */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** Security headers everywhere; a year for content-hashed files; the service worker always revalidated. */
export function headerRules(pathPrefix: string): HeaderRule[] {
  return [
    { path: `${pathPrefix}*`, headers: SECURITY_HEADERS },
    ...HASHED_FOLDERS.map((folder) => ({ path: `${pathPrefix}${folder}*`, headers: { "Cache-Control": FOR_A_YEAR } })),
    { path: `${pathPrefix}sw.js`, headers: { "Cache-Control": REVALIDATE } },
  ];
}

/** Netlify / Cloudflare Pages `_headers` format. */
export function headersFile(rules: readonly HeaderRule[]): string {
  return (
    rules
      .map((rule) => [rule.path, ...Object.entries(rule.headers).map(([k, v]) => `  ${k}: ${v}`)].join("\n"))
      .join("\n") + "\n"
  );
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

/**
 * The headers a request path gets: those of every matching rule. No two rules
 * give one path the same header (Cloudflare Pages would join both values with
 * a comma), so the order of the rules does not matter.
 */
export function headersFor(path: string, rules: readonly HeaderRule[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const matches = rule.path.endsWith("*") ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path;
    if (matches) Object.assign(headers, rule.headers);
  }
  return headers;
}
