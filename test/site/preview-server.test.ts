/**
 * The preview server behaves like a static host under hostile requests:
 * malformed URLs, other methods, `dir` without its slash, dot-files, the
 * host's own files and symlinks out of the site. After each probe it must
 * still answer.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { serveStatic, type RunningServer } from "../../scripts/serve/static-server.ts";
import { send as sendRaw } from "../helpers/raw-request.ts";

/** Sends the request target exactly as written to the server. */
const send = (server: RunningServer, target: string, method = "GET") =>
  sendRaw(new URL(server.url).origin, target, method);

let scratch: string;
let site: RunningServer;
let prefixed: RunningServer;

test.before(async () => {
  scratch = await mkdtemp(join(tmpdir(), "preview-server-"));
  const root = join(scratch, "site");
  await mkdir(join(root, "tilanteet", "tyoton"), { recursive: true });
  await mkdir(join(root, ".git"));
  await mkdir(join(scratch, "outside"));
  const files: Record<string, string> = {
    "site/index.html": "home",
    "site/404.html": "the 404 page",
    "site/tilanteet/tyoton/index.html": "tyoton",
    "site/tilanteet/file.txt": "file",
    "site/_headers": "/*\n  X-Test: yes\n",
    "site/.env": "SECRET=1",
    "site/.git/config": "[core]",
    "outside/secret.txt": "secret",
    "outside/index.html": "secret index",
  };
  for (const [path, text] of Object.entries(files)) await writeFile(join(scratch, path), text);
  await symlink(join(scratch, "outside", "secret.txt"), join(root, "secret.txt"));
  await symlink(join(scratch, "outside"), join(root, "outside"));
  await symlink(join(root, "tilanteet", "file.txt"), join(root, "inside-link.txt"));
  site = await serveStatic({ root, hostHeaders: true });
  prefixed = await serveStatic({ root, pathPrefix: "/tyokyky/" });
});
test.after(async () => {
  await site.close();
  await prefixed.close();
  await rm(scratch, { recursive: true, force: true });
});

async function stillServes(server: RunningServer): Promise<void> {
  const home = await send(server, new URL(server.url).pathname);
  assert.is(home.status, 200);
  assert.is(home.body, "home");
}

test("malformed URLs get 400, and the server keeps answering", async () => {
  const malformed = [
    "/%",
    "/%E0%A4%A",
    "/%ff",
    "/tilanteet/%C3",
    "/%00",
    "/a%00.html",
    "/../outside/secret.txt",
    "/tilanteet/../../outside/secret.txt",
    "/..%2Foutside%2Fsecret.txt",
    "/%2e%2e/outside/secret.txt",
  ];
  for (const target of malformed) {
    assert.is((await send(site, target)).status, 400, target);
    await stillServes(site);
  }
});

test("only GET and HEAD: 405 with Allow for every other method", async () => {
  const methods = ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND"];
  for (const method of methods) {
    const reply = await send(site, "/", method);
    assert.is(reply.status, 405, method);
    assert.is(reply.headers.allow, "GET, HEAD", method);
    assert.not.match(reply.body, /home/, method);
    await stillServes(site);
  }
  const head = await send(site, "/tilanteet/tyoton/", "HEAD");
  assert.is(head.status, 200);
  assert.is(head.body, "");
});

test("a directory without its slash is redirected to it, keeping the query", async () => {
  const cases: Array<[string, string]> = [
    ["/tilanteet", "/tilanteet/"],
    ["/tilanteet/tyoton?q=kela&vaihe=a%20b", "/tilanteet/tyoton/?q=kela&vaihe=a%20b"],
    ["//tilanteet", "/tilanteet/"], // never a protocol-relative //host
  ];
  for (const [target, location] of cases) {
    const reply = await send(site, target);
    assert.is(reply.status, 301, target);
    assert.is(reply.headers.location, location, target);
  }
  assert.is((await send(site, "/tilanteet/tyoton/")).body, "tyoton");
  assert.is((await send(site, "/tilanteet/file.txt/")).status, 404, "a file is not a directory");
});

test("dot-files, the host's _headers and symlinks out of the site are not served: the 404 page instead", async () => {
  const hidden = [
    "/.env",
    "/.git/config",
    "/.git/",
    "/_headers",
    "/secret.txt",
    "/outside/",
    "/outside/index.html",
    "/nonexistent",
  ];
  for (const target of hidden) {
    const reply = await send(site, target);
    assert.is(reply.status, 404, target);
    assert.is(reply.body, "the 404 page", target);
    assert.is(reply.headers["x-test"], "yes", `${target}: the host's headers apply to the 404 page`);
  }
  assert.is((await send(site, "/inside-link.txt")).body, "file", "a symlink that stays inside the site is served");
});

test("under a path prefix: only there, and the prefix without its slash redirects", async () => {
  assert.is((await send(prefixed, "/tyokyky/tilanteet/tyoton/")).body, "tyoton");
  const bare = await send(prefixed, "/tyokyky?q=1");
  assert.is(bare.status, 301);
  assert.is(bare.headers.location, "/tyokyky/?q=1");
  for (const target of ["/", "/tilanteet/tyoton/", "/tyokyky-other/", "/tyokyky%2F../"]) {
    assert.ok([400, 404].includes((await send(prefixed, target)).status), target);
  }
  await stillServes(prefixed);
});

test.run();
