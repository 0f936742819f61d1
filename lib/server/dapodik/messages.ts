// The sentences a school operator reads when Dapodik sign-in fails. Fixed text only: raw error
// messages (ECONNREFUSED, stack traces, upstream HTML) go to `detail` for the log, never here.
import "server-only";

const TRY_AGAIN = "Coba lagi beberapa saat lagi; jika berulang, hubungi Dinas Pendidikan kabupaten/kota Anda.";

export const DAPODIK_MESSAGES = {
  // Same sentence for an unknown user and a wrong password, so the page does not reveal which accounts exist.
  refused: "Nama pengguna atau kata sandi salah.",
  unreachable: `Layanan Dapodik tidak dapat dihubungi saat ini. ${TRY_AGAIN}`,
  invalidResponse: `Layanan Dapodik memberikan jawaban yang tidak dapat dibaca. ${TRY_AGAIN}`,
  timeout: (timeoutMs: number) =>
    `Layanan Dapodik tidak menjawab dalam ${formatSeconds(timeoutMs)} detik. ${TRY_AGAIN}`,
} as const;

/** 5000 → "5", 2500 → "2,5", 300 → "0,3": Indonesian writes the decimal separator as a comma. */
export function formatSeconds(ms: number): string {
  const tenths = Math.max(1, Math.round(ms / 100));
  return tenths % 10 === 0 ? String(tenths / 10) : `${Math.floor(tenths / 10)},${tenths % 10}`;
}
