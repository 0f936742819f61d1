import crypto from "node:crypto";
import fc from "fast-check";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import {
  callAction,
  formValues,
  mainText,
  optionValues,
  serverActions,
  signedInRequest,
  startOwnServer,
  type ActionArgs,
  type ActionOutcome,
  type FormEntry,
  type FormFile,
  type ServerAction,
} from "./support/server-actions";
import { DASHBOARDS, TENANT_ROLES, TENANT_USERNAMES, type TenantActor } from "./support/auth";
import { propertyRuns, REPEAT_WITH } from "./support/property";

// Every server action, called over HTTP as a hand-made client would (the build's manifest lists them;
// a new action without a rule here fails the first test):
// 1. by every role, by another school and district and without a session, with a rightful-looking input
//    aimed at one school's and one district's ticket: whoever may not act is refused, the ticket does
//    not change, and the answer carries no text of a ticket the caller may not open;
// 2. with random inputs (fast-check) by the role that uses it: never a 5xx or an unexpected failure, and
//    a refused call changes nothing.
// On an app server and database of their own (random inputs sometimes succeed: new categories, settings),
// HTTP only, on the desktop project.

type Actor = TenantActor;
const USERNAMES = TENANT_USERNAMES;
const HOME = Object.fromEntries(
  Object.entries(TENANT_ROLES).map(([actor, role]) => [actor, DASHBOARDS[role]]),
) as Record<Actor, string>;
const ACTORS = Object.keys(USERNAMES) as Actor[];
const PORT = Number(process.env.E2E_ACTIONS_PORT ?? 3190);
const REFUSALS = ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "WRONG_TIER"];

interface World {
  baseURL: string;
  actions: Record<string, ServerAction>;
  as: Record<Actor, APIRequestContext>;
  anonymous: APIRequestContext;
  categoryId: string;
}

let server: Awaited<ReturnType<typeof startOwnServer>> | undefined;
let world: World | undefined;

test.beforeAll(async ({}, testInfo) => {
  if (testInfo.project.name !== "desktop-1280") return;
  test.setTimeout(300_000);
  server = await startOwnServer(PORT);
  const baseURL = server.baseURL;
  const sessions = await Promise.all(
    ACTORS.map(async (actor) => [actor, await signedInRequest(baseURL, USERNAMES[actor])] as const),
  );
  const as = Object.fromEntries(sessions) as Record<Actor, APIRequestContext>;
  const newForm = await (await as.sekolahA.get("/sekolah/tiket/baru")).text();
  const categoryId = optionValues(newForm, "categoryId")[0];
  if (!categoryId) throw new Error("no category on the new-ticket form");
  world = {
    baseURL,
    actions: serverActions(),
    as,
    anonymous: await playwrightRequest.newContext({ baseURL }),
    categoryId,
  };
});

test.afterAll(async () => {
  if (world) await Promise.all([...Object.values(world.as), world.anonymous].map((request) => request.dispose()));
  await server?.stop();
});

function call(
  w: World,
  request: APIRequestContext,
  name: string,
  pagePath: string,
  args: ActionArgs,
): Promise<ActionOutcome> {
  const action = w.actions[name];
  if (!action) throw new Error(`no server action ${name} in the build`);
  return callAction(request, w.baseURL, action, pagePath, args);
}

/** Opens a question through the action itself, as the asker's form does; the new ticket's id. */
async function openTicket(w: World, actor: "sekolahA" | "dinasA", subject: string): Promise<string> {
  const outcome = await call(
    w,
    w.as[actor],
    "openTicketAction",
    actor === "sekolahA" ? "/sekolah/tiket/baru" : "/dinas/pertanyaan/baru",
    {
      form: [
        ["categoryId", w.categoryId],
        ["subject", subject],
        ["body", "Pertanyaan untuk uji server action: hanya yang berhak boleh mengubahnya."],
        ["clientKey", crypto.randomUUID()],
      ],
    },
  );
  if (outcome.kind !== "redirect")
    throw new Error(`${actor} could not open a ticket: ${JSON.stringify(outcome).slice(0, 300)}`);
  return outcome.location.split("/").pop() as string;
}

/**
 * What a ticket is, as the supervisor reads it: its conversation, its assignee and its history — the
 * page without the SLA panel, whose "batas dalam 4 jam" moves with the clock.
 */
async function ticketState(w: World, id: string): Promise<string> {
  const text = mainText(await (await w.as.supervisor.get(`/supervisor/tiket/${id}`)).text());
  const sla = text.indexOf("Jam layanan (SLA)");
  const history = text.indexOf("Riwayat tiket");
  if (sla < 0 || history < 0) throw new Error(`ticket ${id}: unexpected page: ${text.slice(0, 200)}`);
  return text.slice(0, sla) + text.slice(history);
}

/** Every ticket, as the supervisor's export lists it (number, status, tier, times of the last message). */
async function allTickets(w: World): Promise<string> {
  return (await w.as.supervisor.get("/api/laporan/tiket?from=2026-01-01&to=2030-12-31")).text();
}

async function pageState(request: APIRequestContext, url: string): Promise<string> {
  return mainText(await (await request.get(url)).text());
}

// ---------------------------------------------------------------------------------------------- matrix

test("every server action by every role, another tenant and no session: only the rightful change anything", async ({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop-1280", "HTTP only: once is enough");
  test.setTimeout(300_000);
  const w = world as World;
  const stamp = Date.now();
  const schoolSubject = `Aksi matriks sekolah ${stamp}`;
  const dinasSubject = `Aksi matriks dinas ${stamp}`;
  const schoolTicket = await openTicket(w, "sekolahA", schoolSubject);
  const dinasTicket = await openTicket(w, "dinasA", dinasSubject);
  const helpdeskPage = await (await w.as.helpdesk.get(`/helpdesk/tiket/${dinasTicket}`)).text();
  const assigneeId = optionValues(helpdeskPage, "assigneeId")[0] ?? "x";

  // Who may do what to each ticket (lib/domain/permissions.ts): school A's question is at its district,
  // district A's own question at the helpdesk. Everyone else must be refused.
  const tickets = [
    {
      id: schoolTicket,
      subject: schoolSubject,
      readers: ["sekolahA", "dinasA", "supervisor"] as Actor[],
      allowed: {
        replyAction: ["sekolahA", "dinasA"],
        forwardAction: ["dinasA"],
        assignAction: [],
        internalNoteAction: [],
        closeAction: ["sekolahA"],
      } as Record<string, Actor[]>,
    },
    {
      id: dinasTicket,
      subject: dinasSubject,
      readers: ["dinasA", "helpdesk", "supervisor"] as Actor[],
      allowed: {
        replyAction: ["dinasA", "helpdesk"],
        forwardAction: [],
        assignAction: ["helpdesk", "supervisor"],
        internalNoteAction: ["helpdesk"],
        closeAction: ["dinasA"],
      } as Record<string, Actor[]>,
    },
  ];
  const inputs: Record<string, (id: string) => FormEntry[]> = {
    replyAction: (id) => [
      ["ticketId", id],
      ["body", "Balasan uji matriks."],
      ["clientKey", crypto.randomUUID()],
    ],
    forwardAction: (id) => [
      ["ticketId", id],
      ["note", "Catatan uji matriks."],
    ],
    assignAction: (id) => [
      ["ticketId", id],
      ["assigneeId", assigneeId],
    ],
    internalNoteAction: (id) => [
      ["ticketId", id],
      ["body", "Catatan internal uji matriks."],
    ],
    closeAction: (id) => [
      ["ticketId", id],
      ["solved", "true"],
    ],
  };

  const problems: string[] = [];
  const expectRefused = (who: string, what: string, outcome: ActionOutcome, codes = REFUSALS) => {
    if (outcome.kind !== "refused" || !codes.includes(outcome.code))
      problems.push(
        `${who} ${what}: ${outcome.kind} ${"code" in outcome ? outcome.code : "detail" in outcome ? outcome.detail : ""}`,
      );
  };
  // Each caller posts to its own role's ticket page (the admin, who has none, and a caller without a
  // session to the school's): the action runs there whatever the page would show.
  const callers: Array<[string, APIRequestContext, string]> = [
    ...ACTORS.map((a) => [a, w.as[a], a === "admin" ? "/sekolah" : HOME[a]] as [string, APIRequestContext, string]),
    ["anonim", w.anonymous, "/sekolah"],
  ];

  for (const ticket of tickets) {
    const before = await ticketState(w, ticket.id);
    for (const [name, input] of Object.entries(inputs)) {
      for (const [who, request, home] of callers) {
        if ((ticket.allowed[name] ?? []).includes(who as Actor)) continue;
        const outcome = await call(w, request, name, `${home}/tiket/${ticket.id}`, { form: input(ticket.id) });
        expectRefused(who, `${name} ${ticket.subject}`, outcome);
        for (const other of tickets) {
          if (!other.readers.includes(who as Actor) && outcome.body.includes(other.subject))
            problems.push(`${who} ${name}: shows "${other.subject}"`);
        }
      }
    }
    if ((await ticketState(w, ticket.id)) !== before) problems.push(`${ticket.subject}: changed by a refused call`);
  }

  // Actions of one role: everyone else is refused, and nothing changes.
  const ticketsBefore = await allTickets(w);
  const categoriesBefore = await pageState(w.as.admin, "/admin/kategori");
  const settingsBefore = await pageState(w.as.admin, "/admin/pengaturan");
  const accountsBefore = await pageState(w.as.admin, "/admin/akun?q=matriks");
  const schoolPath = /href="(\/admin\/sekolah\/(?!impor)[^"?]+)"/.exec(
    await (await w.as.admin.get("/admin/sekolah")).text(),
  )?.[1] as string;
  const schoolForm = formValues(await (await w.as.admin.get(schoolPath)).text());
  const schoolBefore = await pageState(w.as.admin, schoolPath);
  const adminUserId = /href="\/admin\/akun\/([^"?]+)"/.exec(
    await (await w.as.admin.get("/admin/akun?q=helpdesk1")).text(),
  )?.[1] as string;
  const roleActions: Array<{ name: string; path: string; allowed: Actor[]; form: FormEntry[] }> = [
    {
      name: "openTicketAction",
      path: "/sekolah/tiket/baru",
      allowed: ["sekolahA", "sekolahB", "dinasA", "dinasB"],
      form: [
        ["categoryId", w.categoryId],
        ["subject", "Pertanyaan matriks peran"],
        ["body", "Pertanyaan yang tidak boleh dibuat oleh peran ini."],
        ["clientKey", crypto.randomUUID()],
      ],
    },
    {
      name: "recordWalkInAction",
      path: "/helpdesk/loket",
      allowed: ["helpdesk"],
      form: [
        ["npsn", "99000001"],
        ["visitorName", "Pengunjung Matriks"],
        ["categoryId", w.categoryId],
        ["question", "Pertanyaan pengunjung matriks di loket."],
        ["answer", "Dijawab."],
        ["outcome", "RESOLVED"],
        ["clientKey", crypto.randomUUID()],
      ],
    },
    {
      name: "createCategoryAction",
      path: "/admin/kategori",
      allowed: ["admin"],
      form: [
        ["code", "MATRIKS"],
        ["name", "Kategori matriks"],
        ["description", "Tidak boleh dibuat."],
        ["sortOrder", ""],
      ],
    },
    {
      name: "updateCategoryAction",
      path: "/admin/kategori",
      allowed: ["admin"],
      form: [
        ["categoryId", w.categoryId],
        ["name", "Nama diubah matriks"],
        ["description", "x"],
        ["sortOrder", "1"],
      ],
    },
    {
      name: "setCategoryActiveAction",
      path: "/admin/kategori",
      allowed: ["admin"],
      form: [
        ["categoryId", w.categoryId],
        ["active", "false"],
      ],
    },
    {
      name: "saveSettingsAction",
      path: "/admin/pengaturan",
      allowed: ["admin"],
      form: [
        ["escalationMs", "1 hari"],
        ["helpdeskAnswerMs", "1 hari"],
        ["expiryMs", "2 hari"],
        ["attachmentMaxFiles", "1"],
        ["attachmentMaxMb", "1"],
      ],
    },
    {
      name: "createAccountAction",
      path: "/admin/akun/baru",
      allowed: ["admin"],
      form: [
        ["role", "ADMIN"],
        ["username", "matriks.admin"],
        ["displayName", "Admin Matriks"],
      ],
    },
    {
      name: "resetPasswordAction",
      path: "/admin/akun/baru",
      allowed: ["admin"],
      form: [
        ["userId", adminUserId],
        ["confirm", "on"],
      ],
    },
    {
      name: "setAccountActiveAction",
      path: "/admin/akun/baru",
      allowed: ["admin"],
      form: [
        ["userId", adminUserId],
        ["active", "false"],
        ["confirm", "on"],
      ],
    },
    {
      name: "updateSchoolAction",
      path: schoolPath,
      allowed: ["admin"],
      form: Object.entries({ ...schoolForm, name: "Nama Sekolah Diubah Matriks" }),
    },
  ];
  for (const action of roleActions) {
    for (const [who, request] of callers) {
      if (action.allowed.includes(who as Actor)) continue;
      expectRefused(who, action.name, await call(w, request, action.name, action.path, { form: action.form }));
    }
  }
  // The notice dismissal answers nothing (a plain form post): for other roles it must change nothing.
  for (const [who, request] of callers) {
    if (["sekolahA", "sekolahB", "dinasA", "dinasB"].includes(who)) continue;
    const outcome = await call(w, request, "dismissClockNoticesAction", "/sekolah", {
      form: [["upToSeq", "2147483647"]],
      alone: true,
    });
    if (outcome.kind === "failure") problems.push(`${who} dismissClockNoticesAction: ${outcome.detail}`);
  }
  // Without a session, the account's own actions send to the sign-in page or refuse.
  expectRefused(
    "anonim",
    "changePasswordAction",
    await call(w, w.anonymous, "changePasswordAction", "/ganti-password", {
      form: [
        ["currentPassword", "x"],
        ["newPassword", "sandibaru12345"],
        ["confirmPassword", "sandibaru12345"],
      ],
    }),
  );
  for (const name of ["signOutAction", "signOutOtherSessionsAction"]) {
    const outcome = await call(w, w.anonymous, name, "/", { values: [] });
    if (outcome.kind !== "redirect" || !outcome.location.startsWith("/masuk"))
      problems.push(`anonim ${name}: ${outcome.kind}`);
  }

  if ((await allTickets(w)) !== ticketsBefore) problems.push("a refused call changed the tickets");
  if ((await pageState(w.as.admin, "/admin/kategori")) !== categoriesBefore)
    problems.push("a refused call changed the categories");
  if ((await pageState(w.as.admin, "/admin/pengaturan")) !== settingsBefore)
    problems.push("a refused call changed the settings");
  if ((await pageState(w.as.admin, "/admin/akun?q=matriks")) !== accountsBefore)
    problems.push("a refused call created an account");
  if ((await pageState(w.as.admin, schoolPath)) !== schoolBefore) problems.push("a refused call changed the school");
  expect((await signedInRequest(w.baseURL, "helpdesk1")).storageState()).toBeTruthy(); // not reset, not deactivated
  expect(problems).toEqual([]);
});

// ------------------------------------------------------------------------------------------------ fuzz

/** Text a user, a tampered request or a scanner might send in a field. */
const text = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "null",
    "undefined",
    "true",
    "false",
    "on",
    "-1",
    "0",
    "1e309",
    "NaN",
    "$K1",
    "$@0",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "../../etc/passwd",
    "HD-2026-000001",
    "2026-02-30T00:00:00.000Z",
    "33.74",
    "99000001",
  ),
  fc.integer().map(String),
  fc.uuid(),
  fc.nat(12_000).map((n) => "a".repeat(n)),
);

const file: fc.Arbitrary<FormFile> = fc.record({
  name: fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom("", "undefined", "bukti.pdf", "foto.png", "../../x.png", "x.exe", "a".repeat(300)),
  ),
  type: fc.constantFrom(
    "application/pdf",
    "image/png",
    "image/jpeg",
    "text/plain",
    "application/octet-stream",
    "",
    "text/html",
  ),
  bytes: fc.oneof(
    fc.uint8Array({ maxLength: 2_000 }),
    fc.constant(new Uint8Array(Buffer.from("%PDF-1.4\n%%EOF\n"))),
    fc.constant(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  ),
});

/** One field's entries: kept, replaced, left out or sent twice. */
function fieldArbitrary(name: string, value: string): fc.Arbitrary<FormEntry[]> {
  return fc.oneof(
    { weight: 3, arbitrary: text.map<FormEntry[]>((t) => [[name, t]]) },
    { weight: 1, arbitrary: fc.constant<FormEntry[]>([]) },
    {
      weight: 1,
      arbitrary: text.map<FormEntry[]>((t) => [
        [name, value],
        [name, t],
      ]),
    },
  );
}

/**
 * A form built from the rightful one: every field changed at random, or only one (so that the calls
 * also get past the form's checks, to the service and the attachments), maybe with extra fields and files.
 */
function formArbitrary(valid: Record<string, string>, withFiles: boolean): fc.Arbitrary<FormEntry[]> {
  const names = Object.keys(valid);
  const keep = (name: string): FormEntry[] => [[name, valid[name] ?? ""]];
  const everyField = fc
    .tuple(...names.map((name) => fc.oneof(fc.constant(keep(name)), fieldArbitrary(name, valid[name] ?? ""))))
    .map((parts) => parts.flat());
  const oneField =
    names.length === 0
      ? fc.constant<FormEntry[]>([])
      : fc
          .nat(names.length - 1)
          .chain((index) =>
            fieldArbitrary(names[index] as string, valid[names[index] as string] ?? "").map((changed) =>
              names.flatMap((name, i) => (i === index ? changed : keep(name))),
            ),
          );
  const extra = fc.array(
    fc.tuple(
      fc.oneof(
        fc.string({ minLength: 1, maxLength: 12 }),
        fc.constantFrom("lampiran", "__proto__", "constructor", "ticketId"),
      ),
      text,
    ),
    { maxLength: 2 },
  );
  const files = withFiles ? fc.array(file, { maxLength: 3 }) : fc.constant<FormFile[]>([]);
  return fc
    .tuple(fc.oneof(everyField, oneField, fc.constant(names.flatMap(keep))), extra, files)
    .map(([fields, more, attached]) => [
      ...fields,
      ...more.map(([n, v]) => [n, v] as FormEntry),
      ...attached.map((f) => ["lampiran", f] as FormEntry),
    ]);
}

/** Arguments no form sends: none, too many, a text or an object instead of the form. */
const oddArguments: fc.Arbitrary<unknown[]> = fc.oneof(
  fc.constantFrom<unknown[]>(
    [],
    [null],
    [null, "x"],
    [null, {}],
    [null, 5],
    [null, []],
    [null, null],
    [1, 2, 3],
    ["$K1"],
  ),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
);

function argsArbitrary(valid: Record<string, string>, withFiles: boolean, alone = false): fc.Arbitrary<ActionArgs> {
  return fc.oneof(
    { weight: 9, arbitrary: formArbitrary(valid, withFiles).map((form): ActionArgs => ({ form, alone })) },
    { weight: 1, arbitrary: oddArguments.map((values): ActionArgs => ({ values })) },
  );
}

interface FuzzTarget {
  action: string;
  by: Actor;
  path: string;
  valid: Record<string, string>;
  files?: boolean;
  /** A plain `<form action>`: the form is the only argument. */
  alone?: boolean;
  /** What a refused call must leave as it was. */
  state: () => Promise<string>;
}

test("random inputs on every server action: never a server error, and a refusal changes nothing", async ({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop-1280", "HTTP only: once is enough");
  test.setTimeout(600_000);
  const w = world as World;
  const stamp = Date.now();
  const ticket = (actor: "sekolahA" | "dinasA", purpose: string) => openTicket(w, actor, `Fuzz ${purpose} ${stamp}`);
  const [replyTicket, forwardTicket, closeTicket, assignTicket, noteTicket] = await Promise.all([
    ticket("sekolahA", "balas"),
    ticket("sekolahA", "teruskan"),
    ticket("sekolahA", "tutup"),
    ticket("dinasA", "tugaskan"),
    ticket("dinasA", "catatan"),
  ]);
  const assigneeId =
    optionValues(await (await w.as.helpdesk.get(`/helpdesk/tiket/${assignTicket}`)).text(), "assigneeId")[0] ?? "";
  // A category and an account of the fuzz's own, for the actions that change one.
  const created = await call(w, w.as.admin, "createCategoryAction", "/admin/kategori", {
    form: [
      ["code", "FUZZ"],
      ["name", "Kategori uji acak"],
      ["description", "Dibuat oleh uji acak."],
      ["sortOrder", "999"],
    ],
  });
  expect(created.kind, JSON.stringify(created).slice(0, 300)).toBe("done");
  const fuzzCategory = /href="\/admin\/kategori\/([^"?]+)"[^>]*>[^<]*Kategori uji acak/.exec(
    await (await w.as.admin.get("/admin/kategori")).text(),
  )?.[1];
  const account = await call(w, w.as.admin, "createAccountAction", "/admin/akun/baru", {
    form: [
      ["role", "HELPDESK"],
      ["username", "uji.acak"],
      ["displayName", "Akun Uji Acak"],
    ],
  });
  const accountId = account.kind === "done" ? (account.result as { data?: { id?: string } }).data?.id : undefined;
  expect(accountId, JSON.stringify(account).slice(0, 300)).toBeTruthy();
  const schoolPath = /href="(\/admin\/sekolah\/(?!impor)[^"?]+)"/.exec(
    await (await w.as.admin.get("/admin/sekolah?q=Kendal")).text(),
  )?.[1] as string;
  const settingsPath = "/admin/pengaturan";

  const targets: FuzzTarget[] = [
    {
      action: "openTicketAction",
      by: "sekolahA",
      path: "/sekolah/tiket/baru",
      valid: {
        categoryId: w.categoryId,
        subject: "Pertanyaan uji acak",
        body: "Isi pertanyaan uji acak yang cukup panjang.",
        followUpOfId: "",
        clientKey: crypto.randomUUID(),
      },
      files: true,
      state: () => allTickets(w),
    },
    {
      action: "replyAction",
      by: "sekolahA",
      path: `/sekolah/tiket/${replyTicket}`,
      valid: { ticketId: replyTicket, body: "Balasan uji acak.", clientKey: crypto.randomUUID() },
      files: true,
      state: () => ticketState(w, replyTicket),
    },
    {
      action: "forwardAction",
      by: "dinasA",
      path: `/dinas/tiket/${forwardTicket}`,
      valid: { ticketId: forwardTicket, note: "Catatan uji acak." },
      state: () => ticketState(w, forwardTicket),
    },
    {
      action: "closeAction",
      by: "sekolahA",
      path: `/sekolah/tiket/${closeTicket}`,
      valid: { ticketId: closeTicket, solved: "true" },
      state: () => ticketState(w, closeTicket),
    },
    {
      action: "assignAction",
      by: "helpdesk",
      path: `/helpdesk/tiket/${assignTicket}`,
      valid: { ticketId: assignTicket, assigneeId },
      state: () => ticketState(w, assignTicket),
    },
    {
      action: "internalNoteAction",
      by: "helpdesk",
      path: `/helpdesk/tiket/${noteTicket}`,
      valid: { ticketId: noteTicket, body: "Catatan internal uji acak." },
      state: () => ticketState(w, noteTicket),
    },
    {
      action: "dismissClockNoticesAction",
      by: "sekolahA",
      path: "/sekolah",
      valid: { upToSeq: "1" },
      alone: true,
      state: async () => "",
    },
    {
      action: "recordWalkInAction",
      by: "helpdesk",
      path: "/helpdesk/loket",
      valid: {
        npsn: "99000001",
        regencyCode: "",
        visitorName: "Pengunjung Uji",
        visitorPhone: "0812 3456 7890",
        categoryId: w.categoryId,
        subject: "",
        question: "Pertanyaan pengunjung uji acak.",
        answer: "Jawaban di loket.",
        outcome: "RESOLVED",
        clientKey: crypto.randomUUID(),
      },
      state: () => allTickets(w),
    },
    {
      action: "createCategoryAction",
      by: "admin",
      path: "/admin/kategori",
      valid: { code: "FUZZ", name: "Kategori lain", description: "", sortOrder: "" },
      state: () => pageState(w.as.admin, "/admin/kategori"),
    },
    {
      action: "updateCategoryAction",
      by: "admin",
      path: `/admin/kategori/${fuzzCategory}`,
      valid: {
        categoryId: fuzzCategory ?? "",
        name: "Kategori uji acak",
        description: "Dibuat oleh uji acak.",
        sortOrder: "999",
      },
      state: () => pageState(w.as.admin, "/admin/kategori"),
    },
    {
      action: "setCategoryActiveAction",
      by: "admin",
      path: "/admin/kategori",
      valid: { categoryId: fuzzCategory ?? "", active: "false" },
      state: () => pageState(w.as.admin, "/admin/kategori"),
    },
    {
      action: "saveSettingsAction",
      by: "admin",
      path: settingsPath,
      valid: formValues(await (await w.as.admin.get(settingsPath)).text()),
      state: () => pageState(w.as.admin, settingsPath),
    },
    {
      action: "createAccountAction",
      by: "admin",
      path: "/admin/akun/baru",
      valid: {
        role: "HELPDESK",
        username: "uji.acak",
        displayName: "Akun Uji Acak",
        regencyCode: "",
        email: "",
        phone: "",
      },
      state: () => pageState(w.as.admin, "/admin/akun?role=HELPDESK"),
    },
    {
      action: "resetPasswordAction",
      by: "admin",
      path: `/admin/akun/${accountId}`,
      valid: { userId: accountId ?? "", confirm: "on" },
      state: () => pageState(w.as.admin, `/admin/audit?user=uji.acak`),
    },
    {
      action: "setAccountActiveAction",
      by: "admin",
      path: `/admin/akun/${accountId}`,
      valid: { userId: accountId ?? "", active: "false", confirm: "on" },
      state: () => pageState(w.as.admin, `/admin/akun/${accountId}`),
    },
    {
      action: "updateSchoolAction",
      by: "admin",
      path: schoolPath,
      valid: formValues(await (await w.as.admin.get(schoolPath)).text()),
      state: () => pageState(w.as.admin, schoolPath),
    },
    // The current password is never the right one: every call is refused, and the password stays.
    {
      action: "changePasswordAction",
      by: "sekolahB",
      path: "/ganti-password",
      valid: {
        currentPassword: "bukan-sandi-ini",
        newPassword: "sandi-baru-uji-acak",
        confirmPassword: "sandi-baru-uji-acak",
      },
      state: async () => "",
    },
  ];
  // Sign-out takes no input; it is called with random arguments below, on sessions of its own.
  const noInput = ["signOutAction", "signOutOtherSessionsAction"];
  expect([...targets.map((t) => t.action), ...noInput].sort()).toEqual(Object.keys(w.actions).sort());

  const failures: string[] = [];
  for (const target of targets) {
    const request = w.as[target.by];
    // The state is read twice first: a page that changes by itself could not tell a change.
    const tally: Record<string, number> = {};
    let state = await target.state();
    expect(await target.state(), `${target.action}: its state page changes by itself`).toBe(state);
    await fc
      .assert(
        fc.asyncProperty(argsArbitrary(target.valid, target.files ?? false, target.alone), async (args) => {
          const outcome = await call(w, request, target.action, target.path, args);
          tally[outcome.kind === "refused" ? outcome.code : outcome.kind] =
            (tally[outcome.kind === "refused" ? outcome.code : outcome.kind] ?? 0) + 1;
          const shown = JSON.stringify(args, (_, v: unknown) =>
            v instanceof Uint8Array
              ? `<${v.length} bytes>`
              : typeof v === "string" && v.length > 80
                ? `${v.slice(0, 80)}…(${v.length})`
                : v,
          );
          if (outcome.kind === "failure") {
            failures.push(`${target.action} ${shown}: ${outcome.detail}`);
            return false;
          }
          const after = await target.state();
          if (outcome.kind === "refused" && after !== state) {
            failures.push(`${target.action} ${shown}: refused (${outcome.code}) but changed what it refused to change`);
            return false;
          }
          state = after;
          return true;
        }),
        propertyRuns(15),
      )
      .catch(() => undefined); // every failure is listed below, with its input
    console.log(
      `${target.action}: ${Object.entries(tally)
        .map(([kind, n]) => `${n} ${kind}`)
        .join(", ")}`,
    );
  }
  // Refused password changes left the password as it was.
  await (await signedInRequest(w.baseURL, USERNAMES.sekolahB)).dispose();

  for (const name of noInput) {
    await fc
      .assert(
        fc.asyncProperty(argsArbitrary({}, false), async (args) => {
          const session = await signedInRequest(w.baseURL, "helpdesk3");
          const outcome = await call(w, session, name, "/akun", args);
          await session.dispose();
          if (outcome.kind !== "redirect")
            failures.push(`${name} ${JSON.stringify(args).slice(0, 200)}: ${outcome.kind}`);
          return outcome.kind === "redirect";
        }),
        { ...propertyRuns(5), numRuns: 5 },
      )
      .catch(() => undefined);
  }
  expect(failures, REPEAT_WITH).toEqual([]);
});

test("request bodies that are not a call of an action at all: 400, never a server error", async ({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop-1280", "HTTP only: once is enough");
  test.setTimeout(300_000);
  const w = world as World;
  const reply = w.actions.replyAction as ServerAction;
  const headers = { "Next-Action": reply.id, Accept: "text/x-component", Origin: w.baseURL };
  // What a scanner or a broken client sends: text that is not the reply format, a root that is not a
  // list, references to rows that are not there, multipart bodies without or with a broken root row.
  const root = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value)),
    fc.constantFrom(
      "",
      "{{{",
      "5",
      "null",
      '"$Q1"',
      '[null,"$Q1"]',
      '[null,"$@7"]',
      '[null,"$F3"]',
      '[null,"$B2"]',
      '["$h1"]',
      '{"a":1}',
      "[",
      '[null,"$K1"',
    ),
  );
  const body = fc.oneof(
    root.map((text) => ({ kind: "text" as const, text })),
    fc
      .tuple(
        fc.array(
          fc.tuple(
            fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.constantFrom("1", "2", "_1_body", "1_ticketId")),
            fc.string({ maxLength: 30 }),
          ),
          { maxLength: 4 },
        ),
        fc.option(root),
      )
      .map(([fields, zero]) => ({ kind: "multipart" as const, fields, zero })),
  );
  const failures: string[] = [];
  await fc
    .assert(
      fc.asyncProperty(body, async (sent) => {
        let status: number | string;
        try {
          const response =
            sent.kind === "text"
              ? await w.as.sekolahA.post("/sekolah/tiket/baru", {
                  headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" },
                  data: sent.text,
                  maxRedirects: 0,
                })
              : await w.as.sekolahA.post("/sekolah/tiket/baru", {
                  headers,
                  multipart: (() => {
                    const data = new FormData();
                    for (const [name, value] of sent.fields) data.append(name, value);
                    if (sent.zero !== null) data.append("0", sent.zero);
                    return data;
                  })(),
                  maxRedirects: 0,
                });
          await response.body();
          status = response.status();
        } catch (error) {
          status = error instanceof Error ? (error.message.split("\n")[0] ?? "error") : String(error);
        }
        if (typeof status !== "number" || status >= 500)
          failures.push(`${JSON.stringify(sent).slice(0, 200)}: ${status}`);
        return typeof status === "number" && status < 500;
      }),
      { ...propertyRuns(15), numRuns: propertyRuns(15).numRuns * 4 },
    )
    .catch(() => undefined);
  expect(failures, REPEAT_WITH).toEqual([]);
});

// Last in this file: its random sign-in attempts lock the test's address for further sign-ins.
test("random bodies on the route handlers that take one: never a server error", async ({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop-1280", "HTTP only: once is enough");
  test.setTimeout(300_000);
  const w = world as World;
  const origin = { Origin: w.baseURL };
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 5_000 }),
    text.map((t) => new Uint8Array(Buffer.from(t))),
  );
  const jsonish = fc.oneof(
    text,
    fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
    fc
      .record({
        id: fc.oneof(fc.uuid(), text),
        size: fc.oneof(fc.integer(), fc.double(), text),
        dryRun: fc.oneof(fc.boolean(), text),
      })
      .map((v) => JSON.stringify(v)),
  );
  const csrfToken = ((await (await w.anonymous.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
  const requests: Array<{ name: string; send: fc.Arbitrary<{ input: string; run: () => Promise<number> }> }> = [
    {
      name: "POST /api/admin/impor-sekolah/unggah",
      send: fc
        .tuple(fc.oneof(fc.uuid(), text), fc.oneof(fc.nat(10_000_000).map(String), text), bytes)
        .map(([id, offset, body]) => ({
          input: JSON.stringify({ id, offset, bytes: body.length }),
          run: async () => {
            const query = new URLSearchParams({ id, offset }).toString();
            const response = await w.as.admin.post(`/api/admin/impor-sekolah/unggah?${query}`, {
              headers: { ...origin, "Content-Type": "application/octet-stream" },
              data: Buffer.from(body),
            });
            return response.status();
          },
        })),
    },
    {
      name: "POST /api/admin/impor-sekolah/proses",
      send: jsonish.map((body) => ({
        input: body.slice(0, 120),
        run: async () => {
          const response = await w.as.admin.post("/api/admin/impor-sekolah/proses", {
            headers: { ...origin, "Content-Type": "application/json" },
            data: body,
          });
          await response.body();
          return response.status();
        },
      })),
    },
    {
      name: "POST /api/auth/callback/credentials",
      send: fc.tuple(fc.oneof(fc.constant(csrfToken), text), text, text).map(([token, username, password]) => ({
        input: JSON.stringify({ token: token === csrfToken ? "<valid>" : token, username, password }).slice(0, 200),
        run: async () => {
          const response = await w.anonymous.post("/api/auth/callback/credentials", {
            form: { csrfToken: token, username, password },
            maxRedirects: 0,
          });
          return response.status();
        },
      })),
    },
    {
      name: "POST/PUT /api/inngest",
      send: fc
        .tuple(fc.constantFrom("POST", "PUT"), jsonish, fc.oneof(fc.constant(""), text))
        .map(([method, body, query]) => ({
          input: `${method} ${query.slice(0, 40)} ${body.slice(0, 80)}`,
          run: async () => {
            const response = await w.anonymous.fetch(`/api/inngest?fnId=${encodeURIComponent(query)}`, {
              method,
              headers: { "Content-Type": "application/json" },
              data: body,
            });
            return response.status();
          },
        })),
    },
  ];
  const failures: string[] = [];
  for (const target of requests) {
    await fc
      .assert(
        fc.asyncProperty(target.send, async (send) => {
          const status = await send
            .run()
            .catch((error: unknown) =>
              error instanceof Error ? (error.message.split("\n")[0] ?? "error") : String(error),
            );
          if (typeof status !== "number" || status >= 500) failures.push(`${target.name} ${send.input}: ${status}`);
          return typeof status === "number" && status < 500;
        }),
        propertyRuns(15),
      )
      .catch(() => undefined);
  }
  expect(failures, REPEAT_WITH).toEqual([]);
});
