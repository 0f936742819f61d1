// What a submitted form holds, as the action schemas read it (lib/actions/safe-action.ts).

/**
 * The form's fields for the schema. NUL characters are removed from text: PostgreSQL's text cannot hold
 * them, they are invisible (a paste from a PDF or a Word file can carry one), and refusing the message
 * would ask the user to delete a character they cannot see.
 */
export function formFields(formData: FormData): Record<string, FormDataEntryValue> {
  const fields: Record<string, FormDataEntryValue> = {};
  for (const [name, value] of formData) fields[name] = typeof value === "string" ? value.replaceAll("\0", "") : value;
  return fields;
}
