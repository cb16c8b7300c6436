// The only reader of process.env. Each variable is documented in .env.example with its default.
import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Unset: embedded PGlite in ./.data/pglite. "pglite:memory" or "pglite:<dir>": embedded PGlite.
  // "postgresql://…": a PostgreSQL server.
  DATABASE_URL: z.string().trim().optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  PGLITE_MAX_CONN: z.coerce.number().int().min(2).max(64).default(8),
  PGLITE_DEBUG: z.string().optional(),
  // Public origin used for canonical URLs, the sitemap and links in emails.
  SITE_URL: z.url().default("http://localhost:3000"),
  // "false" stops the app from migrating and seeding an empty embedded database at start-up.
  AUTO_SETUP_DB: z.enum(["true", "false"]).default("true"),
  // Set by Next.js itself; "phase-production-build" while `next build` runs.
  NEXT_PHASE: z.string().optional(),
});

export const env = envSchema.parse(process.env);
export type Env = z.infer<typeof envSchema>;
