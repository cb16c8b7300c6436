// Which database does DATABASE_URL name?
//   unset                        -> embedded PGlite persisted in ./.data/pglite
//   pglite:memory | pglite:<dir> -> embedded PGlite (memory is private to the process: tests)
//   postgres:// | postgresql://  -> a PostgreSQL server
export const DEFAULT_PGLITE_DIR = "./.data/pglite";

export type DbTarget =
  | { kind: "pglite"; dataDir: string | undefined } // undefined = in-memory
  | { kind: "postgres"; url: string };

export function resolveDbTarget(url: string | undefined): DbTarget {
  const value = url?.trim();
  if (!value) return { kind: "pglite", dataDir: DEFAULT_PGLITE_DIR };
  if (value.startsWith("pglite:")) {
    const rest = value.slice("pglite:".length).replace(/^\/\//, "");
    return { kind: "pglite", dataDir: rest === "" || rest === "memory" ? undefined : rest };
  }
  if (/^postgres(ql)?:\/\//.test(value)) return { kind: "postgres", url: value };
  throw new Error(`DATABASE_URL must be unset, pglite:memory, pglite:<dir> or postgresql://…; got "${value.split(":")[0]}:…"`);
}
