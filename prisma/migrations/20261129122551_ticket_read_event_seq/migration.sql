-- AlterTable
ALTER TABLE "TicketRead" ADD COLUMN     "eventSeq" INTEGER NOT NULL DEFAULT 0;

