// Shared by the catalog management tests: an admin to act as (audit entries need a real staff
// member) and removal of what a test file wrote, since on PostgreSQL test files share a database.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { uniqueToken } from "@/tests/inquiry-fixtures";

export async function createAdmin() {
  return db.staffMember.create({
    data: { email: `admin-${uniqueToken()}@catalog-test.example`, name: "Catalog Admin", role: "ADMIN" },
    select: { id: true },
  });
}

export async function removeAdmin(admin: { id: string }) {
  await db.auditLog.deleteMany({ where: { actorId: admin.id } });
  await db.staffMember.delete({ where: { id: admin.id } });
}

/** Audit entries an admin wrote with this action, oldest first. */
export function auditOf(admin: { id: string }, action: string) {
  return db.auditLog.findMany({ where: { actorId: admin.id, action }, orderBy: { createdAt: "asc" } });
}

/** A product row without real chemistry, for tests of what links to products (the import tests the chemistry). */
export function createTestProduct({
  catalogNumber,
  compoundId,
  token,
  description,
  data = {},
}: {
  catalogNumber: string;
  compoundId: number;
  token: string;
  description: string;
  data?: Partial<Prisma.ProductUncheckedCreateInput>;
}) {
  return db.product.create({
    data: {
      catalogNumber,
      name: "Test product",
      compoundId,
      saltForm: "free base",
      smiles: "C",
      inchi: "InChI=1S/CH4/h1H4",
      inchiKey: `TEST-${token}`,
      formula: "CH4",
      molecularWeight: 16.04,
      exactMass: 16.03,
      structureSvg: "<svg/>",
      // Methane sets no bit a query could need. Without fingerprints a product is a candidate for
      // every structure search, and on a shared PostgreSQL database other files' searches meet it.
      patternFp: "0".repeat(2048),
      morganFp: "0".repeat(2048),
      description,
      ...data,
    },
  });
}
