// A controlled product for tests: ketamine-like, with a US Schedule III and a UK Class B row citing a
// reference, under a catalog number unique per call.
import { db } from "@/lib/db";
import { createTestProduct } from "@/tests/catalog-fixtures";
import { uniqueToken } from "@/tests/inquiry-fixtures";

export async function createControlledProduct() {
  const token = uniqueToken();
  const compound = await db.compound.create({ data: { slug: `controlled-${token}`, name: `Controlled ${token}` } });
  const product = await createTestProduct({
    catalogNumber: `KT${token.slice(1, 9).toUpperCase()}`,
    compoundId: compound.id,
    token,
    description: "A controlled product that exists only in tests.",
    data: { name: "Testketamine hydrochloride" },
  });
  const reference = await db.reference.create({
    data: {
      key: `law-${token}`,
      title: "21 CFR 1308.13 — Schedule III",
      url: "https://www.ecfr.gov/current/title-21/chapter-II/part-1308/section-1308.13",
    },
  });
  await db.productControl.createMany({
    data: [
      { productId: product.id, jurisdiction: "US-DEA", schedule: "Schedule III", referenceId: reference.id, position: 0 },
      { productId: product.id, jurisdiction: "UK-MDA", schedule: "Class B", referenceId: reference.id, position: 1 },
    ],
  });
  return product;
}

/** The first bytes of a PDF are all the type check reads. */
export const pdfFile = (name = "licence.pdf") =>
  new File([new TextEncoder().encode("%PDF-1.4\n% test licence\n")], name, { type: "application/pdf" });
