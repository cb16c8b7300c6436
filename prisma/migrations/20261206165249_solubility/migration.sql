-- Solubility per solvent replaces the free-text Product.solubility. That text named no solvent,
-- concentration or source in a form that can be read back, and no value may be shown without a
-- source, so it is not turned into rows. So that nothing typed is lost, each non-empty text is kept
-- in the audit log (action "product.solubility-retired", before = the text) before the column goes.
-- CreateTable
CREATE TABLE "Solubility" (
    "id" SERIAL NOT NULL,
    "productId" INTEGER NOT NULL,
    "solvent" TEXT NOT NULL,
    "maxMgPerMl" DOUBLE PRECISION NOT NULL,
    "atLeast" BOOLEAN NOT NULL DEFAULT false,
    "conditions" TEXT,
    "referenceId" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Solubility_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Solubility_referenceId_idx" ON "Solubility"("referenceId");

-- CreateIndex
CREATE UNIQUE INDEX "Solubility_productId_solvent_key" ON "Solubility"("productId", "solvent");

-- AddForeignKey
ALTER TABLE "Solubility" ADD CONSTRAINT "Solubility_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Solubility" ADD CONSTRAINT "Solubility_referenceId_fkey" FOREIGN KEY ("referenceId") REFERENCES "Reference"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- A concentration must be positive: checked by lib/catalog/solubility-schema.ts, not by a CHECK
-- constraint, which Prisma's WebAssembly schema engine cannot replay (`prisma migrate diff` in .ci/run
-- stops with "RuntimeError: unreachable").

INSERT INTO "AuditLog" ("id", "actorId", "inquiryId", "action", "before", "after", "createdAt")
SELECT 'solubility-retired-' || p."id", NULL, NULL, 'product.solubility-retired',
       jsonb_build_object('catalogNumber', p."catalogNumber", 'solubility', p."solubility"), NULL, now()
  FROM "Product" p
 WHERE nullif(btrim(p."solubility"), '') IS NOT NULL;

ALTER TABLE "Product" DROP COLUMN "solubility";
