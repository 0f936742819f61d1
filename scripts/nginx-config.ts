// Fills in deploy/nginx-site.conf for an installation, or writes a whole nginx.conf around it that runs
// as an ordinary user from a folder of its own (the load benchmark and the multi-server tests).
//
//   npm run nginx:config -- --servers 127.0.0.1:3001,127.0.0.1:3002 [--listen 80] [--static /srv/helpdesk/.next/static]
//     prints the site file for /etc/nginx/sites-enabled/ (proxy parameters: /etc/nginx/helpdesk-proxy-params.conf)
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SITE_TEMPLATE = path.join(ROOT, "deploy", "nginx-site.conf");
export const PROXY_PARAMS = path.join(ROOT, "deploy", "nginx-proxy-params.conf");

export interface SiteOptions {
  /** host:port of each app server. */
  servers: string[];
  /** What nginx listens on: a port, or address:port. */
  listen: string;
  /** The build's static folder (.next/static). */
  staticDir: string;
  /** Where the proxy parameters file is (installed copy, or the repository's). */
  proxyParams: string;
}

export function renderSite({ servers, listen, staticDir, proxyParams }: SiteOptions): string {
  if (servers.length === 0) throw new Error("minimal satu server aplikasi");
  const lines = servers.map((server) => `  server ${server} max_fails=1 fail_timeout=5s;`).join("\n");
  return fs
    .readFileSync(SITE_TEMPLATE, "utf8")
    .replace("@SERVERS@", lines)
    .replace("@LISTEN@", listen)
    .replace("@STATIC_DIR@", staticDir.replace(/\/$/, ""))
    .replaceAll("@PROXY_PARAMS@", proxyParams);
}

/**
 * For tests only: a request carrying the header `X-Uji-Server: <n>` (1-based) goes to that app server
 * instead of the balanced group, so a test can send one user to one server and another user to the
 * other. Not for production (any client could choose its server).
 */
function withTestPinning(site: string, servers: string[]): string {
  const groups = servers
    .map((server, i) => `upstream helpdesk_app_${i + 1} {\n  server ${server};\n  keepalive 8;\n}\n`)
    .join("");
  const map = `map $http_x_uji_server $helpdesk_upstream {\n  default helpdesk_app;\n${servers.map((_, i) => `  ${i + 1} helpdesk_app_${i + 1};`).join("\n")}\n}\n`;
  return `${groups}${map}${site.replaceAll("proxy_pass http://helpdesk_app;", "proxy_pass http://$helpdesk_upstream;")}`;
}

/** A complete nginx.conf that keeps its pid, logs and temporary files in `dir` (nginx -p dir -c …). */
export function renderStandalone(
  dir: string,
  site: Omit<SiteOptions, "proxyParams">,
  { testPinning = false } = {},
): string {
  const rendered = renderSite({ ...site, proxyParams: PROXY_PARAMS });
  fs.writeFileSync(path.join(dir, "site.conf"), testPinning ? withTestPinning(rendered, site.servers) : rendered);
  // Started as root (CI, the benchmark), nginx would run its workers as an unprivileged user that may
  // not be allowed into the project folder (a clone in a 0700 temporary folder): the static files would
  // be refused. This nginx serves one folder on loopback for a test, so its workers keep the user.
  const user = process.getuid?.() === 0 ? "user root;\n" : "";
  return `${user}worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65;
  keepalive_requests 100000;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`;
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const servers = (argument("servers") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (servers.length === 0) {
    console.error(
      "Pakai: npm run nginx:config -- --servers 127.0.0.1:3001,127.0.0.1:3002 [--listen 80] [--static <folder .next/static>]",
    );
    process.exit(2);
  }
  process.stdout.write(
    renderSite({
      servers,
      listen: argument("listen") ?? "80",
      staticDir: argument("static") ?? path.join(ROOT, ".next", "static"),
      proxyParams: argument("proxy-params") ?? "/etc/nginx/helpdesk-proxy-params.conf",
    }),
  );
}
