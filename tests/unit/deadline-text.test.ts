import { describe, expect, it } from "vitest";
import { describeDeadline } from "@/lib/domain/deadline-text";
import { formatDateTime, formatSpan } from "@/lib/domain/format-time";
import {
  DEFAULT_DURATIONS,
  openTicket,
  replyToTicket,
  forwardTicket,
  closeTicket,
  expireTicket,
  type Actor,
} from "@/lib/domain";

const school: Actor = { userId: "u-s", role: "SEKOLAH", schoolId: "s1", regencyCode: null };
const dinas: Actor = { userId: "u-d", role: "DINAS", schoolId: null, regencyCode: "73.71" };
// Monday 30 Nov 2026 06:00 UTC = 14.00 WITA.
const T = new Date("2026-11-30T06:00:00Z");
const opened = openTicket(school, { id: "t", regencyCode: "73.71", schoolId: "s1", body: "Sinkron gagal" }, T);
if (!opened.ok) throw new Error(opened.message);

describe("deadline in words", () => {
  it("formats id-ID dates in the viewer's zone with its label", () => {
    expect(formatDateTime(T, "Asia/Makassar")).toBe("Senin, 30 November 2026 pukul 14.00 WITA");
    expect(formatDateTime(T, "Asia/Jakarta")).toBe("Senin, 30 November 2026 pukul 13.00 WIB");
    expect(formatDateTime(T, "Asia/Jayapura")).toBe("Senin, 30 November 2026 pukul 15.00 WIT");
  });

  it("tells the school when the dinas must answer and what happens after", () => {
    expect(describeDeadline(opened.ticket, DEFAULT_DURATIONS, "ASKER", "Asia/Makassar")).toBe(
      "Dinas menjawab paling lambat Kamis, 3 Desember 2026 pukul 14.00 WITA, setelah itu diteruskan ke Helpdesk.",
    );
  });

  it("tells the asker an answered ticket waits for them, and until when", () => {
    const answered = replyToTicket(opened.ticket, dinas, "Coba sinkron malam hari", new Date(T.getTime() + 3_600_000));
    if (!answered.ok) throw new Error(answered.message);
    const text = describeDeadline(answered.ticket, DEFAULT_DURATIONS, "ASKER", "Asia/Makassar");
    expect(text).toContain("Menunggu tanggapan Anda");
    expect(text).toContain("Senin, 7 Desember 2026 pukul 15.00 WITA");
    expect(text).toContain("diteruskan ke Helpdesk");
  });

  it("names the helpdesk's answer deadline once forwarded", () => {
    const forwarded = forwardTicket(opened.ticket, dinas, "Mohon dicek server", T);
    if (!forwarded.ok) throw new Error(forwarded.message);
    expect(describeDeadline(forwarded.ticket, DEFAULT_DURATIONS, "ASKER", "Asia/Jakarta")).toBe(
      "Tim Helpdesk menjawab paling lambat Kamis, 3 Desember 2026 pukul 13.00 WIB.",
    );
  });

  it("says how and when a ticket ended", () => {
    const closed = closeTicket(opened.ticket, school, T);
    if (!closed.ok) throw new Error(closed.message);
    expect(describeDeadline(closed.ticket, DEFAULT_DURATIONS, "ASKER", "Asia/Jakarta")).toMatch(
      /^Tiket ditutup oleh penanya pada Senin/,
    );
    const expired = expireTicket(opened.ticket, new Date(T.getTime() + DEFAULT_DURATIONS.expiryMs), DEFAULT_DURATIONS);
    if (!expired.ok) throw new Error(expired.message);
    expect(describeDeadline(expired.ticket, DEFAULT_DURATIONS, "ASKER", "Asia/Jakarta")).toContain(
      "7 hari tanpa jawaban dari petugas",
    );
  });

  it("renders spans with the two largest units", () => {
    expect(formatSpan(2 * 86_400_000 + 3 * 3_600_000 + 5 * 60_000)).toBe("2 hari 3 jam");
    expect(formatSpan(45 * 60_000)).toBe("45 menit");
    expect(formatSpan(10_000)).toBe("kurang dari 1 menit");
  });
});
