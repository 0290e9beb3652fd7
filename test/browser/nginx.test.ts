/**
 * The real nginx with the generated config (docs/nginx.conf is the same
 * generator's output) serving the /tyokyky/ build over HTTPS with a
 * certificate made now: redirects, headers on every kind of response, the
 * 404 page, nothing outside the site, and every page in Chromium under its CSP.
 */
import { execFile } from "node:child_process";
import { cp, readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Browser } from "puppeteer-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { SECURITY_HEADERS, STRICT_TRANSPORT_SECURITY } from "../../scripts/deploy/headers.ts";
import { collectProblems, launchBrowser, resultLinks, searchAnnounced } from "../helpers/browser.ts";
import { startNginx, type RunningNginx } from "../helpers/nginx.ts";
import { buildPrefixedSite, PREFIX, PREFIXED_DIR } from "../helpers/prefixed-site.ts";
import { send, type Reply } from "../helpers/raw-request.ts";
import { readPage, sitePages } from "../helpers/site.ts";

let nginx: RunningNginx;
let browser: Browser;
const https = (target: string, method = "GET") => send(nginx.https, target, method, nginx.certificate);
const NOT_FOUND_TITLE = readPage("/404.html").querySelector("h1")!.textContent;

test.before(async () => {
  await buildPrefixedSite();
  nginx = await startNginx(PREFIX, async (root) => {
    await cp(PREFIXED_DIR, join(root, PREFIX), { recursive: true });
    await symlink("/etc/passwd", join(root, PREFIX, "passwd.txt"));
    await writeFile(join(root, PREFIX, ".env"), "SECRET=1");
    await cp("package.json", join(root, "outside.json"));
  });
  browser = await launchBrowser(["--ignore-certificate-errors"]);
});
test.after(async () => {
  await browser?.close();
  await nginx?.stop();
});

function assertSecurityHeaders(reply: Reply, what: string): void {
  for (const [name, value] of Object.entries({
    ...SECURITY_HEADERS,
    "Strict-Transport-Security": STRICT_TRANSPORT_SECURITY,
  })) {
    assert.is(reply.headers[name.toLowerCase()], value, `${what}: ${name}`);
  }
}

test("docs/nginx.conf is what npm run nginx-config generates for /tyokyky/", async () => {
  const { stdout } = await promisify(execFile)("npx", ["tsx", "scripts/nginx-config.ts"], {
    env: { ...process.env, PATH_PREFIX: PREFIX },
  });
  assert.is(await readFile("docs/nginx.conf", "utf8"), stdout);
});

test("HTTP only redirects to HTTPS, keeping path and query; no version in Server", async () => {
  const reply = await send(nginx.http, `${PREFIX}haku/?q=kela`);
  assert.is(reply.status, 301);
  assert.is(reply.headers.location, `${nginx.https}${PREFIX}haku/?q=kela`);
  assert.is(reply.headers.server, "nginx");
});

test("pages, hashed assets and the service worker: security headers, HSTS and the right caching", async () => {
  const home = await https(PREFIX);
  assert.is(home.status, 200);
  assert.match(home.body, /<html lang="fi"/);
  assertSecurityHeaders(home, "home");
  assert.is(home.headers["cache-control"], "no-cache");
  assert.is(home.headers.server, "nginx");
  const css = readPage("/", PREFIXED_DIR).querySelector('link[rel="stylesheet"]')!.getAttribute("href")!;
  const asset = await https(css);
  assert.is(asset.status, 200);
  assert.is(asset.headers["content-type"], "text/css; charset=utf-8");
  assert.is(asset.headers["cache-control"], "public, max-age=31536000, immutable");
  assertSecurityHeaders(asset, css);
  const worker = await https(`${PREFIX}sw.js`);
  assert.is(worker.headers["cache-control"], "no-cache");
  assertSecurityHeaders(worker, "sw.js");
});

test("directories redirect to their slash; the prefix without its slash too", async () => {
  for (const [target, location] of [
    [`${PREFIX}tilanteet`, `${PREFIX}tilanteet/`],
    [PREFIX.slice(0, -1), PREFIX],
    [`${PREFIX.slice(0, -1)}?q=kela`, `${PREFIX}?q=kela`],
  ] as const) {
    const reply = await https(target);
    assert.is(reply.status, 301, target);
    assert.is(reply.headers.location, location, target);
  }
});

test("unknown pages, dot-files, _headers, symlinks and anything outside the prefix: the 404 page, with the headers", async () => {
  const targets = [
    `${PREFIX}ei-ole/`,
    `${PREFIX}.env`,
    `${PREFIX}_headers`,
    `${PREFIX}passwd.txt`,
    "/outside.json",
    "/",
    "/etc/passwd",
  ];
  for (const target of targets) {
    const reply = await https(target);
    assert.is(reply.status, 404, target);
    assert.ok(reply.body.includes(NOT_FOUND_TITLE), `${target}: not the site's 404 page`);
    assertSecurityHeaders(reply, target);
  }
});

test("only GET and HEAD: 405 with Allow and the headers", async () => {
  const methods = ["POST", "PUT", "DELETE", "OPTIONS", "PATCH"];
  for (const method of methods) {
    const reply = await https(PREFIX, method);
    assert.is(reply.status, 405, method);
    assert.is(reply.headers.allow, "GET, HEAD", method);
    assertSecurityHeaders(reply, method);
  }
  assert.is((await https(PREFIX, "HEAD")).status, 200);
});

test("in Chromium under nginx's CSP: every page loads without a violation or error, and search works", async () => {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems = await collectProblems(page);
  const pages = sitePages(PREFIXED_DIR).filter((p) => p !== "/404.html");
  for (const url of pages) {
    const response = await page.goto(`${nginx.https}${PREFIX}${url.slice(1)}`, { waitUntil: "load" });
    assert.is(response?.status(), 200, url);
    assert.is(response?.headers()["content-security-policy"], SECURITY_HEADERS["Content-Security-Policy"], url);
  }
  assert.ok(pages.length > 50, `${pages.length} pages`);
  await page.goto(`${nginx.https}${PREFIX}haku/?q=Kela`);
  await searchAnnounced(page);
  const hrefs = (await resultLinks(page)).map((href) => new URL(href).pathname);
  assert.ok(hrefs.includes(`${PREFIX}toimijat/kela/`), hrefs.join(", "));
  assert.equal(problems, []);
  await context.close();
});

test.run();
