-- CreateEnum
CREATE TYPE "LicenceCheckOutcome" AS ENUM ('APPROVED', 'REJECTED');

-- CreateTable
CREATE TABLE "ProductControl" (
    "id" SERIAL NOT NULL,
    "productId" INTEGER NOT NULL,
    "jurisdiction" TEXT NOT NULL,
    "schedule" TEXT NOT NULL,
    "referenceId" INTEGER NOT NULL,
    "note" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProductControl_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LicenceCheck" (
    "id" TEXT NOT NULL,
    "inquiryId" TEXT NOT NULL,
    "checkedById" TEXT NOT NULL,
    "outcome" "LicenceCheckOutcome" NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LicenceCheck_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProductControl_referenceId_idx" ON "ProductControl"("referenceId");

-- CreateIndex
CREATE UNIQUE INDEX "ProductControl_productId_jurisdiction_key" ON "ProductControl"("productId", "jurisdiction");

-- CreateIndex
CREATE INDEX "LicenceCheck_inquiryId_createdAt_idx" ON "LicenceCheck"("inquiryId", "createdAt");

-- AddForeignKey
ALTER TABLE "ProductControl" ADD CONSTRAINT "ProductControl_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductControl" ADD CONSTRAINT "ProductControl_referenceId_fkey" FOREIGN KEY ("referenceId") REFERENCES "Reference"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenceCheck" ADD CONSTRAINT "LicenceCheck_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenceCheck" ADD CONSTRAINT "LicenceCheck_checkedById_fkey" FOREIGN KEY ("checkedById") REFERENCES "StaffMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

