// Below 1280 px the same rows as stacked cards: no sideways scrolling on a phone. Same columns, same
// cells as the table; the number and subject become the card's heading link.
import { flexRender, type Cell, type Table } from "@tanstack/react-table";
import type { TicketRowView } from "./row-view";
import type { TicketColumnId } from "./ticket-columns";

type AnyCell = Cell<TicketRowView, unknown>;

/** On a card the deadline comes first (what to act on), then who asked; short facts go two by two. */
const CARD_ORDER: TicketColumnId[] = ["deadline", "place", "category", "assignee", "opened", "lastMessage"];
const FULL_WIDTH: TicketColumnId[] = ["deadline", "place"];

function render(cell: AnyCell | undefined) {
  return cell ? flexRender(cell.column.columnDef.cell, cell.getContext()) : null;
}

export function TicketCards({ table }: { table: Table<TicketRowView> }) {
  return (
    <ul className="grid gap-3 md:grid-cols-2 xl:hidden">
      {table.getRowModel().rows.map((row) => {
        const byId = new Map(row.getVisibleCells().map((cell) => [cell.column.id, cell]));
        const ticket = row.original;
        return (
          <li key={row.id} className="rounded-lg border border-line bg-white p-4">
            <div data-column="state" className="flex flex-wrap items-center gap-2">
              {render(byId.get("state"))}
            </div>
            <h3 className="mt-2">
              <a href={ticket.href} className="block rounded no-underline">
                <span className="block text-sm font-semibold text-brand-700 underline underline-offset-2">{ticket.number}</span>
                <span className="block text-base font-semibold text-ink">{ticket.subject}</span>
              </a>
            </h3>
            <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
              {CARD_ORDER.map((id) => byId.get(id))
                .filter((cell): cell is AnyCell => cell !== undefined)
                .map((cell) => (
                  <div key={cell.id} data-column={cell.column.id} className={FULL_WIDTH.includes(cell.column.id as TicketColumnId) ? "col-span-2" : ""}>
                    <dt className="text-muted">{String(cell.column.columnDef.header ?? "")}</dt>
                    <dd className="text-base">{render(cell)}</dd>
                  </div>
                ))}
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
