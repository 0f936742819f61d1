-- CreateEnum
CREATE TYPE "Role" AS ENUM ('SEKOLAH', 'DINAS', 'HELPDESK', 'SUPERVISOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "TicketState" AS ENUM ('OPEN', 'ANSWERED', 'CLOSED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "Tier" AS ENUM ('DINAS', 'HELPDESK');

-- CreateEnum
CREATE TYPE "AskerType" AS ENUM ('SEKOLAH', 'DINAS');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('WEB', 'WALK_IN');

-- CreateEnum
CREATE TYPE "EndReason" AS ENUM ('CLOSED_BY_ASKER', 'RESOLVED_AT_COUNTER', 'NO_RESPONSE', 'ASKER_SILENT');

-- CreateEnum
CREATE TYPE "HandoffKind" AS ENUM ('FORWARD', 'ESCALATION');

-- CreateEnum
CREATE TYPE "MessageKind" AS ENUM ('PUBLIC', 'INTERNAL_NOTE', 'FORWARD_NOTE');

-- CreateEnum
CREATE TYPE "MessageAuthorSide" AS ENUM ('ASKER', 'HANDLER');

-- CreateEnum
CREATE TYPE "TicketEventType" AS ENUM ('OPENED', 'ASKER_REPLIED', 'HANDLER_REPLIED', 'FORWARDED', 'ESCALATED', 'ASSIGNED', 'INTERNAL_NOTE_ADDED', 'CLOSED', 'EXPIRED', 'HELPDESK_TARGET_BREACHED', 'SCHOOL_MOVED');

-- CreateEnum
CREATE TYPE "SchoolForm" AS ENUM ('TK', 'KB', 'TPA', 'SPS', 'PKBM', 'SKB', 'LKP');

-- CreateEnum
CREATE TYPE "SchoolStatus" AS ENUM ('NEGERI', 'SWASTA');

-- CreateTable
CREATE TABLE "Province" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,

    CONSTRAINT "Province_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Regency" (
    "code" TEXT NOT NULL,
    "provinceCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "dapodikCode" TEXT,

    CONSTRAINT "Regency_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "School" (
    "id" TEXT NOT NULL,
    "npsn" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "form" "SchoolForm" NOT NULL,
    "dapodikBentukId" INTEGER,
    "status" "SchoolStatus" NOT NULL,
    "regencyCode" TEXT NOT NULL,
    "address" TEXT,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "School_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "passwordHash" TEXT,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "schoolId" TEXT,
    "regencyCode" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Category" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TicketCounter" (
    "year" INTEGER NOT NULL,
    "lastSeq" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "TicketCounter_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "Ticket" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "askerType" "AskerType" NOT NULL,
    "askerId" TEXT NOT NULL,
    "schoolId" TEXT,
    "regencyCode" TEXT NOT NULL,
    "channel" "Channel" NOT NULL DEFAULT 'WEB',
    "state" "TicketState" NOT NULL,
    "tier" "Tier" NOT NULL,
    "assigneeId" TEXT,
    "openedAt" TIMESTAMP(3) NOT NULL,
    "tierSince" TIMESTAMP(3) NOT NULL,
    "handoff" "HandoffKind",
    "handoffAt" TIMESTAMP(3),
    "firstResponseAt" TIMESTAMP(3),
    "dinasFirstResponseAt" TIMESTAMP(3),
    "helpdeskFirstResponseAt" TIMESTAMP(3),
    "lastMessageAt" TIMESTAMP(3) NOT NULL,
    "lastMessageBy" "MessageAuthorSide" NOT NULL,
    "helpdeskBreachedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "endReason" "EndReason",
    "solved" BOOLEAN,
    "followUpOfId" TEXT,
    "visitorName" TEXT,
    "visitorPhone" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" TEXT NOT NULL,
    "seq" SERIAL NOT NULL,
    "ticketId" TEXT NOT NULL,
    "authorId" TEXT,
    "authorSide" "MessageAuthorSide",
    "kind" "MessageKind" NOT NULL,
    "body" TEXT NOT NULL,
    "clientKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "ticketId" TEXT NOT NULL,
    "messageId" TEXT,
    "uploaderId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TicketEvent" (
    "id" TEXT NOT NULL,
    "seq" SERIAL NOT NULL,
    "ticketId" TEXT NOT NULL,
    "type" "TicketEventType" NOT NULL,
    "actorId" TEXT,
    "at" TIMESTAMP(3) NOT NULL,
    "fromState" "TicketState",
    "toState" "TicketState" NOT NULL,
    "fromTier" "Tier",
    "toTier" "Tier" NOT NULL,
    "detail" JSONB,

    CONSTRAINT "TicketEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "Regency_provinceCode_idx" ON "Regency"("provinceCode");

-- CreateIndex
CREATE UNIQUE INDEX "School_npsn_key" ON "School"("npsn");

-- CreateIndex
CREATE INDEX "School_regencyCode_name_idx" ON "School"("regencyCode", "name");

-- CreateIndex
CREATE INDEX "School_name_idx" ON "School"("name");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "User_role_regencyCode_idx" ON "User"("role", "regencyCode");

-- CreateIndex
CREATE INDEX "User_schoolId_idx" ON "User"("schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "Category_code_key" ON "Category"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_number_key" ON "Ticket"("number");

-- CreateIndex
CREATE INDEX "Ticket_regencyCode_askerType_state_openedAt_idx" ON "Ticket"("regencyCode", "askerType", "state", "openedAt");

-- CreateIndex
CREATE INDEX "Ticket_regencyCode_askerType_lastMessageAt_idx" ON "Ticket"("regencyCode", "askerType", "lastMessageAt");

-- CreateIndex
CREATE INDEX "Ticket_tier_state_tierSince_idx" ON "Ticket"("tier", "state", "tierSince");

-- CreateIndex
CREATE INDEX "Ticket_tier_assigneeId_state_tierSince_idx" ON "Ticket"("tier", "assigneeId", "state", "tierSince");

-- CreateIndex
CREATE INDEX "Ticket_state_lastMessageAt_idx" ON "Ticket"("state", "lastMessageAt");

-- CreateIndex
CREATE INDEX "Ticket_schoolId_openedAt_idx" ON "Ticket"("schoolId", "openedAt");

-- CreateIndex
CREATE INDEX "Ticket_askerId_idx" ON "Ticket"("askerId");

-- CreateIndex
CREATE INDEX "Ticket_openedAt_idx" ON "Ticket"("openedAt");

-- CreateIndex
CREATE INDEX "Ticket_categoryId_openedAt_idx" ON "Ticket"("categoryId", "openedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Message_seq_key" ON "Message"("seq");

-- CreateIndex
CREATE INDEX "Message_ticketId_createdAt_seq_idx" ON "Message"("ticketId", "createdAt", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "Message_ticketId_clientKey_key" ON "Message"("ticketId", "clientKey");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_storageKey_key" ON "Attachment"("storageKey");

-- CreateIndex
CREATE INDEX "Attachment_ticketId_idx" ON "Attachment"("ticketId");

-- CreateIndex
CREATE INDEX "Attachment_messageId_idx" ON "Attachment"("messageId");

-- CreateIndex
CREATE UNIQUE INDEX "TicketEvent_seq_key" ON "TicketEvent"("seq");

-- CreateIndex
CREATE INDEX "TicketEvent_ticketId_at_seq_idx" ON "TicketEvent"("ticketId", "at", "seq");

-- CreateIndex
CREATE INDEX "TicketEvent_type_at_idx" ON "TicketEvent"("type", "at");

-- AddForeignKey
ALTER TABLE "Regency" ADD CONSTRAINT "Regency_provinceCode_fkey" FOREIGN KEY ("provinceCode") REFERENCES "Province"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "School" ADD CONSTRAINT "School_regencyCode_fkey" FOREIGN KEY ("regencyCode") REFERENCES "Regency"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_regencyCode_fkey" FOREIGN KEY ("regencyCode") REFERENCES "Regency"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_askerId_fkey" FOREIGN KEY ("askerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_regencyCode_fkey" FOREIGN KEY ("regencyCode") REFERENCES "Regency"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_followUpOfId_fkey" FOREIGN KEY ("followUpOfId") REFERENCES "Ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_uploaderId_fkey" FOREIGN KEY ("uploaderId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketEvent" ADD CONSTRAINT "TicketEvent_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketEvent" ADD CONSTRAINT "TicketEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
