// Runs wrk (the C load generator from Debian's package) with a generated Lua script and reads its
// figures back as JSON: req/s, latency percentiles, errors, and the responses that were not what the
// row expects (a redirect to the sign-in page is an error here, not a fast page).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface WrkRequest {
  /** Per connection: wrk runs one thread per user here, so each user has its own cookie and data. */
  users: { cookie: string; items?: string[] }[];
  method: "GET" | "POST";
  /** Path; `__ITEM__` is replaced by the user's next item (round robin), `__KEY__` by a fresh UUID. */
  path: string;
  headers?: Record<string, string>;
  /** POST body with the same placeholders. */
  body?: string;
  /**
   * A response is counted as good when its status is this (and the header is present, if set). Bodies are
   * compressed as a browser asks for them, so they are checked before the run and, for writes, in the
   * database after it (scripts/bench/load.ts).
   */
  expectStatus: number;
  headerPresent?: string;
}

export interface WrkResult {
  requests: number;
  seconds: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Socket errors and timeouts, plus responses that were not the expected page/result. */
  errors: number;
  badSample: string | null;
}

const lua = (value: string) => JSON.stringify(value); // a JSON string is a valid Lua string literal here (no \u escapes in our data)

function script(request: WrkRequest): string {
  const users = request.users
    .map((u) => `{ cookie = ${lua(u.cookie)}, items = { ${(u.items ?? []).map(lua).join(", ")} } }`)
    .join(",\n  ");
  const headers = Object.entries(request.headers ?? {})
    .map(([name, value]) => `[${lua(name)}] = ${lua(value)}`)
    .join(", ");
  return `
local users = {
  ${users}
}
local threads = {}
local next_user = 1
function setup(thread)
  thread:set("user_index", next_user)
  thread:set("thread_id", next_user)
  next_user = next_user + 1
  if next_user > #users then next_user = 1 end
  table.insert(threads, thread)
end

-- per thread
bad = 0
bad_sample = ""
local counter = 0
local user
local item_index = 0
function init(args)
  user = users[user_index]
  math.randomseed(os.time() * 1000 + thread_id)
end

local function fresh_key()
  counter = counter + 1
  return string.format("%08x-%04x-4%03x-8%03x-%012x", os.time() % 4294967296, thread_id, math.random(0, 4095), math.random(0, 4095), counter)
end

local function fill(text, item, key)
  text = string.gsub(text, "__ITEM__", function() return item end)
  return (string.gsub(text, "__KEY__", function() return key end))
end

function request()
  local item = ""
  if #user.items > 0 then
    item_index = item_index % #user.items + 1
    item = user.items[item_index]
  end
  local key = fresh_key()
  local headers = { ${headers} }
  headers["Cookie"] = user.cookie
  local out = {}
  for name, value in pairs(headers) do out[name] = fill(value, item, key) end
  local body = nil
  ${request.body !== undefined ? `body = fill(${lua(request.body)}, item, key)` : ""}
  return wrk.format(${lua(request.method)}, fill(${lua(request.path)}, item, key), out, body)
end

function response(status, headers, body)
  local good = status == ${request.expectStatus}
  ${request.headerPresent ? `if good and headers[${lua(request.headerPresent)}] == nil then good = false end` : ""}
  if not good then
    bad = bad + 1
    if bad_sample == "" then bad_sample = "HTTP " .. status .. " " .. (headers["location"] or headers["x-action-redirect"] or "") end
  end
end

function done(summary, latency, requests)
  local bad_total = 0
  local sample = ""
  for _, t in ipairs(threads) do
    bad_total = bad_total + t:get("bad")
    local s = t:get("bad_sample")
    if sample == "" and s ~= nil then sample = s end
  end
  local e = summary.errors
  io.stderr:write("WRK_JSON " .. string.format(
    '{"requests":%d,"duration_us":%d,"p50":%d,"p95":%d,"p99":%d,"max":%d,"socket_errors":%d,"bad":%d}',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    latency.max, e.connect + e.read + e.write + e.timeout, bad_total) .. "\\n")
  io.stderr:write("WRK_SAMPLE " .. string.gsub(sample, "\\n", " ") .. "\\n")
end
`;
}

/** `connections` users (one wrk thread each) for `seconds` against `baseUrl`. */
export async function runWrk(
  baseUrl: string,
  request: WrkRequest,
  connections: number,
  seconds: number,
): Promise<WrkResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hd-wrk-"));
  const file = path.join(dir, "script.lua");
  fs.writeFileSync(file, script(request));
  const args = [
    "-t",
    String(connections),
    "-c",
    String(connections),
    "-d",
    `${seconds}s`,
    "--timeout",
    "30s",
    "-s",
    file,
    baseUrl,
  ];
  const stderr = await new Promise<string>((resolve, reject) => {
    const child = spawn("wrk", args, { stdio: ["ignore", "ignore", "pipe"] });
    let text = "";
    child.stderr.on("data", (chunk: Buffer) => (text += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(text) : reject(new Error(`wrk berhenti dengan kode ${code}: ${text}`)),
    );
  });
  fs.rmSync(dir, { recursive: true, force: true });
  const json = stderr.split("\n").find((line) => line.startsWith("WRK_JSON "));
  if (!json) throw new Error(`wrk tidak mengeluarkan hasil: ${stderr}`);
  const raw = JSON.parse(json.slice("WRK_JSON ".length)) as {
    requests: number;
    duration_us: number;
    p50: number;
    p95: number;
    p99: number;
    max: number;
    socket_errors: number;
    bad: number;
  };
  const sample =
    stderr
      .split("\n")
      .find((line) => line.startsWith("WRK_SAMPLE "))
      ?.slice("WRK_SAMPLE ".length)
      .trim() ?? "";
  const seconds_ = raw.duration_us / 1e6;
  return {
    requests: raw.requests,
    seconds: seconds_,
    reqPerSec: raw.requests / seconds_,
    p50: raw.p50 / 1000,
    p95: raw.p95 / 1000,
    p99: raw.p99 / 1000,
    max: raw.max / 1000,
    errors: raw.socket_errors + raw.bad,
    badSample: sample || null,
  };
}
