import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD } from "./auth";

// Server actions called the way React calls them, over plain HTTP: what a hand-made request can send.
// The ids come from the build's manifest (.next/server/server-reference-manifest.json), so every action
// the app has is known, including one added later.

export interface ServerAction {
  id: string;
  name: string;
  file: string;
}

/** Every server action of the build, by its exported name. */
export function serverActions(): Record<string, ServerAction> {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<string, { exportedName: string; filename: string }>;
  };
  return Object.fromEntries(
    Object.entries(manifest.node).map(([id, entry]) => [
      entry.exportedName,
      { id, name: entry.exportedName, file: entry.filename },
    ]),
  );
}

/** A file for a form field: name, type and bytes as a client chose them. */
export interface FormFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}
export type FormEntry = [name: string, value: string | FormFile];

/**
 * The arguments of one call: a form (sent as multipart, as the browser's `[state, FormData]` of a
 * `useActionState` form, or `[FormData]` alone for a plain `<form action>`), or any other list of values
 * (sent as React sends plain values: one JSON row, strings beginning with "$" escaped).
 */
export type ActionArgs = { form: FormEntry[]; alone?: boolean } | { values: unknown[] };

/** What came back: the action's result, a redirect, or a failure (5xx, an error row, SERVER_ERROR, no answer). */
export type ActionOutcome =
  | { kind: "refused"; status: number; code: string; message: string; body: string }
  | { kind: "done"; status: number; result: unknown; body: string }
  | { kind: "redirect"; status: number; location: string; body: string }
  | { kind: "failure"; status: number; detail: string; body: string };

/** React's reply encoding of a plain value: "$" starts a reference, so a string beginning with it is escaped. */
function escapeValue(value: unknown): unknown {
  if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(escapeValue);
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeValue(v)]));
  return value;
}

function multipartOf(form: FormEntry[], alone: boolean): FormData {
  const data = new FormData();
  // The form's fields first, then the root row that refers to them (React decodes the root when it arrives).
  for (const [name, value] of form) {
    if (typeof value === "string") data.append(`_1_${name}`, value);
    else data.append(`_1_${name}`, new File([Buffer.from(value.bytes)], value.name, { type: value.type }));
  }
  data.append("0", JSON.stringify(alone ? ["$K1"] : [null, "$K1"]));
  return data;
}

/** The flight rows of an action's answer: row 0 names the row that holds the result. */
function resultOf(body: string): { found: true; value: unknown } | { found: false; detail: string } {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0 && !rows.has(line.slice(0, colon))) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  const head = rows.get("0");
  if (head === undefined) return { found: false, detail: "no result row" };
  const pointer = (JSON.parse(head) as { a?: unknown }).a;
  if (pointer === "$undefined" || pointer === undefined) return { found: true, value: undefined };
  if (typeof pointer !== "string" || !pointer.startsWith("$@")) return { found: true, value: pointer };
  const row = rows.get(pointer.slice(2));
  if (row === undefined) return { found: false, detail: `row ${pointer} missing` };
  if (row.startsWith("E")) return { found: false, detail: `error row ${row.slice(0, 120)}` };
  return { found: true, value: JSON.parse(row) };
}

export async function callAction(
  request: APIRequestContext,
  baseURL: string,
  action: ServerAction,
  pagePath: string,
  args: ActionArgs,
): Promise<ActionOutcome> {
  const headers = { "Next-Action": action.id, Accept: "text/x-component", Origin: baseURL };
  let status = 0;
  let body = "";
  try {
    const response =
      "form" in args
        ? await request.post(pagePath, {
            headers,
            multipart: multipartOf(args.form, args.alone ?? false),
            maxRedirects: 0,
          })
        : await request.post(pagePath, {
            headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" },
            data: JSON.stringify(escapeValue(args.values)),
            maxRedirects: 0,
          });
    status = response.status();
    body = await response.text();
    if (status >= 500) return { kind: "failure", status, detail: `HTTP ${status}`, body };
    const location = response.headers()["x-action-redirect"];
    if (location) return { kind: "redirect", status, location: location.split(";")[0] ?? location, body };
    if (status !== 200) return { kind: "refused", status, code: `HTTP_${status}`, message: body.slice(0, 200), body };
    const result = resultOf(body);
    if (!result.found) return { kind: "failure", status, detail: result.detail, body };
    const value = result.value as { ok?: unknown; code?: unknown; message?: unknown } | undefined;
    if (value && typeof value === "object" && value.ok === false) {
      if (value.code === "SERVER_ERROR")
        return { kind: "failure", status, detail: `SERVER_ERROR: ${String(value.message)}`, body };
      return { kind: "refused", status, code: String(value.code), message: String(value.message), body };
    }
    return { kind: "done", status, result: value, body };
  } catch (error) {
    return {
      kind: "failure",
      status,
      detail: error instanceof Error ? (error.message.split("\n")[0] ?? "error") : String(error),
      body,
    };
  }
}

/** Signs in through next-auth's credentials endpoint (what the sign-in form posts), without a browser. */
export async function signedInRequest(
  baseURL: string,
  username: string,
  password = DEMO_PASSWORD,
): Promise<APIRequestContext> {
  const request = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await request.post("/api/auth/callback/credentials", { form: { csrfToken, username, password }, maxRedirects: 0 });
  const state = await request.storageState();
  if (!state.cookies.some((cookie) => cookie.name.endsWith("next-auth.session-token")))
    throw new Error(`${username}: sign-in failed`);
  return request;
}

/** The text a person reads in a page's <main> (tags dropped, entities decoded, spaces collapsed). */
export function mainText(html: string): string {
  const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? "";
  return decodeEntities(main.replace(/<script[\s\S]*?<\/script>/g, " ").replace(/<[^>]+>/g, " "))
    .replace(/\s+/g, " ")
    .trim();
}

export function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** A form's current values as the server rendered them (inputs, text areas, selects), by field name. */
export function formValues(html: string): Record<string, string> {
  const values: Record<string, string> = {};
  const attr = (tag: string, name: string) => {
    const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
    return match ? decodeEntities(match[1] ?? "") : undefined;
  };
  for (const tag of html.match(/<input\b[^>]*>/g) ?? []) {
    const name = attr(tag, "name");
    if (!name || name.startsWith("$ACTION")) continue;
    const type = attr(tag, "type");
    if (type === "checkbox" || type === "radio") {
      if (/\schecked=""/.test(tag)) values[name] = attr(tag, "value") ?? "on";
    } else values[name] ??= attr(tag, "value") ?? "";
  }
  for (const match of html.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const name = attr(match[1] ?? "", "name");
    if (name) values[name] ??= decodeEntities(match[2] ?? "");
  }
  for (const match of html.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const name = attr(match[1] ?? "", "name");
    if (!name) continue;
    const options = [...(match[2] ?? "").matchAll(/<option\b([^>]*)>/g)].map((o) => o[1] ?? "");
    const chosen =
      options.find((o) => /\sselected=""/.test(o)) ?? options.find((o) => (attr(o, "value") ?? "") !== "") ?? "";
    values[name] = attr(chosen, "value") ?? "";
  }
  return values;
}

/** The values a select offers (its non-empty options). */
export function optionValues(html: string, selectName: string): string[] {
  const select = new RegExp(`<select\\b[^>]*name="${selectName}"[^>]*>([\\s\\S]*?)</select>`).exec(html)?.[1] ?? "";
  return [...select.matchAll(/<option\b[^>]*value="([^"]+)"/g)].map((m) => decodeEntities(m[1] ?? ""));
}

/**
 * An app server of its own, on a fresh database with the demo data (scripts/e2e-server.ts, the same
 * database kind as the suite's): what a test changes there cannot change what the other tests see.
 */
export async function startOwnServer(port: number): Promise<{ baseURL: string; stop: () => Promise<void> }> {
  const child: ChildProcess = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/e2e-server.ts", String(port)],
    {
      env: process.env,
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`scripts/e2e-server.ts stopped (code ${child.exitCode})`);
    const up = await fetch(`${baseURL}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) throw new Error(`no app server on ${baseURL} after 240 s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    baseURL,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => {
          child.kill("SIGKILL");
          resolve();
        }, 15_000).unref();
      }),
  };
}

/**
 * Opens a question through the real server action as the given account, from its new-ticket page
 * (`/sekolah/tiket/baru` or `/dinas/pertanyaan/baru`), in the first category; the new ticket's id.
 */
export async function openTicketAs(
  baseURL: string,
  username: string,
  newPath: string,
  subject: string,
  body = "Sinkron gagal sejak pagi, muncul pesan galat di aplikasi Dapodik.",
): Promise<string> {
  const request = await signedInRequest(baseURL, username);
  try {
    const categoryId = optionValues(await (await request.get(newPath)).text(), "categoryId")[0] as string;
    const opened = await callAction(request, baseURL, serverActions().openTicketAction as ServerAction, newPath, {
      form: [
        ["categoryId", categoryId],
        ["subject", subject],
        ["body", body],
        ["clientKey", crypto.randomUUID()],
      ],
    });
    if (opened.kind !== "redirect")
      throw new Error(`${username}: the question was not opened (${JSON.stringify(opened).slice(0, 200)})`);
    return opened.location.split("/").pop() as string;
  } finally {
    await request.dispose();
  }
}
