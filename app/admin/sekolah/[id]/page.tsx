import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { DetailRow, Panel } from "@/components/admin/panel";
import { ActiveBadge } from "@/components/admin/badges";
import { formatCount, formatDateTimeWib } from "@/components/admin/format";
import { SCHOOL_SECTION } from "@/components/schools/admin-section";
import { SchoolEditForm } from "@/components/schools/school-edit-form";
import { Container } from "@/components/ui/container";
import { updateSchoolAction } from "@/lib/actions/school-actions";
import { listRegencyOptions } from "@/lib/server/admin";
import { requireRole } from "@/lib/server/auth";
import { getPrisma } from "@/lib/server/database";
import { FORM_LABEL, STATUS_LABEL } from "@/lib/shared/schools";
import { getSchoolDetail } from "@/lib/server/schools";

export const metadata: Metadata = { title: "Detail sekolah" };

export default async function SchoolDetailPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("ADMIN");
  const { id } = await params;
  const prisma = getPrisma();
  const [school, provinces] = await Promise.all([getSchoolDetail(prisma, id), listRegencyOptions(prisma)]);
  if (!school) notFound();
  return (
    <>
      <AdminNav current={SCHOOL_SECTION} isSectionPage={false} />
      <Container className="max-w-3xl space-y-6 py-8">
        <p className="text-sm">
          <a href="/admin/sekolah" className="font-semibold text-brand-700 underline underline-offset-2">
            ‹ Daftar sekolah
          </a>
        </p>
        <div className="space-y-2">
          <h1 className="text-2xl font-bold break-words text-brand-800">{school.name}</h1>
          <p>
            NPSN {school.npsn} · {FORM_LABEL[school.form]} · {STATUS_LABEL[school.status]}
          </p>
          <ActiveBadge isActive={school.isActive} />
        </div>

        <Panel id="data-sekolah" title="Data sekolah">
          <dl className="divide-y divide-line">
            <DetailRow label="Kabupaten/kota">
              {school.regencyName} ({school.regencyCode}), {school.provinceName}
            </DetailRow>
            <DetailRow label="Alamat">{school.address ?? <span className="text-muted">—</span>}</DetailRow>
            <DetailRow label="Tiket">
              {formatCount(school.tickets.running)} masih berjalan dari {formatCount(school.tickets.total)} tiket
            </DetailRow>
            <DetailRow label="Operator">
              {school.operators.length === 0 ? (
                <span className="text-muted">Belum ada akun operator.</span>
              ) : (
                <ul>
                  {school.operators.map((operator) => (
                    <li key={operator.id}>
                      <a href={`/admin/akun/${operator.id}`} className="text-brand-700 underline underline-offset-2">
                        {operator.username}
                      </a>{" "}
                      · {operator.displayName}
                      {!operator.isActive && <span className="text-muted"> (nonaktif)</span>}
                    </li>
                  ))}
                </ul>
              )}
            </DetailRow>
            <DetailRow label="Dicatat">
              <time dateTime={school.createdAt.toISOString()}>{formatDateTimeWib(school.createdAt)}</time>
            </DetailRow>
            <DetailRow label="Terakhir diubah">
              <time dateTime={school.updatedAt.toISOString()}>{formatDateTimeWib(school.updatedAt)}</time>
            </DetailRow>
          </dl>
        </Panel>

        <Panel id="ubah-sekolah" title="Ubah data">
          <SchoolEditForm
            action={updateSchoolAction}
            school={{ ...school, updatedAt: school.updatedAt.toISOString() }}
            provinces={provinces}
          />
        </Panel>
      </Container>
    </>
  );
}
