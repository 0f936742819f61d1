import type { SettingKey } from "@/lib/domain/settings";
import type { SettingSource } from "@/lib/domain/settings";

/** Each setting in the admin's words: its name, what it does, and how to write it. */
export const SETTING_TEXT: Record<SettingKey, { label: string; meaning: string; inputHint: string }> = {
  escalationMs: {
    label: "Batas eskalasi",
    meaning: "Tiket sekolah yang masih di dinas selama ini sejak dibuat diteruskan otomatis ke helpdesk.",
    inputHint: "Contoh: 3d (3 hari), 72h (72 jam), 90m (90 menit); 1 menit sampai 30 hari.",
  },
  helpdeskAnswerMs: {
    label: "Target jawab helpdesk",
    meaning:
      "Helpdesk harus menjawab dalam waktu ini sejak tiket sampai di helpdesk; pelanggarannya dicatat untuk supervisor.",
    inputHint: "Contoh: 3d, 48h; 1 menit sampai 30 hari.",
  },
  expiryMs: {
    label: "Batas kedaluwarsa",
    meaning: "Tiket tanpa pesan publik selama ini berakhir otomatis. Harus lebih lama dari batas eskalasi.",
    inputHint: "Contoh: 7d, 10d; 1 menit sampai 30 hari, lebih lama dari batas eskalasi.",
  },
  attachmentMaxFiles: {
    label: "Lampiran per pesan",
    meaning: "Jumlah berkas paling banyak pada satu pesan (0 = lampiran tidak diterima).",
    inputHint: "Bilangan bulat 0 sampai 10.",
  },
  attachmentMaxMb: {
    label: "Ukuran maksimum per lampiran (MB)",
    meaning: "Ukuran paling besar satu berkas lampiran.",
    inputHint: "Angka 0,1 sampai 20, mis. 5 atau 2,5.",
  },
};

export const SOURCE_TEXT: Record<SettingSource, string> = {
  admin: "Diatur admin",
  env: "Variabel lingkungan",
  default: "Nilai bawaan",
};
