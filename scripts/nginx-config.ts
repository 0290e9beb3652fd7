/** npm run nginx-config — prints an nginx server block with the site's headers (PATH_PREFIX, NGINX_ROOT). */
import { headerRules, nginxConfig } from "./deploy/headers.ts";
import { sitePathPrefix } from "../lib/site-config.ts";

const prefix = sitePathPrefix();
process.stdout.write(nginxConfig(headerRules(prefix), prefix, process.env.NGINX_ROOT ?? "/var/www"));
