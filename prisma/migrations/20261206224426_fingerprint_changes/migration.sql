-- CreateTable
CREATE TABLE "FingerprintChange" (
    "txid" BIGINT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FingerprintChange_pkey" PRIMARY KEY ("txid")
);


-- Every statement that can change what structure search finds records its transaction once (no
-- row lock shared between writers, so concurrent imports do not wait on each other). Readers compare
-- count(*) and max(txid): a transaction that commits after a later one still changes the count.
CREATE FUNCTION "recordFingerprintChange"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "FingerprintChange" (txid) VALUES (pg_current_xact_id()::text::bigint) ON CONFLICT (txid) DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER "Product_fingerprintChange"
  AFTER INSERT OR DELETE OR UPDATE OF "smiles", "patternFp", "morganFp", "discontinuedOn" ON "Product"
  FOR EACH STATEMENT EXECUTE FUNCTION "recordFingerprintChange"();

CREATE TRIGGER "Product_fingerprintTruncate"
  AFTER TRUNCATE ON "Product"
  FOR EACH STATEMENT EXECUTE FUNCTION "recordFingerprintChange"();
