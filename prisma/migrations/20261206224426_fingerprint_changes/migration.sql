-- CreateTable
CREATE TABLE "FingerprintChange" (
    "txid" BIGINT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FingerprintChange_pkey" PRIMARY KEY ("txid")
);


-- Every transaction that changes what structure search reads (a product's SMILES, fingerprints or
-- sold status; products added or removed) records itself once. Statement triggers with transition
-- tables: an import's UPDATE names the fingerprint columns for every row it touches, and only rows
-- whose values differ count, so a description edit or an unchanged re-import does not make every
-- app process reload its index. No row lock shared between writers: concurrent imports do not wait
-- on each other. Readers compare count(*) and max(txid): a transaction that commits after a later
-- one still changes the count.
CREATE FUNCTION "recordFingerprintChange"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (
      SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o."smiles", o."patternFp", o."morganFp", o."discontinuedOn")
        IS DISTINCT FROM (n."smiles", n."patternFp", n."morganFp", n."discontinuedOn")
    ) THEN
      RETURN NULL;
    END IF;
  ELSIF TG_OP = 'INSERT' THEN
    IF NOT EXISTS (SELECT 1 FROM new_rows) THEN RETURN NULL; END IF;
  ELSIF TG_OP = 'DELETE' THEN
    IF NOT EXISTS (SELECT 1 FROM old_rows) THEN RETURN NULL; END IF;
  END IF;
  INSERT INTO "FingerprintChange" (txid) VALUES (pg_current_xact_id()::text::bigint) ON CONFLICT (txid) DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER "Product_fingerprintInsert" AFTER INSERT ON "Product"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "recordFingerprintChange"();
CREATE TRIGGER "Product_fingerprintUpdate" AFTER UPDATE ON "Product"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "recordFingerprintChange"();
CREATE TRIGGER "Product_fingerprintDelete" AFTER DELETE ON "Product"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "recordFingerprintChange"();
CREATE TRIGGER "Product_fingerprintTruncate" AFTER TRUNCATE ON "Product"
  FOR EACH STATEMENT EXECUTE FUNCTION "recordFingerprintChange"();
