// The list's URL state (docs/conventions.md, rule 8): what the filters currently are, and the links that change one
// thing while keeping the rest. Parsed with the service's own schema, so the form shows exactly the
// filters the query used (a tampered value falls back the same way on both sides).
import { firstParam, type SearchParams } from "@/lib/shared/search-params";
import type { TicketList } from "@/lib/server/tickets";
import {
  type TicketSort,
  listTicketsQuerySchema,
  PAGE_SIZE_DEFAULT,
  type ListTicketsInput,
} from "@/lib/shared/ticket-input";

export type UrlParams = Record<string, string | undefined>;

export interface ListFilters {
  state?: string;
  tier?: string;
  categoryId?: string;
  npsn?: string;
  q?: string;
}

/** Only the first value of a repeated parameter counts (?state=OPEN&state=CLOSED → OPEN). */
export function firstValues(params: SearchParams): ListTicketsInput {
  const input: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = firstParam(value);
    if (first !== undefined) input[key] = first;
  }
  return input as ListTicketsInput;
}

/** The filters as the query used them, and whether the URL chose the order itself. */
export function readListUrl(params: SearchParams): { filters: ListFilters; explicitSort: boolean } {
  const { state, tier, categoryId, npsn, q, sort, dir } = listTicketsQuerySchema.parse(firstValues(params));
  return { filters: { state, tier, categoryId, npsn, q }, explicitSort: sort !== undefined || dir !== undefined };
}

export function hasFilters(filters: ListFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined);
}

export interface ListUrlState {
  basePath: string;
  /** The view parameter, for pages that switch views with ?view= (the helpdesk queue). */
  view?: string;
  filters: ListFilters;
  list: TicketList;
  /** Whether the URL chose the order explicitly (then paging keeps it). */
  explicitSort: boolean;
}

/** The parameters every link of the list keeps (not the page). */
export function keptParams({ view, filters, list, explicitSort }: ListUrlState): UrlParams {
  return {
    view,
    ...filters,
    sort: explicitSort ? list.sort : undefined,
    dir: explicitSort ? list.dir : undefined,
    pageSize: list.pageSize !== PAGE_SIZE_DEFAULT ? String(list.pageSize) : undefined,
  };
}

export function hrefOf(basePath: string, params: UrlParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== "") search.set(key, value);
  const query = search.toString();
  return query ? `${basePath}?${query}` : basePath;
}

const NATURAL_DIRECTION: Record<TicketSort, "asc" | "desc"> = { deadline: "asc", age: "asc", activity: "desc" };

/** Header links: the current sort flips its direction; another starts in its natural direction. Page 1. */
export function sortHrefs(state: ListUrlState): Record<TicketSort, string> {
  const kept = keptParams(state);
  const hrefFor = (sort: TicketSort) => {
    const dir = state.list.sort === sort ? (state.list.dir === "asc" ? "desc" : "asc") : NATURAL_DIRECTION[sort];
    return hrefOf(state.basePath, { ...kept, sort, dir });
  };
  return { deadline: hrefFor("deadline"), age: hrefFor("age"), activity: hrefFor("activity") };
}
