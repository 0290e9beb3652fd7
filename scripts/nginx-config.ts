/**
 * npm run nginx-config — prints the nginx server blocks for the site
 * (PATH_PREFIX or the EDITION's; NGINX_ROOT, NGINX_SERVER_NAME, NGINX_CERTIFICATE and
 * NGINX_CERTIFICATE_KEY fill in the rest). docs/nginx.conf is its output with
 * the defaults and PATH_PREFIX=/tyokyky/.
 */
import { nginxConfig } from "./deploy/nginx.ts";
import { deploymentOf } from "./edition/edition-settings.ts";

const env = process.env;
process.stdout.write(
  nginxConfig({
    pathPrefix: (await deploymentOf()).pathPrefix,
    root: env.NGINX_ROOT ?? "/var/www",
    serverName: env.NGINX_SERVER_NAME ?? "example.org",
    certificate: env.NGINX_CERTIFICATE ?? "/etc/ssl/certs/example.org.pem",
    certificateKey: env.NGINX_CERTIFICATE_KEY ?? "/etc/ssl/private/example.org.key",
  }),
);
