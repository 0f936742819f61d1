// The audit log in words an administrator reads: each action and each detail field in Indonesian.
import { ROLE_LABEL } from "@/lib/domain/roles";
import { ROLES, type Role } from "@/lib/domain/types";
import type { AuditAction } from "@/lib/shared/audit-actions";

export const AUDIT_ACTION_LABEL: Record<AuditAction, string> = {
  SIGN_IN: "Masuk",
  SIGN_IN_FAILED: "Gagal masuk",
  SIGN_IN_THROTTLED: "Masuk ditahan (terlalu banyak percobaan)",
  SIGN_OUT: "Keluar",
  SIGN_OUT_OTHER_SESSIONS: "Keluar dari perangkat lain",
  PASSWORD_CHANGED: "Kata sandi diganti oleh pemilik",
  PASSWORD_CHANGE_FAILED: "Ganti kata sandi gagal",
  PASSWORD_RESET: "Kata sandi diatur ulang oleh admin",
  ACCOUNT_CREATED: "Akun dibuat",
  ACCOUNT_UPDATED: "Akun diubah",
  ACCOUNT_DEACTIVATED: "Akun dinonaktifkan",
  ACCOUNT_REACTIVATED: "Akun diaktifkan kembali",
  DAPODIK_ACCOUNT_LINKED: "Akun Dapodik terhubung (masuk pertama kali)",
  CATEGORY_CREATED: "Kategori ditambahkan",
  CATEGORY_UPDATED: "Kategori diubah",
  CATEGORY_RETIRED: "Kategori dipensiunkan",
  CATEGORY_REACTIVATED: "Kategori diaktifkan kembali",
  SETTINGS_UPDATED: "Pengaturan diubah",
};

/** An entry written by a newer version may carry an action this one does not know: show it as is. */
export function auditActionLabel(action: string): string {
  return (AUDIT_ACTION_LABEL as Record<string, string | undefined>)[action] ?? action;
}

const REASON_LABEL: Record<string, string> = {
  credentials: "nama pengguna atau kata sandi salah",
  inactive: "akun nonaktif",
  wrong_current_password: "kata sandi lama salah",
  throttled: "ditahan: terlalu banyak percobaan",
  npsn_unknown: "NPSN belum terdaftar di Helpdesk",
  "dapodik:UNREACHABLE": "layanan Dapodik tidak dapat dihubungi",
  "dapodik:TIMEOUT": "layanan Dapodik tidak menjawab tepat waktu",
  "dapodik:INVALID_RESPONSE": "jawaban layanan Dapodik tidak dapat dibaca",
};

const DETAIL_LABEL: Record<string, string> = {
  reason: "Alasan",
  role: "Peran",
  regencyCode: "Kode kab/kota",
  npsn: "NPSN",
  code: "Kode kategori",
  name: "Nama",
  description: "Deskripsi",
  sortOrder: "Urutan",
  escalationMs: "Batas eskalasi",
  helpdeskAnswerMs: "Target jawab helpdesk",
  expiryMs: "Batas kedaluwarsa",
  attachmentMaxFiles: "Lampiran per pesan",
  attachmentMaxMb: "Ukuran lampiran maksimum",
  sessions: "Sesi diakhiri",
};

function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

function detailValue(key: string, value: string | number | boolean): string {
  if (key === "reason" && typeof value === "string") return REASON_LABEL[value] ?? value;
  if (key === "role" && isRole(value)) return ROLE_LABEL[value];
  if (typeof value === "boolean") return value ? "ya" : "tidak";
  return String(value);
}

/** The entry's detail as label–value pairs; empty values are left out. */
export function describeAuditDetail(
  detail: Record<string, string | number | boolean | null>,
): { label: string; value: string }[] {
  return Object.entries(detail).flatMap(([key, value]) =>
    value === null || value === "" ? [] : [{ label: DETAIL_LABEL[key] ?? key, value: detailValue(key, value) }],
  );
}
