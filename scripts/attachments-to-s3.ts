// Copies the attachment files from the folder (ATTACHMENT_DIR) to object storage (S3_BUCKET and the
// other S3_* variables; see README "Running in production"):
//   npm run attachments:to-s3            copy (the folder keeps its files)
//   npm run attachments:to-s3 -- --hapus copy, then remove each file from the folder once it is in the bucket
// Safe to run again: files already in the bucket with the same size are skipped.
import { createFolderStore, createS3Store } from "@/lib/server/attachments/file-store";
import { moveStore } from "@/lib/server/attachments/move-store";
import { getAttachmentDir, getS3Settings } from "@/lib/server/config";

const settings = getS3Settings();
if (!settings) {
  console.error(
    "S3_BUCKET belum diisi: isi S3_BUCKET, S3_ENDPOINT (selain AWS), S3_ACCESS_KEY_ID dan S3_SECRET_ACCESS_KEY, lalu jalankan lagi.",
  );
  process.exit(1);
}
const removeFromSource = process.argv.includes("--hapus");
const source = createFolderStore(getAttachmentDir());
const target = createS3Store(settings);
console.log(
  `Memindahkan lampiran dari ${source.description} ke ${target.description}${removeFromSource ? " (berkas di folder dihapus setelah tersalin)" : ""}…`,
);
const report = await moveStore(source, target, {
  removeFromSource,
  onFile: (_name, done) => {
    if (done % 1000 === 0) console.log(`  ${done.toLocaleString("id-ID")} berkas…`);
  },
});
console.log(
  `Selesai: ${report.copied} disalin, ${report.alreadyThere} sudah ada di bucket, ${report.removedFromSource} dihapus dari folder, ${report.failed.length} gagal.`,
);
for (const failure of report.failed.slice(0, 20)) console.error(`  gagal: ${failure.name}: ${failure.reason}`);
if (report.failed.length > 0) process.exit(1);
