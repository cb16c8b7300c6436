-- List prices per currency. Existing prices were USD cents: they become the USD rows before the
-- column goes, so no price is lost.
CREATE TABLE "PackSizePrice" (
    "packSizeId" INTEGER NOT NULL,
    "currency" "Currency" NOT NULL,
    "amountMinor" INTEGER NOT NULL,

    CONSTRAINT "PackSizePrice_pkey" PRIMARY KEY ("packSizeId","currency")
);

ALTER TABLE "PackSizePrice" ADD CONSTRAINT "PackSizePrice_packSizeId_fkey" FOREIGN KEY ("packSizeId") REFERENCES "PackSize"("id") ON DELETE CASCADE ON UPDATE CASCADE;

INSERT INTO "PackSizePrice" ("packSizeId", "currency", "amountMinor")
SELECT "id", 'USD', "priceCents" FROM "PackSize" WHERE "priceCents" IS NOT NULL;

ALTER TABLE "PackSize" DROP COLUMN "priceCents";
