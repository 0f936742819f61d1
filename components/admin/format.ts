// Dates and numbers on the admin pages: id-ID, in Jakarta time with an explicit "WIB", because the
// central team reads the audit log together across zones and must mean the same minute.
const DATE_TIME = new Intl.DateTimeFormat("id-ID", {
  timeZone: "Asia/Jakarta",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

const NUMBER = new Intl.NumberFormat("id-ID");

export function formatDateTimeWib(date: Date): string {
  return `${DATE_TIME.format(date)} WIB`;
}

export function formatCount(value: number): string {
  return NUMBER.format(value);
}
