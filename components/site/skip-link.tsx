export const MAIN_CONTENT_ID = "konten-utama";

/** Hidden until focused, so keyboard users can jump past the header. */
export function SkipLink() {
  return (
    <a
      href={`#${MAIN_CONTENT_ID}`}
      className="fixed top-3 left-3 z-50 -translate-y-[200%] rounded-lg bg-brand-700 px-4 py-3 font-semibold text-white shadow-lg focus:translate-y-0"
    >
      Lewati ke konten utama
    </a>
  );
}
