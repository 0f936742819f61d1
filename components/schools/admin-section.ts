import type { AdminSection } from "@/components/admin/admin-nav";

/** The school pages' section of the admin menu. */
export const SCHOOL_SECTION: AdminSection = "sekolah";
