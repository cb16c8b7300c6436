-- CreateTable
CREATE TABLE "Compound" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Compound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" SERIAL NOT NULL,
    "catalogNumber" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "synonyms" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "compoundId" INTEGER NOT NULL,
    "saltForm" TEXT NOT NULL,
    "casNumber" TEXT,
    "casReferenceId" INTEGER,
    "casNote" TEXT,
    "smiles" TEXT NOT NULL,
    "inchi" TEXT NOT NULL,
    "inchiKey" TEXT NOT NULL,
    "formula" TEXT NOT NULL,
    "molecularWeight" DOUBLE PRECISION NOT NULL,
    "exactMass" DOUBLE PRECISION NOT NULL,
    "structureSvg" TEXT NOT NULL,
    "purity" TEXT,
    "appearance" TEXT,
    "storage" TEXT,
    "solubility" TEXT,
    "availability" TEXT,
    "description" TEXT NOT NULL,
    "featured" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PackSize" (
    "id" SERIAL NOT NULL,
    "productId" INTEGER NOT NULL,
    "amount" DOUBLE PRECISION NOT NULL,
    "unit" TEXT NOT NULL,
    "priceCents" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PackSize_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Target" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "family" TEXT NOT NULL,
    "geneSymbol" TEXT,

    CONSTRAINT "Target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mechanism" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Mechanism_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" SERIAL NOT NULL,
    "productId" INTEGER NOT NULL,
    "targetId" INTEGER NOT NULL,
    "mechanismId" INTEGER NOT NULL,
    "measure" TEXT,
    "relation" TEXT,
    "value" DOUBLE PRECISION,
    "unit" TEXT,
    "species" TEXT,
    "assay" TEXT,
    "referenceId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reference" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "authors" TEXT,
    "title" TEXT NOT NULL,
    "journal" TEXT,
    "year" INTEGER,
    "volume" TEXT,
    "pages" TEXT,
    "pmid" TEXT,
    "doi" TEXT,
    "url" TEXT,

    CONSTRAINT "Reference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductReference" (
    "productId" INTEGER NOT NULL,
    "referenceId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "supports" TEXT,

    CONSTRAINT "ProductReference_pkey" PRIMARY KEY ("productId","referenceId")
);

-- CreateTable
CREATE TABLE "Category" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_CategoryToProduct" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_CategoryToProduct_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Compound_slug_key" ON "Compound"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Product_catalogNumber_key" ON "Product"("catalogNumber");

-- CreateIndex
CREATE INDEX "Product_compoundId_idx" ON "Product"("compoundId");

-- CreateIndex
CREATE INDEX "Product_inchiKey_idx" ON "Product"("inchiKey");

-- CreateIndex
CREATE INDEX "Product_casNumber_idx" ON "Product"("casNumber");

-- CreateIndex
CREATE UNIQUE INDEX "PackSize_productId_amount_unit_key" ON "PackSize"("productId", "amount", "unit");

-- CreateIndex
CREATE UNIQUE INDEX "Target_slug_key" ON "Target"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Mechanism_slug_key" ON "Mechanism"("slug");

-- CreateIndex
CREATE INDEX "Activity_productId_idx" ON "Activity"("productId");

-- CreateIndex
CREATE INDEX "Activity_targetId_idx" ON "Activity"("targetId");

-- CreateIndex
CREATE INDEX "Activity_mechanismId_idx" ON "Activity"("mechanismId");

-- CreateIndex
CREATE UNIQUE INDEX "Reference_key_key" ON "Reference"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Category_slug_key" ON "Category"("slug");

-- CreateIndex
CREATE INDEX "_CategoryToProduct_B_index" ON "_CategoryToProduct"("B");

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_compoundId_fkey" FOREIGN KEY ("compoundId") REFERENCES "Compound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_casReferenceId_fkey" FOREIGN KEY ("casReferenceId") REFERENCES "Reference"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PackSize" ADD CONSTRAINT "PackSize_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_mechanismId_fkey" FOREIGN KEY ("mechanismId") REFERENCES "Mechanism"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_referenceId_fkey" FOREIGN KEY ("referenceId") REFERENCES "Reference"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductReference" ADD CONSTRAINT "ProductReference_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductReference" ADD CONSTRAINT "ProductReference_referenceId_fkey" FOREIGN KEY ("referenceId") REFERENCES "Reference"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CategoryToProduct" ADD CONSTRAINT "_CategoryToProduct_A_fkey" FOREIGN KEY ("A") REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CategoryToProduct" ADD CONSTRAINT "_CategoryToProduct_B_fkey" FOREIGN KEY ("B") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

