-- CreateEnum
CREATE TYPE "LotDateKind" AS ENUM ('RETEST', 'EXPIRY');

-- CreateEnum
CREATE TYPE "MsAdduct" AS ENUM ('M_PLUS_H', 'M_PLUS_NA', 'M_MINUS_H');

-- CreateTable
CREATE TABLE "Lot" (
    "id" SERIAL NOT NULL,
    "productId" INTEGER NOT NULL,
    "lotNumber" TEXT NOT NULL,
    "manufacturedOn" DATE NOT NULL,
    "useBy" DATE NOT NULL,
    "dateKind" "LotDateKind" NOT NULL DEFAULT 'RETEST',
    "quantityAvailable" DOUBLE PRECISION NOT NULL,
    "quantityUnit" TEXT NOT NULL,
    "appearance" TEXT NOT NULL,
    "waterPercent" DOUBLE PRECISION,
    "waterMethod" TEXT,
    "hplcPurity" DOUBLE PRECISION,
    "hplcWavelengthNm" INTEGER,
    "nmrConsistent" BOOLEAN,
    "nmrConclusion" TEXT,
    "msAdduct" "MsAdduct",
    "msMzFound" DOUBLE PRECISION,
    "parentFormula" TEXT NOT NULL,
    "parentExactMass" DOUBLE PRECISION NOT NULL,
    "demo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Lot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Lot_lotNumber_idx" ON "Lot"("lotNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Lot_productId_lotNumber_key" ON "Lot"("productId", "lotNumber");

-- AddForeignKey
ALTER TABLE "Lot" ADD CONSTRAINT "Lot_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

