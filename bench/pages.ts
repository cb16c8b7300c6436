// npm run bench:pages -- [--database <url>] [--duration 10] [--connections 32] [--rounds 1] [--port 4400] [--query ketamine] [--json <file>]
//
// Page throughput under concurrent load, one table: `next start` serving the public pages issue 15
// wants from cache (home, /guides, a guide, /products, a product), a facet page and /search?q= (rendered
// per request) and Next's own static page; nginx
// serving the same product page saved as a file; and the caching proxy of deploy/nginx/reagent-desk.conf
// in front of `next start`. The servers run on core 0 and wrk on core 1 (`taskset`), over 127.0.0.1.
//
// Uses the existing .next build (runs `next build` if there is none). Database: --database (a migrated
// and loaded PostgreSQL database, e.g. one kept by `npm run bench -- --products N --keep`), default an
// embedded PGlite in /tmp/bench-pages-pglite that the app migrates and seeds with the demo catalog on
// first start. The product and guide measured are the first ones the /products and /guides pages list
// (--product / --guide to choose). Ports: --port (next), +1 (nginx static file), +2 and +3 (nginx proxy:
// public, refresh). --json <file>: also write every row's req/s and share of the static page, and each
// target's verdict, as JSON (the shape is `PageBenchResult` below), for bench/catalog.ts's targets table.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { printTable } from "./stats";

const { values: args } = parseArgs({
  options: {
    database: { type: "string", default: "pglite:/tmp/bench-pages-pglite" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "32" },
    rounds: { type: "string", default: "1" },
    port: { type: "string", default: "4400" },
    query: { type: "string", default: "ketamine" },
    product: { type: "string" },
    guide: { type: "string" },
    json: { type: "string" },
  },
});

/** What --json writes. `ratio` = req/s as a share of Next's static page (1 = as fast). */
export type PageBenchResult = {
  cores: number;
  loadAverage: { before: number; after: number };
  rows: { name: string; path: string; rps: number; perCpuSecond: number; ratio: number; cache: string; bytes: number; status: number }[];
  targets: { name: string; path: string; value: number; threshold: number; met: boolean; cache: string }[];
};

const ports = { next: Number(args.port), static: Number(args.port) + 1, proxy: Number(args.port) + 2, refresh: Number(args.port) + 3 };
const work = path.join(os.tmpdir(), `bench-pages-${process.pid}`);
const twoCores = os.cpus().length >= 2;
/** Servers on core 0, the load generator on core 1: they do not take CPU from each other. */
const pinned = (core: number, command: string[]) => (twoCores ? ["taskset", "-c", String(core), ...command] : command);

const children: ChildProcess[] = [];
function start(command: string[], env: NodeJS.ProcessEnv, log: string) {
  const child = spawn(command[0]!, command.slice(1), { env, stdio: ["ignore", "pipe", "pipe"] });
  const out: string[] = [];
  child.stdout!.on("data", (d: Buffer) => out.push(d.toString()));
  child.stderr!.on("data", (d: Buffer) => out.push(d.toString()));
  child.on("exit", () => existsSync(work) && writeFileSync(path.join(work, log), out.join("")));
  children.push(child);
  return { child, output: () => out.join("") };
}
function stopAll() {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
}

async function waitFor(url: string, seconds: number, output: () => string) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${seconds} s:\n${output()}`);
}

type Probe = { status: number; cache: string; bytes: number; text: string; cacheControl: string; date: string };
async function probe(url: string, headers: Record<string, string> = {}): Promise<Probe> {
  // Once more on a network error: fetch may reuse a kept-alive socket the server closed during wrk's run.
  const response = await fetch(url, { headers }).catch(() => fetch(url, { headers }));
  const body = await response.arrayBuffer();
  return {
    status: response.status,
    cache: response.headers.get("x-cache-status") ?? response.headers.get("x-nextjs-cache") ?? "—",
    bytes: body.byteLength,
    text: new TextDecoder().decode(body),
    cacheControl: response.headers.get("cache-control") ?? "—",
    // From the app when it made the page: a page from the proxy's cache keeps the Date it was stored with.
    date: response.headers.get("date") ?? "",
  };
}

/** " (two-byte, 56,374 chars: —, ≥)" when the page is held as a two-byte string in V8, else "". */
function stringNote(text: string): string {
  const wide = [...new Set(text.match(/[^\u0000-\u00ff]/gu) ?? [])];
  return wide.length ? ` (two-byte, ${text.length.toLocaleString("en")} chars: ${wide.slice(0, 5).join(" ")})` : "";
}

const WRK_SCRIPT = `done = function(summary, latency, requests)
  io.write(string.format("BENCH requests=%d duration_us=%d p50_us=%d p95_us=%d p99_us=%d non2xx=%d errors=%d\\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
`;

type Measured = { rps: number; p50: number; p95: number; p99: number; non2xx: number; errors: number };
function wrk(url: string, seconds = args.duration): Measured {
  const command = pinned(1, [
    "wrk",
    "-t1",
    `-c${args.connections}`,
    `-d${seconds}s`,
    "--timeout",
    "30s",
    "--latency",
    "-s",
    path.join(work, "p95.lua"),
    url,
  ]);
  const run = spawnSync(command[0]!, command.slice(1), { encoding: "utf8" });
  const line = run.stdout.split("\n").find((l) => l.startsWith("BENCH "));
  if (run.status !== 0 || !line) throw new Error(`wrk failed on ${url}: ${run.stderr}${run.stdout}`);
  const v = Object.fromEntries(
    line
      .slice(6)
      .split(" ")
      .map((kv) => kv.split("="))
      .map(([k, n]) => [k!, Number(n)]),
  );
  return {
    rps: v.requests! / (v.duration_us! / 1e6),
    p50: v.p50_us! / 1000,
    p95: v.p95_us! / 1000,
    p99: v.p99_us! / 1000,
    non2xx: v.non2xx!,
    errors: v.errors!,
  };
}

/** First link of the form `<prefix><segment>` in a listing page. */
async function firstLink(listing: string, prefix: string) {
  const html = await (await fetch(listing)).text();
  const match = html.match(new RegExp(`href="(${prefix}[^"?#/]+)"`));
  return match?.[1];
}

/** The repo's proxy config with this run's ports and cache folder; each replaced line must exist once. */
function proxyConfig() {
  let conf = readFileSync("deploy/nginx/reagent-desk.conf", "utf8");
  const replace = (from: string, to: string) => {
    if (conf.split(from).length !== 2) throw new Error(`deploy/nginx/reagent-desk.conf: expected "${from}" once`);
    conf = conf.replace(from, to);
  };
  replace("proxy_cache_path /var/cache/nginx/reagent-desk ", `proxy_cache_path ${path.join(work, "cache")} `);
  replace("server 127.0.0.1:3000;", `server 127.0.0.1:${ports.next};`);
  replace("listen 80;", `listen 127.0.0.1:${ports.proxy};`);
  replace("listen 127.0.0.1:8080;", `listen 127.0.0.1:${ports.refresh};`);
  return conf;
}

function nginxConfig() {
  const temp = (name: string) => `${name}_temp_path ${path.join(work, `${name}-temp`)};`;
  return `# Generated by bench/pages.ts
${process.getuid?.() === 0 ? "user root;" : ""}
worker_processes 1;
daemon off;
pid ${path.join(work, "nginx.pid")};
error_log ${path.join(work, "nginx-error.log")} warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join("\n  ")}

  # (a) the product page saved as a file
  server {
    listen 127.0.0.1:${ports.static};
    root ${path.join(work, "static")};
    location / { default_type text/html; }
  }

  # (b) deploy/nginx/reagent-desk.conf
  include ${path.join(work, "reagent-desk.conf")};
}
`;
}

const pct = (value: number, base: number) => `${Math.round((100 * value) / base)}%`;

/** Fields of /proc/<pid>/stat after the command name: [state, ppid, …, utime (11), stime (12), …]. */
function procStat(pid: number) {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}
const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;
/** CPU seconds the server processes (next, nginx's master and workers) have used so far. */
function serverCpuSeconds(pids: number[]) {
  const workers = readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .map(Number)
    .filter((pid) => {
      try {
        return pids.includes(Number(procStat(pid)[1]));
      } catch {
        return false; // exited meanwhile
      }
    });
  return [...pids, ...workers].reduce((sum, pid) => {
    const f = procStat(pid);
    return sum + (Number(f[11]) + Number(f[12])) / CLOCK_TICKS;
  }, 0);
}

async function main() {
  mkdirSync(path.join(work, "static"), { recursive: true });
  mkdirSync(path.join(work, "cache"), { recursive: true });
  writeFileSync(path.join(work, "p95.lua"), WRK_SCRIPT);
  if (!existsSync(".next/BUILD_ID")) {
    console.log("No .next build: running next build …");
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) throw new Error("next build failed");
  }
  const loadBefore = os.loadavg();

  const next = start(
    pinned(0, [process.execPath, "node_modules/next/dist/bin/next", "start", "-p", String(ports.next), "-H", "127.0.0.1"]),
    { ...process.env, DATABASE_URL: args.database, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    "next.log",
  );
  const app = `http://127.0.0.1:${ports.next}`;
  // A fresh embedded database is migrated and seeded on the first request's start-up (~15 s).
  await waitFor(`${app}/products`, 180, next.output);

  const productPath = args.product ? `/products/${args.product}` : await firstLink(`${app}/products`, "/products/");
  const guidePath = args.guide ? `/guides/${args.guide}` : await firstLink(`${app}/guides`, "/guides/");
  if (!productPath) throw new Error("no product on /products: is the database loaded?");
  const searchPath = `/search?q=${encodeURIComponent(args.query)}`;
  // A facet page: the first category /products offers (rendered per request, like any filtered listing).
  const facetPath = await firstLink(`${app}/products`, "/products\\?category=");
  // Next's only prerendered (○) HTML page: the not-found page, with the site's header and footer (404).
  const staticPath = "/_not-found";

  // First requests render and store the ISR pages; the second must come from Next's cache.
  for (const p of ["/", "/guides", "/products", productPath, guidePath, staticPath]) if (p) await probe(app + p);
  writeFileSync(path.join(work, "static", "product.html"), Buffer.from(await (await fetch(app + productPath)).arrayBuffer()));

  writeFileSync(path.join(work, "reagent-desk.conf"), proxyConfig());
  writeFileSync(path.join(work, "nginx.conf"), nginxConfig());
  const nginx = start(
    pinned(0, ["nginx", "-p", work, "-c", path.join(work, "nginx.conf"), "-e", path.join(work, "nginx-error.log")]),
    process.env,
    "nginx.log",
  );
  const proxy = `http://127.0.0.1:${ports.proxy}`;
  await waitFor(`http://127.0.0.1:${ports.static}/product.html`, 10, nginx.output);
  for (const p of [productPath, guidePath]) if (p) await probe(proxy + p);

  // The proxy's rules, checked on the product page.
  const stored = await probe(proxy + productPath);
  await new Promise((r) => setTimeout(r, 1100)); // so the refreshed copy's Date differs
  const refresh = await probe(`http://127.0.0.1:${ports.refresh}${productPath}`, { "X-Cache-Refresh": "1" });
  const afterRefresh = await probe(proxy + productPath);
  const replaced = afterRefresh.date === refresh.date && refresh.date !== stored.date;
  const checks = [
    ["plain GET (stored)", stored, "HIT"],
    ["refresh request from 127.0.0.1 (refresh port)", refresh, "BYPASS"],
    [`plain GET after the refresh (${replaced ? "the refreshed copy" : "NOT the refreshed copy"})`, afterRefresh, "HIT", replaced],
    ["GET with a cookie", await probe(proxy + productPath, { Cookie: "next-auth.session-token=x" }), "BYPASS"],
    ["RSC request (client navigation)", await probe(proxy + productPath, { RSC: "1" }), "BYPASS"],
    ["/search (private, no-store)", await probe(proxy + searchPath), "MISS"],
  ] as const;

  // `cached`: a page issue 15 wants served from Next's cache at ≥ 90% of the static page's req/s.
  const targets = [
    { name: "Next · static page ○ (not-found, 404)", url: app + staticPath },
    { name: "Next · home /", url: `${app}/`, cached: true },
    { name: "Next · /guides", url: `${app}/guides`, cached: true },
    ...(guidePath ? [{ name: `Next · guide ${guidePath}`, url: app + guidePath, cached: true }] : []),
    { name: "Next · /products (unfiltered)", url: `${app}/products`, cached: true },
    { name: `Next · product ${productPath}`, url: app + productPath, cached: true },
    ...(facetPath ? [{ name: `Next · facet ${facetPath}`, url: app + facetPath }] : []),
    { name: `Next · ${searchPath}`, url: app + searchPath },
    { name: "nginx · product page as static file", url: `http://127.0.0.1:${ports.static}/product.html` },
    { name: "nginx proxy_cache · product", url: proxy + productPath },
    ...(guidePath ? [{ name: "nginx proxy_cache · guide", url: proxy + guidePath }] : []),
    { name: `nginx proxy_cache · ${searchPath}`, url: proxy + searchPath },
  ];
  const serverPids = [next.child.pid!, nginx.child.pid!];
  type Sample = Measured & { perCpuSecond: number; before: Probe; after: Probe };
  const samples: Sample[][] = targets.map(() => []);
  // A short run of every URL first: otherwise the first URL measured, the static page every ratio is
  // taken against, also pays for warming the server up (JIT, first reads); it measured 501-578 req/s
  // in its first round against ~980 after.
  for (const target of targets) wrk(target.url, "2");
  // With --rounds n, every URL is measured once per round, in turn, so a burst of other work on the
  // machine hits one sample of each rather than all samples of one; the table shows the medians.
  for (let round = 0; round < Number(args.rounds); round++) {
    for (const [i, target] of targets.entries()) {
      const before = await probe(target.url);
      const cpuBefore = serverCpuSeconds(serverPids);
      const measured = wrk(target.url);
      const cpu = serverCpuSeconds(serverPids) - cpuBefore;
      const after = await probe(target.url);
      // Requests per second of server CPU: the rate the servers would reach on a core of their own,
      // much less swayed than req/s by other work on a shared machine.
      samples[i]!.push({ ...measured, perCpuSecond: (measured.rps * Number(args.duration)) / cpu, before, after });
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
  const results = targets.map((target, i) => {
    const runs = samples[i]!;
    const pick = (key: "rps" | "p50" | "p95" | "p99" | "perCpuSecond") => median(runs.map((r) => r[key]));
    const rates = runs.map((r) => r.rps);
    return {
      ...target,
      rps: pick("rps"),
      p50: pick("p50"),
      p95: pick("p95"),
      p99: pick("p99"),
      perCpuSecond: pick("perCpuSecond"),
      range: `${Math.round(Math.min(...rates))}–${Math.round(Math.max(...rates))}`,
      non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
      errors: runs.reduce((n, r) => n + r.errors, 0),
      before: runs[0]!.before,
      after: runs.at(-1)!.after,
    };
  });
  const loadAfter = os.loadavg();

  const nextStatic = results[0]!.rps;
  const nginxStaticRow = results.find((r) => r.name.startsWith("nginx · "))!;
  const nginxStatic = nginxStaticRow.rps;
  const cpus = os.cpus();
  console.log(
    `\n## Page throughput — wrk -t1 -c${args.connections} -d${args.duration}s over 127.0.0.1${Number(args.rounds) > 1 ? `, median of ${args.rounds} rounds` : ""}\n`,
  );
  console.log(
    `- servers (next start, nginx 1 worker) on ${twoCores ? "core 0" : "any core"}, wrk on ${twoCores ? "core 1" : "any core"}; ${cpus.length} cores (${cpus[0]?.model.trim() ?? "?"}); Node ${process.version}`,
  );
  console.log(
    `- load average ${loadBefore[0]!.toFixed(1)} before, ${loadAfter[0]!.toFixed(1)} after (other work on the machine skews every figure; compare within one run)`,
  );
  console.log(
    `- database ${args.database}; page sizes: ${results
      .filter((r) => r.cached)
      .map((r) => `${r.name.slice("Next · ".length)} ${r.before.bytes} B${stringNote(r.before.text)}`)
      .join(", ")}, static ${results[0]!.before.bytes} B${stringNote(results[0]!.before.text)}`,
  );
  console.log(
    `- two-byte: the page has characters above U+00FF, so Next holds and sends it as a two-byte string (twice the copying and encoding a response; from 64K characters a large-object allocation each time; app/_components/static-html.tsx)`,
  );
  console.log(
    `- cache = x-nextjs-cache (Next) / X-Cache-Status (nginx) before → after the run; req/s = completed requests / duration; MB/s = req/s × page size`,
  );
  console.log(
    `- vs Next static / vs nginx static = req/s as a share of that row's; pages larger than the static one lose some of it to size alone (compare MB/s)`,
  );
  console.log(
    `- req/CPU-s = requests per second of CPU used by the servers (next + nginx) during the run: throughput on a core of their own, steadier than req/s under other load\n`,
  );
  printTable(
    results.map((r) => ({
      URL: r.name,
      "req/s": Math.round(r.rps).toString(),
      ...(Number(args.rounds) > 1 ? { "req/s range": r.range } : {}),
      "p50 ms": r.p50,
      "p95 ms": r.p95,
      "p99 ms": r.p99,
      "MB/s": ((r.rps * r.before.bytes) / 1e6).toFixed(0),
      "req/CPU-s": Math.round(r.perCpuSecond).toString(),
      "vs Next static": pct(r.rps, nextStatic),
      "vs nginx static": pct(r.rps, nginxStatic),
      cache: `${r.before.cache} → ${r.after.cache}`,
      status: `${r.before.status}${r.non2xx && r.before.status < 300 ? ` (${r.non2xx} non-2xx)` : ""}${r.errors ? ` ${r.errors} errors` : ""}`,
    })),
  );

  console.log("\nTargets:");
  const verdict = (ok: boolean) => (ok ? "met" : "NOT met");
  const fromCache = (r: (typeof results)[number]) => ["HIT", "STALE"].includes(r.after.cache);
  for (const r of results.filter((r) => r.cached)) {
    console.log(
      `- ${r.name}: ${pct(r.rps, nextStatic)} of Next's static page (target ≥ 90%): ${verdict(r.rps >= 0.9 * nextStatic)} (per CPU-second: ${pct(r.perCpuSecond, results[0]!.perCpuSecond)}); served from Next's cache: ${fromCache(r) ? `yes (${r.after.cache})` : `NO (${r.after.cache})`}`,
    );
  }
  for (const r of results.filter((r) => r.name.startsWith("nginx proxy_cache · ") && !r.name.includes("/search"))) {
    console.log(
      `- ${r.name}: ${pct(r.rps, nginxStatic)} of nginx's static file (target ≥ 50%): ${verdict(r.rps >= 0.5 * nginxStatic)} (per CPU-second: ${pct(r.perCpuSecond, nginxStaticRow.perCpuSecond)}); cache ${r.after.cache}`,
    );
  }
  console.log("\nProxy rules (deploy/nginx/reagent-desk.conf), on the product page:");
  for (const [what, result, expected, alsoOk = true] of checks) {
    console.log(`- ${what}: X-Cache-Status ${result.cache} (expected ${expected}) ${result.cache === expected && alsoOk ? "ok" : "WRONG"}`);
  }
  console.log(`- Cache-Control sent by the app: product "${checks[0][1].cacheControl}", search "${checks[5][1].cacheControl}"`);

  if (args.json) {
    const pathOf = (url: string) => url.replace(/^http:\/\/[^/]+/, "");
    const result: PageBenchResult = {
      cores: cpus.length,
      loadAverage: { before: loadBefore[0]!, after: loadAfter[0]! },
      rows: results.map((r) => ({
        name: r.name,
        path: pathOf(r.url),
        rps: r.rps,
        perCpuSecond: r.perCpuSecond,
        ratio: r.rps / nextStatic,
        cache: r.after.cache,
        bytes: r.before.bytes,
        status: r.before.status,
      })),
      targets: [
        ...results
          .filter((r) => r.cached)
          .map((r) => ({
            name: `${r.name.slice("Next · ".length)} vs Next's static page`,
            path: pathOf(r.url),
            value: r.rps / nextStatic,
            threshold: 0.9,
            met: r.rps >= 0.9 * nextStatic && fromCache(r),
            cache: r.after.cache,
          })),
        ...results
          .filter((r) => r.name.startsWith("nginx proxy_cache · ") && !r.name.includes("/search"))
          .map((r) => ({
            name: `${r.name} vs nginx's static file`,
            path: pathOf(r.url),
            value: r.rps / nginxStatic,
            threshold: 0.5,
            met: r.rps >= 0.5 * nginxStatic,
            cache: r.after.cache,
          })),
      ],
    };
    writeFileSync(args.json, JSON.stringify(result, null, 2));
    console.log(`\nResults as JSON: ${args.json}`);
  }
}

process.once("SIGINT", () => {
  stopAll();
  process.exit(130);
});
main()
  .then(() => rmSync(work, { recursive: true, force: true }))
  .catch((error: unknown) => {
    console.error(error);
    console.error(`Server logs kept in ${work}`);
    process.exitCode = 1;
  })
  .finally(stopAll);
