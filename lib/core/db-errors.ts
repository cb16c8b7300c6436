import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Whether a query failed on a unique constraint: P2002 from Prisma's own queries, or P2010 with
 * PostgreSQL's 23505 from a raw statement (which Prisma does not map to P2002).
 */
export function isUniqueViolation(error: unknown) {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2002") return true;
  const cause = (error.meta?.driverAdapterError as { cause?: { originalCode?: string } } | undefined)?.cause;
  return error.code === "P2010" && cause?.originalCode === "23505";
}
