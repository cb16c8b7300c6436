import "server-only";
import { db } from "@/lib/db";

export async function isBlockedSender(email: string) {
  return (await db.blockedSender.count({ where: { email: email.trim().toLowerCase() } })) > 0;
}
