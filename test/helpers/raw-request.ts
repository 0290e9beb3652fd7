/** HTTP(S) requests with the request target sent exactly as written (fetch would normalise it). */
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";

export interface Reply {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** `origin` is "http(s)://host:port"; `ca` is a certificate to trust for https. */
export function send(origin: string, target: string, method = "GET", ca?: string): Promise<Reply> {
  const { protocol, hostname, port } = new URL(origin);
  const request = protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: target, method, ca }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}
