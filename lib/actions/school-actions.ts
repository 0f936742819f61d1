"use server";

// Editing a school (admin). A public POST endpoint: createAction authenticates, checks `admin.manage`
// and validates with the service's own schema; lib/server/schools/update-school.ts checks again and
// moves the school's running tickets when its kab/kota changes.
import { revalidatePath } from "next/cache";
import { getPrisma } from "@/lib/server/database";
import { updateSchool, updateSchoolSchema } from "@/lib/server/schools";
import { createAction } from "./safe-action";
import { firstFieldMessages } from "./service-result";

export const updateSchoolAction = createAction(
  updateSchoolSchema,
  async (input, user) => {
    const result = await updateSchool(getPrisma(), user.actor, input);
    if (!result.ok)
      return {
        ok: false,
        code: result.code,
        message: result.message,
        fieldErrors: firstFieldMessages(result.fieldErrors),
      };
    revalidatePath("/admin/sekolah", "layout");
    const moved =
      result.fromRegency === result.toRegency
        ? ""
        : result.movedTickets > 0
          ? ` Sekolah pindah kabupaten/kota: ${result.movedTickets} tiket yang masih berjalan ikut pindah ke Dinas Pendidikan yang baru.`
          : " Sekolah pindah kabupaten/kota; tidak ada tiket berjalan yang perlu dipindahkan.";
    return { ok: true, message: `Perubahan disimpan.${moved}` };
  },
  { permission: "admin.manage" },
);
