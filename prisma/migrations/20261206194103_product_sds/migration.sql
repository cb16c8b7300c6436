-- CreateTable
CREATE TABLE "ProductSds" (
    "id" SERIAL NOT NULL,
    "productId" INTEGER NOT NULL,
    "language" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "uploadedById" TEXT,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProductSds_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProductSds_uploadedById_idx" ON "ProductSds"("uploadedById");

-- CreateIndex
CREATE UNIQUE INDEX "ProductSds_productId_language_key" ON "ProductSds"("productId", "language");

-- AddForeignKey
ALTER TABLE "ProductSds" ADD CONSTRAINT "ProductSds_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductSds" ADD CONSTRAINT "ProductSds_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "StaffMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;

