"use server";

// Saving the installation settings (clock durations, attachment limits). A public POST endpoint:
// createAction authenticates, checks `admin.manage` and the form's shape; lib/server/settings/settings-admin.ts
// checks again, validates the values, writes them with an audit entry and reloads the settings cache.
import { revalidatePath } from "next/cache";
import { getPrisma } from "@/lib/server/database";
import { saveSettings, settingsFormSchema } from "@/lib/server/settings";
import { createAction } from "./safe-action";
import { failureResult } from "./service-result";

export const saveSettingsAction = createAction(
  settingsFormSchema,
  async (input, user) => {
    const result = await saveSettings(getPrisma(), user.actor, input);
    if (!result.ok) return failureResult(result);
    // Every page may show a deadline or a limit.
    revalidatePath("/", "layout");
    return {
      ok: true,
      message:
        result.changed.length === 0
          ? "Tidak ada yang berubah."
          : "Pengaturan disimpan dan langsung berlaku. Tenggat tiket yang masih berjalan dihitung ulang pada sapuan jam berikutnya.",
    };
  },
  { permission: "admin.manage" },
);
