import { ticketPage } from "@/app/_routes/ticket-page";

const page = ticketPage("DINAS");
export const generateMetadata = page.generateMetadata;
export default page.TicketPage;
