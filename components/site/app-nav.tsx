// The signed-in user's main menu, under the header bar: the links of their role (lib/shared/app-menu.ts)
// and, on the list they follow, how many tickets have news for them (read by the header's loader).
import type { Role } from "@/lib/domain";
import type { UnreadBadge } from "@/lib/server/pages";
import { APP_MENU } from "@/lib/shared/app-menu";
import { AppNavLinks } from "./app-nav-links";

export function AppNav({ role, unread }: { role: Role; unread: UnreadBadge | null }) {
  const links = APP_MENU[role];
  if (links.length === 0) return null;
  return (
    <AppNavLinks
      links={links.map(({ href, label, showsUnread }) => ({
        href,
        label,
        badge: showsUnread && unread ? unread : undefined,
      }))}
    />
  );
}
