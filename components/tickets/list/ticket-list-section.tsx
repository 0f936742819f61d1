// One handler list: filters, pager, the table (cards on phones), pager. Server component: it turns
// the service's page of rows into plain props and links; only the table itself runs on the client.
import type { ClockDurations } from "@/lib/domain/types";
import type { CategoryOption } from "@/lib/server/tickets/categories";
import type { TicketList } from "@/lib/server/tickets";
import { CursorPager, totalText } from "./cursor-pager";
import { hasFilters, keptParams, readListUrl, sortHrefs } from "./list-query";
import type { SearchParams } from "@/lib/shared/search-params";
import { toRowView } from "./row-view";
import { TicketFilters } from "./ticket-filters";
import { TicketTable } from "./ticket-table";

export interface ListColumns {
  /** Header of the school column ("Sekolah", "Penanya"), or null when every row is the viewer's own. */
  placeHeader: string | null;
  showRegency: boolean;
  showTier: boolean;
  showAssignee: boolean;
}

interface TicketListSectionProps {
  list: TicketList;
  searchParams: SearchParams;
  basePath: string;
  /** Sent back as ?view= on every link (pages whose tabs are views of one path). */
  viewParam?: string;
  home: string;
  timeZone: string;
  durations: ClockDurations;
  categories: CategoryOption[];
  columns: ListColumns;
  /** Unread clock notices' marks by ticket id, shown on their rows. */
  marks?: Record<string, string>;
  /** Names the list for screen readers, e.g. "Kotak masuk". */
  title: string;
  emptyText: string;
}

export function TicketListSection(props: TicketListSectionProps) {
  const { list, basePath, viewParam, columns, title } = props;
  const { filters, explicitSort } = readListUrl(props.searchParams);
  const urlState = { basePath, view: viewParam, filters, list, explicitSort };
  const kept = keptParams(urlState);
  const now = new Date();
  const rows = list.rows.map((row) =>
    toRowView(row, {
      home: props.home,
      timeZone: props.timeZone,
      now,
      durations: props.durations,
      showRegency: columns.showRegency,
      marks: props.marks,
    }),
  );
  const pager = { basePath, params: kept, list };

  return (
    <section aria-labelledby="daftar-tiket" className="space-y-4">
      <h2 id="daftar-tiket" className="sr-only">
        {title}
      </h2>
      <TicketFilters
        basePath={basePath}
        view={viewParam}
        filters={filters}
        sort={list.sort}
        dir={list.dir}
        categories={props.categories}
        showTier={columns.showTier}
        showSchool={columns.placeHeader !== null}
        pageSize={kept.pageSize}
      />
      {rows.length > 0 ? (
        <>
          {/* On a phone the first card comes first; the count and paging are below the list. */}
          <div className="hidden sm:block">
            <CursorPager {...pager} label="Halaman (atas)" />
          </div>
          <TicketTable
            rows={rows}
            placeHeader={columns.placeHeader}
            showTier={columns.showTier}
            showAssignee={columns.showAssignee}
            sort={list.sort}
            dir={list.dir}
            sortHrefs={sortHrefs(urlState)}
            caption={`${title}: ${totalText(list)}. Pilih judul kolom untuk mengurutkan.`}
          />
          <CursorPager {...pager} label="Halaman (bawah)" />
        </>
      ) : list.total > 0 ? (
        <CursorPager {...pager} />
      ) : (
        <p role="status" className="rounded-lg border border-line bg-white p-4">
          {hasFilters(filters) ? "Tidak ada tiket yang cocok dengan filter ini." : props.emptyText}
        </p>
      )}
    </section>
  );
}
