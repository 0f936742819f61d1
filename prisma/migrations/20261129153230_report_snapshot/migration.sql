-- CreateTable
CREATE TABLE "ReportSnapshot" (
    "key" TEXT NOT NULL,
    "filters" JSONB NOT NULL,
    "data" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,
    "computeMs" INTEGER NOT NULL,
    "readAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportSnapshot_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "ReportSnapshot_readAt_idx" ON "ReportSnapshot"("readAt");

