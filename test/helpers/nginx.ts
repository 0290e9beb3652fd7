/**
 * The real nginx (Debian's, installed by scripts/ensure-tools.ts; NGINX_PATH for another) serving a folder with the
 * generated config, on loopback ports, HTTPS with a certificate made now.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { NGINX_PATH } from "../../scripts/deploy/nginx-binary.ts";
import { nginxConfig } from "../../scripts/deploy/nginx.ts";
import { freePort } from "../../scripts/serve/free-port.ts";

const run = promisify(execFile);

export interface RunningNginx {
  /** "http://127.0.0.1:<port>" and "https://127.0.0.1:<port>". */
  readonly http: string;
  readonly https: string;
  /** The self-signed certificate (PEM), for clients that should trust it. */
  readonly certificate: string;
  /** The folder nginx serves (its `root`); the site goes in `<root><prefix>`. */
  readonly root: string;
  stop(): Promise<void>;
}

/** Starts nginx with `nginxConfig` for `pathPrefix`; `fill(root)` puts the site in place first. */
export async function startNginx(pathPrefix: string, fill: (root: string) => Promise<void>): Promise<RunningNginx> {
  const dir = await mkdtemp(join(tmpdir(), "kasikirja-nginx-"));
  await chmod(dir, 0o755); // nginx's workers run as www-data
  const root = join(dir, "www");
  await mkdir(root);
  await mkdir(join(dir, "temp"));
  await fill(root);
  const certificate = join(dir, "cert.pem");
  const certificateKey = join(dir, "key.pem");
  await run("openssl", [
    "req",
    "-x509",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:prime256v1",
    "-nodes",
    "-days",
    "1",
    "-subj",
    "/CN=127.0.0.1",
    "-addext",
    "subjectAltName=IP:127.0.0.1",
    "-keyout",
    certificateKey,
    "-out",
    certificate,
  ]);
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  const site = nginxConfig({
    pathPrefix,
    root,
    serverName: "127.0.0.1",
    certificate,
    certificateKey,
    address: "127.0.0.1",
    httpPort,
    httpsPort,
  });
  await writeFile(join(dir, "site.conf"), site);
  const temp = (name: string) => `${name}_temp_path ${join(dir, "temp", name)};`;
  await writeFile(
    join(dir, "nginx.conf"),
    [
      "daemon off;",
      process.getuid?.() === 0 ? "user www-data;" : "",
      "worker_processes 1;",
      `pid ${join(dir, "nginx.pid")};`,
      "error_log stderr warn;",
      "events { worker_connections 64; }",
      "http {",
      "  access_log off;",
      ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((name) => `  ${temp(name)}`),
      `  include ${join(dir, "site.conf")};`,
      "}",
    ].join("\n"),
  );
  const args = ["-p", dir, "-e", "stderr", "-c", join(dir, "nginx.conf")];
  await run(NGINX_PATH, [...args, "-t"]).catch((error: { stderr?: string }) => {
    throw new Error(`nginx rejected the generated config:\n${error.stderr}\n${site}`);
  });
  const child: ChildProcess = spawn(NGINX_PATH, args, { stdio: ["ignore", "ignore", "pipe"] });
  const killOnExit = () => child.kill("SIGTERM"); // never leave nginx behind, even when a test crashes
  process.once("exit", killOnExit);
  const log: string[] = [];
  child.stderr?.on("data", (chunk: Buffer) => log.push(chunk.toString()));
  const http = `http://127.0.0.1:${httpPort}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${log.join("")}`);
    if (
      await fetch(http, { redirect: "manual" }).then(
        () => true,
        () => false,
      )
    )
      break;
    if (attempt > 100) throw new Error(`nginx did not answer: ${log.join("")}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    http,
    https: `https://127.0.0.1:${httpsPort}`,
    certificate: await readFile(certificate, "utf8"),
    root,
    async stop() {
      process.off("exit", killOnExit);
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
