// The attachment files of a submitted form, for the actions that write a message with them: checked
// and stored first (lib/server/attachments), handed to the service, and removed again when the
// message was not written (a refusal, an error) or had been written before (a retried submit).
import { discardStoredFiles, filesOf, intakeFiles, type StoredFile } from "@/lib/server/attachments";
import { getAttachmentLimits } from "@/lib/server/settings";
import type { ServiceFailure, TicketChangeResult } from "@/lib/server/tickets";

/** The form field of the files, and of their error message. */
export const ATTACHMENT_FIELD = "lampiran";

export async function withAttachments(
  formData: FormData,
  write: (files: StoredFile[]) => Promise<TicketChangeResult>,
  /**
   * Whether the write could happen at all (scope, permission), asked before any file is decoded or
   * stored. The actions always pass one; the write checks again in its own transaction.
   */
  precheck: () => Promise<ServiceFailure | null> = async () => null,
): Promise<TicketChangeResult> {
  const chosen = filesOf(formData, ATTACHMENT_FIELD);
  if (chosen.length > 0) {
    const refused = await precheck();
    if (refused) return refused;
  }
  const intake = await intakeFiles(chosen, getAttachmentLimits());
  if (!intake.ok) {
    return {
      ok: false,
      code: "INVALID_INPUT",
      message: intake.message,
      fieldErrors: { [ATTACHMENT_FIELD]: [intake.message] },
    };
  }
  let result: TicketChangeResult;
  try {
    result = await write(intake.files);
  } catch (error) {
    await discardStoredFiles(intake.files);
    throw error;
  }
  if (!result.ok || result.replayed) await discardStoredFiles(intake.files);
  return result;
}
