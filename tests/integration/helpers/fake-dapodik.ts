// A real HTTP server on 127.0.0.1 that plays the Dapodik sign-in service, with one scripted behaviour per
// username, so the HTTP authenticator is tested over real sockets (timeouts, resets, huge bodies) rather
// than against a mocked fetch. It records every request it receives.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type FakeDapodikBehaviour =
  /** HTTP 200 with this JSON body (valid, without npsn, with a bad npsn, with "name" …). */
  | { kind: "json"; body: unknown }
  /** HTTP 401 (or 403) with a small JSON error body. */
  | { kind: "refuse"; status?: 401 | 403 }
  /** Any status with any body: 500 error pages, 404s, 200 with HTML … */
  | { kind: "raw"; status: number; contentType: string; body: string; headers?: Record<string, string> }
  /** Sends nothing at all for `delayMs` (longer than the client's timeout), then a valid answer. */
  | { kind: "slow"; delayMs: number }
  /** Sends 200 and the start of a JSON body at once, then stalls before the rest. */
  | { kind: "stall-body"; delayMs: number }
  /** A valid-looking JSON body of `bytes` bytes, streamed; with or without a Content-Length header. */
  | { kind: "oversized"; bytes: number; declareLength: boolean };

export type RecordedRequest = {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  rawBody: string;
  /** The parsed body, or undefined when it was not JSON. */
  json: unknown;
  /** True once the whole response was handed to the OS; false if the client went away first. */
  responseFinished: boolean;
  /** True once the connection for this response closed (finished or dropped by the client). */
  responseClosed: boolean;
};

export type FakeDapodik = {
  /** The sign-in endpoint to configure, e.g. http://127.0.0.1:41234/api/login */
  url: string;
  requests: RecordedRequest[];
  /** Closes the server, every open socket and every pending timer, so the test process can exit. */
  close(): Promise<void>;
};

const LOGIN_PATH = "/api/login";

export async function startFakeDapodik(script: Record<string, FakeDapodikBehaviour>): Promise<FakeDapodik> {
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const later = (ms: number, fn: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const rawBody = Buffer.concat(chunks).toString("utf8");
      const record: RecordedRequest = {
        method: req.method ?? "",
        path: req.url ?? "",
        headers: req.headers,
        rawBody,
        json: parseJson(rawBody),
        responseFinished: false,
        responseClosed: false,
      };
      requests.push(record);
      res.on("finish", () => (record.responseFinished = true));
      res.on("close", () => (record.responseClosed = true));

      const username = (record.json as { username?: unknown } | undefined)?.username;
      const behaviour = typeof username === "string" ? script[username] : undefined;
      // Unknown usernames and requests to other paths are refused, like a real service would.
      respond(req.url === LOGIN_PATH && behaviour ? behaviour : { kind: "refuse" }, res, later);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}${LOGIN_PATH}`,
    requests,
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function respond(
  behaviour: FakeDapodikBehaviour,
  res: http.ServerResponse,
  later: (ms: number, fn: () => void) => void,
) {
  switch (behaviour.kind) {
    case "json":
      return sendJson(res, 200, behaviour.body);
    case "refuse":
      return sendJson(res, behaviour.status ?? 401, { error: "invalid_credentials" });
    case "raw":
      res.writeHead(behaviour.status, { "Content-Type": behaviour.contentType, ...behaviour.headers });
      return res.end(behaviour.body);
    case "slow":
      return later(behaviour.delayMs, () => {
        if (!res.destroyed) sendJson(res, 200, { npsn: "20351671", nama: "Terlambat" });
      });
    case "stall-body":
      res.writeHead(200, { "Content-Type": "application/json" });
      res.write('{"npsn": "20351671", ');
      return later(behaviour.delayMs, () => {
        if (!res.destroyed) res.end('"nama": "Terlambat"}');
      });
    case "oversized":
      return streamOversized(res, behaviour.bytes, behaviour.declareLength);
  }
}

// Valid JSON if read to the end, so that only the size cap (not a parse error) can reject it.
function streamOversized(res: http.ServerResponse, bytes: number, declareLength: boolean) {
  const head = '{"npsn": "20351671", "nama": "';
  const tail = '"}';
  const filler = Buffer.alloc(16 * 1024, "x");
  res.writeHead(200, {
    "Content-Type": "application/json",
    ...(declareLength ? { "Content-Length": String(bytes) } : {}),
  });
  res.write(head);
  let remaining = bytes - head.length - tail.length;
  const pump = () => {
    while (remaining > 0 && !res.destroyed) {
      const chunk = remaining >= filler.length ? filler : filler.subarray(0, remaining);
      remaining -= chunk.length;
      if (!res.write(chunk)) return void res.once("drain", pump);
    }
    if (!res.destroyed) res.end(tail);
  };
  pump();
}

function sendJson(res: http.ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
  });
  res.end(text);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A port on 127.0.0.1 where nothing listens (bound, read, released). */
export async function findClosedPort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
