import path from "node:path";
import { defineConfig } from "prisma/config";
import { migrateAdapter } from "./prisma/migrate-adapter";

// Prisma 6.19 with the WebAssembly schema engine: no native engine binary is downloaded.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  async adapter() {
    return migrateAdapter();
  },
});
