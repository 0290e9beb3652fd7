/**
 * A complete nginx configuration for the handbook (the `server` blocks for
 * nginx's `http` context): HTTP only redirects to HTTPS; the HTTPS server
 * serves the site under its prefix and nothing else, with the same headers as
 * `_headers` on every response, HSTS, the 404 page, GET and HEAD only.
 */
import { headerRules, REVALIDATE, SECURITY_HEADERS, STRICT_TRANSPORT_SECURITY } from "./headers.ts";
import { pageFile, urls } from "../../lib/urls.ts";

export interface NginxSite {
  /** "/" or a sub-path such as "/tyokyky/". */
  readonly pathPrefix: string;
  /** The folder the prefix lives in: root /var/www and prefix /tyokyky/ serve /var/www/tyokyky/. */
  readonly root: string;
  readonly serverName: string;
  readonly certificate: string;
  readonly certificateKey: string;
  /** Listen on this address only (the tests use 127.0.0.1); by default every IPv4 and IPv6 address. */
  readonly address?: string;
  readonly httpPort?: number;
  readonly httpsPort?: number;
}

const CONTENT_TYPES =
  "text/html html; text/css css; text/javascript js mjs; application/json json; application/manifest+json webmanifest; " +
  "image/svg+xml svg; application/xml xml; text/plain txt; application/wasm wasm;";
/** text/html is always compressed; Pagefind's files are compressed already. */
const COMPRESSED_TYPES =
  "text/css text/javascript application/json application/manifest+json image/svg+xml application/xml text/plain";

/** nginx's `add_header` is not inherited by a block that has its own, so every block that answers lists them all. */
const addHeaders = (headers: Readonly<Record<string, string>>, indent: string) =>
  Object.entries(headers).map(([name, value]) => `${indent}add_header ${name} "${value}" always;`);

export function nginxConfig(site: NginxSite): string {
  const { pathPrefix: prefix, httpPort = 80, httpsPort = 443 } = site;
  const listen = (port: number, options = "") =>
    (site.address ? [`${site.address}:${port}`] : [`${port}`, `[::]:${port}`]).map(
      (address) => `  listen ${address}${options};`,
    );
  const https = { ...SECURITY_HEADERS, "Strict-Transport-Security": STRICT_TRANSPORT_SECURITY };
  const block = (location: string, headers: Readonly<Record<string, string>>, body: string) => [
    `  location ${location} {`,
    ...addHeaders(headers, "    "),
    `    ${body}`,
    "  }",
  ];
  const [base, ...rest] = headerRules(prefix);
  const siteHeaders = { "Cache-Control": REVALIDATE, ...https, ...base!.headers };
  const files = "try_files $uri $uri/ =404;";
  const outsideSite =
    prefix === "/"
      ? []
      : [
          "  # Nothing outside the site; the prefix without its slash is the site.",
          ...block("/", https, "return 404;"),
          ...block(`= ${prefix.slice(0, -1)}`, https, `return 301 ${prefix}$is_args$args;`),
        ];
  return [
    "# HTTP: nothing but a redirect to HTTPS.",
    "server {",
    ...listen(httpPort),
    `  server_name ${site.serverName};`,
    "  server_tokens off;",
    `  return 301 https://$host${httpsPort === 443 ? "" : `:${httpsPort}`}$request_uri;`,
    "}",
    "",
    "server {",
    // nginx 1.25.1 and later: `listen 443 ssl;` and `http2 on;` (the form below still works, with a warning).
    ...listen(httpsPort, " ssl http2"),
    `  server_name ${site.serverName};`,
    `  ssl_certificate ${site.certificate};`,
    `  ssl_certificate_key ${site.certificateKey};`,
    "  ssl_protocols TLSv1.2 TLSv1.3;",
    "  server_tokens off;",
    `  root ${site.root};`,
    "  index index.html;",
    "  disable_symlinks on;",
    "  # dir → dir/ redirects keep the client's scheme, host and port.",
    "  absolute_redirect off;",
    "  charset utf-8;",
    `  charset_types ${COMPRESSED_TYPES};`,
    `  types { ${CONTENT_TYPES} }`,
    "  default_type application/octet-stream;",
    "  gzip on;",
    "  gzip_vary on;",
    `  gzip_types ${COMPRESSED_TYPES};`,
    `  error_page 404 ${prefix}${pageFile(urls.notFound())};`,
    `  error_page 403 =404 ${prefix}${pageFile(urls.notFound())};`,
    "  # A static site answers GET and HEAD only (these headers reach only this 405).",
    ...addHeaders({ ...https, Allow: "GET, HEAD" }, "  "),
    "  if ($request_method !~ ^(GET|HEAD)$) {",
    "    return 405;",
    "  }",
    ...outsideSite,
    ...block(prefix, siteHeaders, files),
    ...rest.flatMap((rule) => {
      const location = rule.path.endsWith("*") ? rule.path.slice(0, -1) : `= ${rule.path}`;
      return block(location, { ...siteHeaders, ...rule.headers }, files);
    }),
    "  # Dot-files and the host's own _headers are never served.",
    ...block("~ /\\.", siteHeaders, "return 404;"),
    ...block(`= ${prefix}_headers`, siteHeaders, "return 404;"),
    "}",
    "",
  ].join("\n");
}
