import "server-only";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { Adapter } from "next-auth/adapters";
import { db } from "@/lib/db";

/**
 * next-auth's Prisma adapter, with a deleteSession that tolerates a session that is not there.
 * When an emailed link is used, next-auth deletes the session named by the browser's cookie if it is
 * not the signing-in user's; for a cookie naming no session (stale, from an old database, made up)
 * the adapter's `delete` throws P2025, and the sign-in ended in `error=Callback` with the link
 * already used up.
 */
export function createAuthAdapter(): Adapter {
  // The adapter is typed against @prisma/client's default output; ours is generated to lib/generated.
  const adapter = PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]);
  return {
    ...adapter,
    async deleteSession(sessionToken) {
      await db.session.deleteMany({ where: { sessionToken } });
    },
  };
}
