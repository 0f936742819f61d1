// Demo accounts for every role. DEMO ONLY: the passwords are printed in the README.
import { hashPassword } from "@/lib/server/accounts";
import type { PrismaClient } from "@/lib/server/generated/prisma/client";
import type { Role } from "@/lib/server/generated/prisma/enums";
import { DEMO_REGENCIES } from "./schools";

export const DEMO_PASSWORD = "demo12345";

export interface DemoUsers {
  admin: string;
  supervisor: string;
  helpdesk: string[];
  /** regency code → district operator user ids */
  dinas: Map<string, string[]>;
  /** school id → school operator user id */
  sekolah: Map<string, string>;
}

interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  regencyCode?: string;
  schoolId?: string;
}

const PEOPLE = [
  "Siti Rahayu",
  "Budi Santoso",
  "Dewi Lestari",
  "Agus Setiawan",
  "Ratna Wulandari",
  "Eko Nugroho",
  "Fitri Handayani",
  "Hendra Saputra",
  "Sri Wahyuni",
  "Yusuf Hidayat",
  "Endah Puspitasari",
  "Joko Kurniawan",
  "Nurul Aini",
  "Rudi Simanjuntak",
  "Indah Permatasari",
  "Wahyu Pratama",
];

export async function seedUsers(prisma: PrismaClient): Promise<DemoUsers> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users: NewUser[] = [
    { username: "admin", displayName: "Administrator Sistem", role: "ADMIN" },
    { username: "supervisor", displayName: "Sri Wahyuningsih (Supervisor)", role: "SUPERVISOR" },
    { username: "helpdesk1", displayName: "Ahmad Fauzi (Helpdesk)", role: "HELPDESK" },
    { username: "helpdesk2", displayName: "Rina Marlina (Helpdesk)", role: "HELPDESK" },
    { username: "helpdesk3", displayName: "Dedi Kurniawan (Helpdesk)", role: "HELPDESK" },
  ];
  let person = 0;
  for (const regency of DEMO_REGENCIES) {
    const operators = regency.slug === "semarang" ? 2 : 1;
    for (let i = 1; i <= operators; i++) {
      users.push({
        username: operators > 1 ? `dinas.${regency.slug}${i}` : `dinas.${regency.slug}`,
        displayName: `${PEOPLE[person++ % PEOPLE.length]} (Dinas)`,
        role: "DINAS",
        regencyCode: regency.code,
      });
    }
  }
  // One operator for every demo school: the first school of each demo kab/kota gets a memorable
  // username (sekolah.semarang …); the others sign in as op.<NPSN>.
  const schools = await prisma.school.findMany({
    select: { id: true, npsn: true, regencyCode: true },
    orderBy: { npsn: "asc" },
  });
  const named = new Set<string>();
  for (const school of schools) {
    const demo = DEMO_REGENCIES.find((r) => r.code === school.regencyCode);
    const isFirst = demo && !named.has(demo.code);
    if (demo && isFirst) named.add(demo.code);
    users.push({
      username: isFirst ? `sekolah.${demo.slug}` : `op.${school.npsn.toLowerCase()}`,
      displayName: PEOPLE[schools.indexOf(school) % PEOPLE.length] as string,
      role: "SEKOLAH",
      schoolId: school.id,
    });
  }
  await prisma.user.createMany({
    data: users.map((u) => ({ ...u, passwordHash })),
    skipDuplicates: true,
  });
  const rows = await prisma.user.findMany({
    select: { id: true, username: true, role: true, regencyCode: true, schoolId: true },
  });
  const result: DemoUsers = { admin: "", supervisor: "", helpdesk: [], dinas: new Map(), sekolah: new Map() };
  for (const row of rows) {
    if (row.username === "admin") result.admin = row.id;
    if (row.username === "supervisor") result.supervisor = row.id;
    if (row.role === "HELPDESK") result.helpdesk.push(row.id);
    if (row.role === "DINAS" && row.regencyCode) {
      result.dinas.set(row.regencyCode, [...(result.dinas.get(row.regencyCode) ?? []), row.id]);
    }
    if (row.role === "SEKOLAH" && row.schoolId) result.sekolah.set(row.schoolId, row.id);
  }
  result.helpdesk.sort();
  return result;
}
