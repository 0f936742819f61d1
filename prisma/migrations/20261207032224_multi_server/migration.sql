-- CreateTable
CREATE TABLE "JobRun" (
    "job" TEXT NOT NULL,
    "lastRunAt" TIMESTAMP(3) NOT NULL,
    "server" TEXT NOT NULL,
    "durationMs" INTEGER NOT NULL,

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("job")
);

-- CreateTable
CREATE TABLE "ImportUploadPiece" (
    "uploadId" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "offset" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportUploadPiece_pkey" PRIMARY KEY ("uploadId","offset")
);

-- CreateIndex
CREATE INDEX "ImportUploadPiece_createdAt_idx" ON "ImportUploadPiece"("createdAt");

