-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "discontinuedOn" DATE,
ADD COLUMN     "discontinuedReason" TEXT,
ADD COLUMN     "replacementId" INTEGER;

-- CreateTable
CREATE TABLE "CatalogNumberRedirect" (
    "catalogNumber" TEXT NOT NULL,
    "productId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CatalogNumberRedirect_pkey" PRIMARY KEY ("catalogNumber")
);

-- CreateIndex
CREATE INDEX "CatalogNumberRedirect_productId_idx" ON "CatalogNumberRedirect"("productId");

-- AddForeignKey
ALTER TABLE "CatalogNumberRedirect" ADD CONSTRAINT "CatalogNumberRedirect_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_replacementId_fkey" FOREIGN KEY ("replacementId") REFERENCES "Product"("id") ON DELETE SET NULL ON UPDATE CASCADE;

