// Demo tickets in every state and tier. Each ticket is played through the real domain transitions
// (with the clocks applied as a sweep would), so its history, messages and timestamps are consistent.
import crypto from "node:crypto";
import {
  addInternalNote,
  assignTicket,
  closeTicket,
  computeDeadlines,
  nextDeadlineAt,
  forwardTicket,
  formatTicketNumber,
  openTicket,
  openWalkInTicket,
  replyToTicket,
  runDueClockTransitions,
  type Actor,
  type ClockDurations,
  type MessageDraft,
  type TicketEventDraft,
  type TicketSnapshot,
  type TransitionResult,
} from "@/lib/domain";
import type { PrismaClient } from "@/lib/server/generated/prisma/client";
import type { Random } from "./random";
import { DEMO_REGENCIES } from "./schools";
import { DINAS_SUBJECTS, SCHOOL_SUBJECTS, type DemoSubject } from "./subjects";
import type { DemoUsers } from "./users";

const HOUR = 3_600_000;

type Step = "handlerReply" | "askerReply" | "forward" | "assign" | "note" | "close";

interface Script {
  /** How long ago the ticket was opened, in hours [min, max]. */
  ageHours: [number, number];
  /** Steps at hours after opening. */
  steps: [number, Step][];
  weight: number;
}

// Named after what the demo user will see; the clocks decide escalation and expiry on their own.
const SCHOOL_SCRIPTS: Record<string, Script> = {
  fresh: { ageHours: [0.2, 40], steps: [], weight: 5 },
  answeredByDinas: { ageHours: [6, 60], steps: [[3, "handlerReply"]], weight: 4 },
  askerFollowedUp: {
    ageHours: [12, 65],
    steps: [
      [3, "handlerReply"],
      [8, "askerReply"],
    ],
    weight: 3,
  },
  closed: {
    ageHours: [30, 40 * 24],
    steps: [
      [4, "handlerReply"],
      [9, "close"],
    ],
    weight: 5,
  },
  forwarded: { ageHours: [10, 60], steps: [[5, "forward"]], weight: 3 },
  forwardedAnswered: {
    ageHours: [30, 70],
    steps: [
      [3, "forward"],
      [6, "assign"],
      [7, "note"],
      [9, "handlerReply"],
    ],
    weight: 3,
  },
  escalated: { ageHours: [74, 140], steps: [], weight: 3 },
  escalatedAssigned: { ageHours: [80, 150], steps: [[73, "assign"]], weight: 2 },
  expiredNoResponse: { ageHours: [8 * 24, 25 * 24], steps: [], weight: 2 },
  expiredAskerSilent: { ageHours: [8 * 24, 25 * 24], steps: [[5, "handlerReply"]], weight: 2 },
  escalatedThenClosed: {
    ageHours: [5 * 24, 30 * 24],
    steps: [
      [74, "assign"],
      [76, "handlerReply"],
      [80, "close"],
    ],
    weight: 2,
  },
};

const DINAS_SCRIPTS: Record<string, Script> = {
  fresh: { ageHours: [0.5, 50], steps: [], weight: 3 },
  answered: {
    ageHours: [10, 60],
    steps: [
      [2, "assign"],
      [6, "handlerReply"],
    ],
    weight: 3,
  },
  closed: {
    ageHours: [3 * 24, 30 * 24],
    steps: [
      [2, "assign"],
      [20, "handlerReply"],
      [26, "close"],
    ],
    weight: 3,
  },
  breached: { ageHours: [74, 150], steps: [], weight: 2 },
  answeredLate: { ageHours: [5 * 24, 6.5 * 24], steps: [[90, "handlerReply"]], weight: 1 },
  expired: { ageHours: [8 * 24, 20 * 24], steps: [], weight: 1 },
};

interface PlayedTicket {
  ticket: TicketSnapshot;
  subject: DemoSubject;
  askerId: string;
  events: TicketEventDraft[];
  messages: MessageDraft[];
  visitorName?: string;
}

export interface SeedTicketOptions {
  now: Date;
  durations: ClockDurations;
  random: Random;
  users: DemoUsers;
  categories: Map<string, string>;
}

export async function seedTickets(prisma: PrismaClient, options: SeedTicketOptions): Promise<number> {
  const tickets = (await planTickets(prisma, options)).sort(
    (a, b) => a.ticket.openedAt.getTime() - b.ticket.openedAt.getTime(),
  );
  const seqByYear = new Map<number, number>();
  const numbered = tickets.map((t) => {
    const year = t.ticket.openedAt.getUTCFullYear();
    const seq = (seqByYear.get(year) ?? 0) + 1;
    seqByYear.set(year, seq);
    return { ...t, number: formatTicketNumber(year, seq) };
  });
  await prisma.ticket.createMany({
    data: numbered.map(({ ticket, subject, askerId, number, visitorName }) => ({
      ...ticket,
      nextDeadlineAt: nextDeadlineAt(ticket, options.durations),
      number,
      subject: subject.subject,
      categoryId: options.categories.get(subject.category) as string,
      askerId,
      visitorName: visitorName ?? null,
      // The demo askers who closed their tickets said the problem was solved.
      solved: ticket.endReason === "CLOSED_BY_ASKER" ? true : null,
    })),
  });
  await prisma.message.createMany({
    data: numbered.flatMap(({ ticket, messages }) =>
      messages.map((m) => ({
        ticketId: ticket.id,
        authorId: m.authorId,
        authorSide: m.authorSide ?? null,
        kind: m.kind,
        body: m.body,
        createdAt: m.at,
      })),
    ),
  });
  await prisma.ticketEvent.createMany({
    data: numbered.flatMap(({ ticket, events }) =>
      events.map((e) => ({
        ticketId: ticket.id,
        type: e.type,
        actorId: e.actorId,
        at: e.at,
        fromState: e.fromState,
        toState: e.toState,
        fromTier: e.fromTier,
        toTier: e.toTier,
        detail: e.detail ?? undefined,
      })),
    ),
  });
  // The clock seqs the notices read (as ticket-store.ts markClockEvents writes them for one ticket).
  await prisma.$executeRaw`
    UPDATE "Ticket" t SET "escalatedEventSeq" = e."escalated", "expiredEventSeq" = e."expired"
    FROM (
      SELECT "ticketId", max("seq") FILTER (WHERE "type" = 'ESCALATED') AS "escalated", max("seq") FILTER (WHERE "type" = 'EXPIRED') AS "expired"
      FROM "TicketEvent" WHERE "type" IN ('ESCALATED', 'EXPIRED') GROUP BY "ticketId"
    ) e
    WHERE t."id" = e."ticketId"`;
  for (const [year, lastSeq] of seqByYear) {
    await prisma.ticketCounter.upsert({ where: { year }, create: { year, lastSeq }, update: { lastSeq } });
  }
  return numbered.length;
}

async function planTickets(prisma: PrismaClient, options: SeedTicketOptions): Promise<PlayedTicket[]> {
  const { random, users } = options;
  const schools = await prisma.school.findMany({ select: { id: true, regencyCode: true }, orderBy: { npsn: "asc" } });
  const played: PlayedTicket[] = [];
  for (const regency of DEMO_REGENCIES) {
    const regencySchools = schools.filter((s) => s.regencyCode === regency.code);
    const dinasIds = users.dinas.get(regency.code) ?? [];
    // Kota Semarang (the main demo district) gets the richest inbox; its first school the richest list.
    const schoolTicketCount =
      regency.slug === "semarang" ? 40 : regency.slug === "kendal" || regency.slug === "makassar" ? 16 : 8;
    for (let i = 0; i < schoolTicketCount; i++) {
      const school = i < 12 ? regencySchools[0] : random.pick(regencySchools);
      if (!school) continue;
      const script = i < 11 ? Object.values(SCHOOL_SCRIPTS)[i] : pickScript(SCHOOL_SCRIPTS, random);
      const asker: Actor = {
        userId: users.sekolah.get(school.id) as string,
        role: "SEKOLAH",
        schoolId: school.id,
        regencyCode: null,
      };
      const handler: Actor = {
        userId: random.pick(dinasIds),
        role: "DINAS",
        schoolId: null,
        regencyCode: regency.code,
      };
      played.push(
        play(
          {
            asker,
            handler,
            regencyCode: regency.code,
            schoolId: school.id,
            script: script as Script,
            subject: random.pick(SCHOOL_SUBJECTS),
          },
          options,
        ),
      );
    }
    const dinasTicketCount = regency.slug === "semarang" ? 8 : 2;
    for (let i = 0; i < dinasTicketCount && dinasIds.length; i++) {
      const script =
        i < 6 && regency.slug === "semarang" ? Object.values(DINAS_SCRIPTS)[i] : pickScript(DINAS_SCRIPTS, random);
      const asker: Actor = { userId: random.pick(dinasIds), role: "DINAS", schoolId: null, regencyCode: regency.code };
      played.push(
        play(
          {
            asker,
            handler: null,
            regencyCode: regency.code,
            schoolId: null,
            script: script as Script,
            subject: random.pick(DINAS_SUBJECTS),
          },
          options,
        ),
      );
    }
  }
  played.push(...playWalkIns(schools.slice(0, 6), options));
  return played;
}

function pickScript(scripts: Record<string, Script>, random: Random): Script {
  const all = Object.values(scripts);
  let roll = random.next() * all.reduce((sum, s) => sum + s.weight, 0);
  for (const script of all) {
    roll -= script.weight;
    if (roll < 0) return script;
  }
  return all[0] as Script;
}

interface PlayInput {
  asker: Actor;
  handler: Actor | null;
  regencyCode: string;
  schoolId: string | null;
  script: Script;
  subject: DemoSubject;
}

function play(input: PlayInput, options: SeedTicketOptions): PlayedTicket {
  const { now, durations, random, users } = options;
  const ageMs =
    (input.script.ageHours[0] + random.next() * (input.script.ageHours[1] - input.script.ageHours[0])) * HOUR;
  const openedAt = new Date(now.getTime() - ageMs);
  const events: TicketEventDraft[] = [];
  const messages: MessageDraft[] = [];
  const take = (result: TransitionResult): TicketSnapshot | null => {
    if (!result.ok) return null;
    events.push(...result.events);
    messages.push(...result.messages);
    return result.ticket;
  };
  let ticket = take(
    openTicket(
      input.asker,
      {
        id: crypto.randomUUID(),
        regencyCode: input.regencyCode,
        schoolId: input.schoolId,
        body: input.subject.question,
      },
      openedAt,
    ),
  );
  if (!ticket) throw new Error(`demo ticket could not be opened: ${input.subject.subject}`);
  const helpdesk: Actor = { userId: random.pick(users.helpdesk), role: "HELPDESK", schoolId: null, regencyCode: null };
  // Like a punctual sweep: every clock fires at its own deadline, in order, up to `until`.
  const applyClocks = (until: Date) => {
    for (let next = computeDeadlines(ticket as TicketSnapshot, durations).next; next && next.at <= until;) {
      const due = runDueClockTransitions(ticket as TicketSnapshot, next.at, durations);
      if (!due) break;
      ticket = take(due) ?? ticket;
      next = computeDeadlines(ticket as TicketSnapshot, durations).next;
    }
  };
  for (const [hours, step] of input.script.steps) {
    const at = new Date(openedAt.getTime() + hours * HOUR);
    if (at > now) break;
    applyClocks(at);
    const current: TicketSnapshot = ticket;
    const handler = current.tier === "DINAS" ? input.handler : helpdesk;
    let result: TransitionResult | null = null;
    if (step === "handlerReply" && handler) result = replyToTicket(current, handler, input.subject.answer, at);
    if (step === "askerReply")
      result = replyToTicket(
        current,
        input.asker,
        "Terima kasih, sudah kami coba tetapi masih muncul pesan yang sama. Mohon petunjuk lanjutan.",
        at,
      );
    if (step === "forward" && input.handler)
      result = forwardTicket(
        current,
        input.handler,
        "Sudah kami coba reset dan cek prefill, masalah masih ada. Mohon dicek di server pusat.",
        at,
      );
    if (step === "assign") result = assignTicket(current, helpdesk, helpdesk.userId, at);
    if (step === "note")
      result = addInternalNote(current, helpdesk, "Cek log sinkron lembaga ini di server pusat sebelum menjawab.", at);
    if (step === "close") result = closeTicket(current, input.asker, at, true);
    if (result) ticket = take(result) ?? current;
  }
  applyClocks(now);
  return { ticket, subject: input.subject, askerId: input.asker.userId, events, messages };
}

function playWalkIns(schools: { id: string; regencyCode: string }[], options: SeedTicketOptions): PlayedTicket[] {
  const { now, users, random } = options;
  const helpdesk: Actor = { userId: users.helpdesk[0] as string, role: "HELPDESK", schoolId: null, regencyCode: null };
  return schools.map((school, index) => {
    const subject = SCHOOL_SUBJECTS[(index * 5) % SCHOOL_SUBJECTS.length] as DemoSubject;
    const resolvedAtCounter = index % 2 === 0;
    const at = new Date(now.getTime() - (2 + index * 9) * HOUR);
    const result = openWalkInTicket(
      helpdesk,
      {
        id: crypto.randomUUID(),
        askerType: "SEKOLAH",
        schoolId: school.id,
        regencyCode: school.regencyCode,
        question: subject.question,
        answer: resolvedAtCounter ? subject.answer : null,
        resolvedAtCounter,
      },
      at,
    );
    if (!result.ok) throw new Error(`walk-in demo ticket refused: ${result.message}`);
    return {
      ticket: result.ticket,
      subject,
      // As at the counter (lib/server/tickets/open-walk-in.ts): the staff member who recorded the visit.
      askerId: helpdesk.userId,
      events: result.events,
      messages: result.messages,
      visitorName: random.pick(["Ibu Suparmi", "Bapak Sutrisno", "Ibu Sumiyati", "Bunda Endah"]),
    };
  });
}
