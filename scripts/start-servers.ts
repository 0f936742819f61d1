// Runs the built app as N app servers (scripts/serve.ts as `npm start` runs it, one process each, on consecutive ports) behind
// nginx on one machine: the production topology of the README on a single host, for trying it out,
// for the load benchmark and for the multi-server tests. In a real installation each app server is a
// service of its own (systemd) and nginx is the system's; this script only starts and stops them.
//
//   npm run start:servers -- [--servers 2] [--port 8080] [--first-app-port 3001]
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { renderStandalone } from "./nginx-config";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** Enough for the busiest page under load with room to spare; keeps a server's memory flat (README). */
export const DEFAULT_MAX_OLD_SPACE_MB = 256;
/** The production app server (npm start): scripts/serve.ts, bundled by `npm run build` (tsx at run time would cost each server ~115 MB). */
const SERVE = path.join(ROOT, ".next", "serve.mjs");

export interface AppServer {
  port: number;
  child: ChildProcess;
  url: string;
}

export interface Servers {
  /** Where users go: nginx, or the only app server when there is no proxy. */
  baseUrl: string;
  apps: AppServer[];
  nginx: ChildProcess | null;
  /** Stops one app server (SIGTERM, or SIGKILL to simulate a crash). */
  stopApp(app: AppServer, signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again on its port (after stopApp). */
  restartApp(app: AppServer): Promise<void>;
  stop(): Promise<void>;
}

export interface ServersOptions {
  servers: number;
  /** nginx's port; null = no proxy (one app server, reached directly). */
  proxyPort: number | null;
  firstAppPort: number;
  /** The app's environment (DATABASE_URL, NEXTAUTH_SECRET …); NEXTAUTH_URL is set to the public URL. */
  env: NodeJS.ProcessEnv;
  /** Where each server's output goes (default: this process's, prefixed). */
  logDir?: string;
  /** V8's old-space limit per server (MB): the heap is collected before it grows past it (the README's advice). */
  maxOldSpaceMb?: number;
  readyTimeoutMs?: number;
  /** Tests: let a request choose its app server (scripts/nginx-config.ts withTestPinning). */
  testPinning?: boolean;
}

async function waitUntilReady(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: server berhenti saat mulai (kode ${child.exitCode})`);
    try {
      const response = await fetch(`${url}/api/sehat`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url}: tidak siap dalam ${timeoutMs / 1000} s`);
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once("exit", () => resolve()));
}

async function stopChild(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM") {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill(signal);
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited(child);
  clearTimeout(timer);
}

export async function startServers(options: ServersOptions): Promise<Servers> {
  const { servers, proxyPort, firstAppPort, readyTimeoutMs = 120_000 } = options;
  if (proxyPort === null && servers !== 1) throw new Error("lebih dari satu server aplikasi butuh nginx di depannya");
  const baseUrl = proxyPort === null ? `http://127.0.0.1:${firstAppPort}` : `http://127.0.0.1:${proxyPort}`;
  const heap = `--max-old-space-size=${options.maxOldSpaceMb ?? DEFAULT_MAX_OLD_SPACE_MB}`;
  const env: NodeJS.ProcessEnv = {
    ...options.env,
    NEXTAUTH_URL: options.env.NEXTAUTH_URL ?? baseUrl,
    NODE_ENV: "production",
    NODE_OPTIONS: [options.env.NODE_OPTIONS, heap].filter(Boolean).join(" "),
    // Behind the local nginx the connection comes from 127.0.0.1: its X-Forwarded-For names the client.
    ...(proxyPort !== null ? { TRUSTED_PROXIES: options.env.TRUSTED_PROXIES ?? "127.0.0.1" } : {}),
  };

  const spawnApp = (port: number) => {
    const out = options.logDir ? fs.openSync(path.join(options.logDir, `app-${port}.log`), "a") : "inherit";
    return spawn(process.execPath, [SERVE, "--port", String(port), "--hostname", "127.0.0.1"], {
      cwd: ROOT,
      env: { ...env, PORT: String(port) },
      stdio: ["ignore", out, out],
    });
  };
  const apps: AppServer[] = Array.from({ length: servers }, (_, i) => {
    const port = firstAppPort + i;
    return { port, url: `http://127.0.0.1:${port}`, child: spawnApp(port) };
  });

  let nginx: ChildProcess | null = null;
  let nginxDir: string | null = null;
  const stopAll = async () => {
    await Promise.all(apps.map((app) => stopChild(app.child)));
    if (nginx) await stopChild(nginx, "SIGQUIT");
    if (nginxDir) {
      const errors = path.join(nginxDir, "error.log");
      if (options.logDir && fs.existsSync(errors))
        fs.copyFileSync(errors, path.join(options.logDir, "nginx-error.log"));
      fs.rmSync(nginxDir, { recursive: true, force: true });
    }
  };
  try {
    await Promise.all(apps.map((app) => waitUntilReady(app.url, app.child, readyTimeoutMs)));
    if (proxyPort !== null) {
      nginxDir = fs.mkdtempSync(path.join(os.tmpdir(), "helpdesk-nginx-"));
      const conf = path.join(nginxDir, "nginx.conf");
      fs.writeFileSync(
        conf,
        renderStandalone(
          nginxDir,
          {
            servers: apps.map((app) => `127.0.0.1:${app.port}`),
            listen: `127.0.0.1:${proxyPort}`,
            staticDir: path.join(ROOT, ".next", "static"),
          },
          { testPinning: options.testPinning ?? false },
        ),
      );
      nginx = spawn("nginx", ["-p", nginxDir, "-c", conf, "-g", "daemon off;"], {
        stdio: ["ignore", "inherit", "inherit"],
      });
      const started = nginx;
      await waitUntilReady(baseUrl, started, 15_000);
    }
  } catch (error) {
    await stopAll();
    throw error;
  }

  return {
    baseUrl,
    apps,
    nginx,
    async stopApp(app, signal = "SIGTERM") {
      await stopChild(app.child, signal);
    },
    async restartApp(app) {
      app.child = spawnApp(app.port);
      await waitUntilReady(app.url, app.child, readyTimeoutMs);
    },
    stop: stopAll,
  };
}

/** Resident memory (MB) of a process and its children (a server may run helpers). */
export function residentMb(pid: number): { rss: number; peak: number } {
  const read = (p: number) => {
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, "utf8");
      const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? 0);
      return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
    } catch {
      return { rss: 0, peak: 0 };
    }
  };
  const children = (p: number): number[] => {
    try {
      return fs.readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...children(all[i] as number));
  return all.map(read).reduce((a, b) => ({ rss: a.rss + b.rss, peak: a.peak + b.peak }), { rss: 0, peak: 0 });
}

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const servers = argument("servers", Math.max(1, os.availableParallelism()));
  const running = await startServers({
    servers,
    proxyPort: argument("port", 8080),
    firstAppPort: argument("first-app-port", 3001),
    env: process.env,
  });
  console.log(`${servers} server aplikasi di belakang nginx: ${running.baseUrl}`);
  const shutdown = () => void running.stop().then(() => process.exit(0));
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}
