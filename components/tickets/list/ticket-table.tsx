"use client";

// The handlers' ticket table, server-driven (docs/conventions.md, rule 8, the tablecn idea): the URL holds the page,
// sort and filters; the server sends one page of rows. TanStack only lays the columns out: sorting and
// paging are manual, and a sortable header is a plain link to the same list in another order.
//
// One table for every screen: below 1280 px the same rows are laid out as cards by CSS (globals.css
// `.ticket-table`: a cell's label comes from data-label, the sortable headers become a row of links),
// so a page carries its 25 rows once. The roles are spelled out because a table restyled as cards
// loses its native semantics in some browsers.
import { flexRender, getCoreRowModel, useReactTable, type Header, type VisibilityState } from "@tanstack/react-table";
import type { TicketSort } from "@/lib/shared/ticket-input";
import type { TicketRowView } from "./row-view";
import { SORT_OF_COLUMN, columnOfSort, ticketColumns, type TicketColumnId } from "./ticket-columns";

export interface TicketTableProps {
  rows: TicketRowView[];
  /** Header of the school column, or null to hide it (a district's own questions). */
  placeHeader: string | null;
  showTier: boolean;
  showAssignee: boolean;
  sort: TicketSort;
  dir: "asc" | "desc";
  sortHrefs: Record<TicketSort, string>;
  caption: string;
}

/** Cells that speak for themselves on a card (no label above them). */
const UNLABELLED: TicketColumnId[] = ["ticket", "state"];

export function TicketTable({
  rows,
  placeHeader,
  showTier,
  showAssignee,
  sort,
  dir,
  sortHrefs,
  caption,
}: TicketTableProps) {
  const columnVisibility: VisibilityState = { place: placeHeader !== null, assignee: showAssignee };
  // eslint-disable-next-line react-hooks/incompatible-library -- the app does not use the React Compiler
  const table = useReactTable({
    data: rows,
    columns: ticketColumns(placeHeader ?? "", showTier),
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    // Keyset pages: the number of pages is not known (nor needed).
    pageCount: -1,
    state: { sorting: [{ id: columnOfSort(sort), desc: dir === "desc" }], columnVisibility },
  });

  return (
    <table role="table" className="ticket-table">
      <caption className="sr-only">{caption}</caption>
      <thead role="rowgroup">
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id} role="row">
            {group.headers.map((header) => (
              <HeaderCell key={header.id} header={header} sortHrefs={sortHrefs} />
            ))}
          </tr>
        ))}
      </thead>
      <tbody role="rowgroup">
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id} role="row">
            {row.getVisibleCells().map((cell) => {
              const id = cell.column.id as TicketColumnId;
              return (
                <td
                  key={cell.id}
                  role="cell"
                  data-column={id}
                  data-label={UNLABELLED.includes(id) ? undefined : String(cell.column.columnDef.header ?? "")}
                >
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function HeaderCell({
  header,
  sortHrefs,
}: {
  header: Header<TicketRowView, unknown>;
  sortHrefs: Record<TicketSort, string>;
}) {
  const label = String(header.column.columnDef.header ?? "");
  const sort = SORT_OF_COLUMN[header.column.id as TicketColumnId];
  const sorted = header.column.getIsSorted();
  if (!sort) {
    return (
      <th scope="col" role="columnheader">
        {label}
      </th>
    );
  }
  return (
    <th
      scope="col"
      role="columnheader"
      data-sortable=""
      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
    >
      <a href={sortHrefs[sort]}>
        {label}
        <span aria-hidden="true">{sorted === "asc" ? " ▲" : sorted === "desc" ? " ▼" : " ↕"}</span>
        <span className="sr-only">
          {sorted
            ? `, diurutkan ${sorted === "asc" ? "naik" : "turun"}; pilih untuk membalik urutan`
            : ", pilih untuk mengurutkan"}
        </span>
      </a>
    </th>
  );
}
