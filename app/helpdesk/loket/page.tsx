import { firstParam } from "@/lib/shared/search-params";
import type { Metadata } from "next";
import { RecordedNotice } from "@/components/counter/recorded-notice";
import { RegencyPickerForm, SchoolSearchForm } from "@/components/counter/school-search-form";
import { SchoolResults } from "@/components/counter/school-results";
import { VisitorCard, type CounterVisitor } from "@/components/counter/visitor-card";
import { WalkInForm } from "@/components/counter/walk-in-form";
import { Container } from "@/components/ui/container";
import { recordWalkInAction } from "@/lib/actions/counter-actions";
import { normalizeNpsn } from "@/lib/domain/npsn";
import { listRegencyOptions } from "@/lib/server/admin";
import { requireRole } from "@/lib/server/auth";
import { listActiveCategories } from "@/lib/server/tickets/categories";
import { getPrisma } from "@/lib/server/database";
import { findRegency, findSchoolByNpsn, searchSchoolsForCounter } from "@/lib/server/schools";
import { getTicketService } from "@/lib/server/tickets/ticket-service";
import { QUESTION_MIN, SUBJECT_MAX, SUBJECT_MIN, TEXT_MAX } from "@/lib/shared/ticket-input";

export const metadata: Metadata = { title: "Loket ULT" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The visitor chosen in the URL (?npsn= or ?kab=), if it is one the counter may record for. */
async function visitorOf(npsn: string | undefined, kab: string | undefined): Promise<CounterVisitor | null> {
  const prisma = getPrisma();
  if (npsn) {
    const school = await findSchoolByNpsn(prisma, npsn);
    return school?.isActive ? { kind: "SEKOLAH", school } : null;
  }
  const regency = await findRegency(prisma, kab);
  return regency ? { kind: "DINAS", regency } : null;
}

// The ULT counter: find the visitor, record the visit, see the number. Searching is plain GET forms.
export default async function CounterPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireRole("HELPDESK");
  const params = await searchParams;
  const recordedId = firstParam(params.tercatat);
  const query = firstParam(params.q);
  // A complete NPSN typed in the search box goes straight to the form: one step less at the counter.
  const npsn = firstParam(params.npsn) ?? (query && normalizeNpsn(query) ? query : undefined);
  const visitor = await visitorOf(npsn, firstParam(params.kab));
  const recorded = recordedId ? await getTicketService().getTicketForActor(user.actor, recordedId) : null;

  return (
    <Container className="space-y-6 py-6">
      <div>
        <h1 className="text-2xl font-bold text-brand-800">Loket ULT</h1>
        <p className="text-muted">
          Catat kunjungan operator sekolah atau Dinas Pendidikan yang datang langsung ke Unit Layanan Terpadu.
        </p>
      </div>
      {recorded && <RecordedNotice ticket={recorded} />}
      {visitor ? (
        <VisitForm visitor={visitor} />
      ) : (
        <FindVisitor query={query} isInvalidChoice={Boolean(params.npsn ?? params.kab)} />
      )}
    </Container>
  );
}

async function VisitForm({ visitor }: { visitor: CounterVisitor }) {
  const categories = await listActiveCategories(getPrisma());
  return (
    <>
      <VisitorCard visitor={visitor} />
      <section aria-labelledby="catat" className="space-y-4 rounded-lg border border-line bg-white p-4">
        <h2 id="catat" className="text-xl font-bold text-brand-800">
          Catat kunjungan
        </h2>
        <WalkInForm
          action={recordWalkInAction}
          visitor={visitor.kind === "SEKOLAH" ? { npsn: visitor.school.npsn } : { regencyCode: visitor.regency.code }}
          categories={categories}
          limits={{ subjectMin: SUBJECT_MIN, subjectMax: SUBJECT_MAX, questionMin: QUESTION_MIN, textMax: TEXT_MAX }}
        />
      </section>
    </>
  );
}

async function FindVisitor({ query, isInvalidChoice }: { query: string | undefined; isInvalidChoice: boolean }) {
  const prisma = getPrisma();
  const [search, provinces] = await Promise.all([searchSchoolsForCounter(prisma, query), listRegencyOptions(prisma)]);
  return (
    <>
      {isInvalidChoice && (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-red-800">
          Pengunjung yang dipilih tidak ditemukan atau satuan pendidikannya tidak aktif. Cari kembali.
        </p>
      )}
      <section aria-labelledby="cari-sekolah" className="space-y-4 rounded-lg border border-line bg-white p-4">
        <h2 id="cari-sekolah" className="text-xl font-bold text-brand-800">
          Pengunjung dari satuan pendidikan
        </h2>
        <SchoolSearchForm query={search.query} />
        <SchoolResults search={search} />
      </section>
      <section aria-labelledby="pilih-dinas" className="space-y-4 rounded-lg border border-line bg-white p-4">
        <h2 id="pilih-dinas" className="text-xl font-bold text-brand-800">
          Pengunjung dari Dinas Pendidikan kabupaten/kota
        </h2>
        <RegencyPickerForm provinces={provinces} />
      </section>
    </>
  );
}
