// The public API of the pure domain. Import from "@/lib/domain"; the files behind it may move.

export * from "./types";
export * from "./result";
export * from "./relation";
export * from "./permissions";
export * from "./ticket-scope";
export * from "./deadlines";
export * from "./transitions";
export * from "./ticket-number";
export * from "./npsn";
export * from "./duration";
export * from "./time-zones";
export * from "./format-time";
export * from "./deadline-text";
export * from "./roles";
export * from "./attachment-type";
export * from "./calendar-day";
export * from "./device-name";
export * from "./settings";
