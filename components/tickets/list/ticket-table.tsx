"use client";

// The handlers' ticket table, server-driven (house rule 8, the tablecn idea): the URL holds page, sort
// and filters; the server sends one page of rows. TanStack only lays the columns out: sorting and
// paging are manual, and a sortable header is a plain link to the same list in another order.
import { flexRender, getCoreRowModel, useReactTable, type Header, type VisibilityState } from "@tanstack/react-table";
import type { TicketSort } from "@/lib/server/tickets";
import type { TicketRowView } from "./row-view";
import { TicketCards } from "./ticket-cards";
import { CELL_CLASS, SORT_OF_COLUMN, columnOfSort, ticketColumns, type TicketColumnId } from "./ticket-columns";

export interface TicketTableProps {
  rows: TicketRowView[];
  /** Header of the school column, or null to hide it (a district's own questions). */
  placeHeader: string | null;
  showTier: boolean;
  showAssignee: boolean;
  sort: TicketSort;
  dir: "asc" | "desc";
  sortHrefs: Record<TicketSort, string>;
  pageCount: number;
  caption: string;
}

export function TicketTable({ rows, placeHeader, showTier, showAssignee, sort, dir, sortHrefs, pageCount, caption }: TicketTableProps) {
  const columnVisibility: VisibilityState = { place: placeHeader !== null, assignee: showAssignee };
  const table = useReactTable({
    data: rows,
    columns: ticketColumns(placeHeader ?? "", showTier),
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    pageCount,
    state: { sorting: [{ id: columnOfSort(sort), desc: dir === "desc" }], columnVisibility },
  });

  return (
    <>
      <TicketCards table={table} />
      <div className="hidden overflow-x-auto rounded-lg border border-line bg-white xl:block">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-brand-50">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <HeaderCell key={header.id} header={header} sortHrefs={sortHrefs} />
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className="border-t border-line align-top">
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} data-column={cell.column.id} className={`px-2.5 py-2.5 ${CELL_CLASS[cell.column.id as TicketColumnId] ?? ""}`}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function HeaderCell({ header, sortHrefs }: { header: Header<TicketRowView, unknown>; sortHrefs: Record<TicketSort, string> }) {
  const label = String(header.column.columnDef.header ?? "");
  const sort = SORT_OF_COLUMN[header.column.id as TicketColumnId];
  const sorted = header.column.getIsSorted();
  if (!sort) {
    return (
      <th scope="col" className="px-2.5 py-2 font-semibold">
        {label}
      </th>
    );
  }
  return (
    <th scope="col" aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined} className="px-1 py-1 font-semibold">
      <a href={sortHrefs[sort]} className="inline-flex min-h-11 items-center gap-1 rounded px-2 text-brand-800 underline-offset-2 hover:underline">
        {label}
        <span aria-hidden="true">{sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}</span>
        <span className="sr-only">
          {sorted ? `, diurutkan ${sorted === "asc" ? "naik" : "turun"}; pilih untuk membalik urutan` : ", pilih untuk mengurutkan"}
        </span>
      </a>
    </th>
  );
}
