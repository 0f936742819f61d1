function ButtonLabel({ children }: { children: string }) {
  return (
    <span className="inline-block rounded-md border border-brand-700 bg-white px-2 py-0.5 font-semibold whitespace-nowrap text-brand-800">
      {children}
    </span>
  );
}

/** Explains the one-tap answer buttons: closing early is what keeps a solved ticket from escalating. */
export function AnswerButtonsNote() {
  return (
    <div className="mt-6 rounded-xl border border-brand-200 bg-brand-50 p-5">
      <p className="font-semibold text-brand-900">
        Setiap jawaban dilengkapi tombol <ButtonLabel>Ya, masalah selesai</ButtonLabel> dan{" "}
        <ButtonLabel>Belum</ButtonLabel>
      </p>
      <p className="mt-2 text-ink">
        Pilih &ldquo;Ya, masalah selesai&rdquo; bila masalah sudah beres: tiket ditutup dan tidak perlu diteruskan.
        Pilih &ldquo;Belum&rdquo; bila Anda masih butuh bantuan; tanya jawab berlanjut.
      </p>
    </div>
  );
}
