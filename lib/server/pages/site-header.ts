// What the header on every page needs: who is signed in, where their home is and, on the list they
// follow, how many tickets have news for them. Read per request.
import "server-only";
import { ROLE_HOME, type Actor, type Role } from "@/lib/domain";
import { getCurrentUser } from "@/lib/server/auth/session";
import { getTicketService } from "@/lib/server/tickets/ticket-service";
import { UNREAD_SCAN_LIMIT } from "@/lib/server/tickets";
import { APP_MENU } from "@/lib/shared/app-menu";

export interface UnreadBadge {
  text: string;
  label: string;
}

export interface SiteHeaderData {
  user: {
    displayName: string;
    role: Role;
    home: string;
    /** While a password change is pending every page sends the user to that form: no menu to offer. */
    showsMenu: boolean;
    unread: UnreadBadge | null;
  } | null;
}

const NUMBER = new Intl.NumberFormat("id-ID");

export async function loadSiteHeader(): Promise<SiteHeaderData> {
  const user = await getCurrentUser();
  if (!user) return { user: null };
  const role = user.actor.role;
  const showsMenu = !user.mustChangePassword;
  const countsUnread = showsMenu && APP_MENU[role].some((link) => link.showsUnread);
  return {
    user: {
      displayName: user.displayName,
      role,
      home: ROLE_HOME[role],
      showsMenu,
      unread: countsUnread ? await unreadBadge(user.actor) : null,
    },
  };
}

async function unreadBadge(actor: Actor): Promise<UnreadBadge | null> {
  let count: number;
  try {
    count = await getTicketService().countUnread(actor);
  } catch (error) {
    // A badge is not worth a broken page: every page shows this header.
    console.error("[app-nav] jumlah tiket dengan kabar baru tidak dapat dihitung", error);
    return null;
  }
  if (count <= 0) return null;
  const text = count >= UNREAD_SCAN_LIMIT ? `${NUMBER.format(UNREAD_SCAN_LIMIT)}+` : NUMBER.format(count);
  return { text, label: `${text} tiket dengan kabar baru` };
}
