import type { AdminSection } from "@/components/admin/admin-nav";

/**
 * The school pages' section of the admin menu. components/admin/admin-nav.tsx does not list it yet;
 * until it does, no menu link is marked current on these pages (the cast keeps them compiling), and
 * once it does, its "Sekolah" link is marked without any change here.
 */
export const SCHOOL_SECTION = "sekolah" as AdminSection;
