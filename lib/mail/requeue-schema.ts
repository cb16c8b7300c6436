// The "Send again" form on /staff/mail, shared by the client form and its server action.
import "@/lib/zod-jitless";
import { z } from "zod";

export const requeueSchema = z.object({
  messageId: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,40}$/i, "Unknown message"),
});
