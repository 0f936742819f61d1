// In the browser, before upload: a phone photo of 4000 × 3000 px and 6 MB becomes ~1600 px and a few
// hundred KB, so a school on a slow connection is not sending megabytes. Screenshots (PNG) are left
// alone unless they are large: their text must stay sharp.

/** Longest side after reduction, in pixels. */
export const REDUCED_SIZE = 1600;
/** Files at or below this size (and REDUCED_SIZE) are sent as they are. */
const SMALL_ENOUGH_BYTES = 1024 * 1024;
const JPEG_QUALITY = 0.85;
const REDUCIBLE = new Set(["image/jpeg", "image/png", "image/webp"]);

function renamedAsJpeg(name: string): string {
  const base = name.replace(/\.[^.]*$/, "") || "foto";
  return `${base}.jpg`;
}

/** The reduced file, or the original when it is small already, not an image, or cannot be decoded here. */
export async function reduceImage(file: File): Promise<File> {
  if (!REDUCIBLE.has(file.type) || typeof createImageBitmap !== "function") return file;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  } catch {
    return file; // not decodable in this browser: the server decides
  }
  try {
    const longest = Math.max(bitmap.width, bitmap.height);
    if (file.size <= SMALL_ENOUGH_BYTES && longest <= REDUCED_SIZE) return file;
    const scale = Math.min(1, REDUCED_SIZE / longest);
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext("2d");
    if (!context) return file;
    // JPEG has no transparency: a transparent screenshot gets a white page, not a black one.
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, width, height);
    context.drawImage(bitmap, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", JPEG_QUALITY));
    if (!blob || blob.size >= file.size) return file;
    return new File([blob], renamedAsJpeg(file.name), { type: "image/jpeg", lastModified: file.lastModified });
  } finally {
    bitmap.close();
  }
}
