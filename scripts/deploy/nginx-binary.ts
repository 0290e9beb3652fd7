/** Debian's nginx, which the tests run with the generated config; NGINX_PATH points at another. */
export const NGINX_PATH = process.env.NGINX_PATH ?? "/usr/sbin/nginx";
