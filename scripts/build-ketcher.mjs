// Builds the structure editor (scripts/ketcher/) into public/ketcher/, a static page the site opens
// in an iframe only when someone clicks "Draw structure". Run by postinstall, so every install (and
// so every `next build`, however it is started) has it; public/ketcher/ is not committed.
//
// Ketcher and its Indigo worker are published for a bundler to finish: bare imports, Node's
// `events`, `process.env` and `global`. esbuild does that in a few seconds, outside Next's build.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "public", "ketcher");
const require = createRequire(import.meta.url);
// The flavour that fetches Indigo's .wasm as a file (7.5 MB, compressible) rather than as base64 inside
// the script, and without Indigo's own renderer (Ketcher draws in the browser).
const standalone = dirname(require.resolve("ketcher-standalone/dist/binaryWasmNoRender"));

const started = Date.now();
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const common = { bundle: true, format: "esm", minify: true, logLevel: "warning", legalComments: "linked", target: "es2022" };
await build({
  ...common,
  entryPoints: { editor: join(root, "scripts", "ketcher", "editor.tsx") },
  outdir: out,
  splitting: true,
  jsx: "automatic",
  tsconfig: join(root, "tsconfig.json"),
  alias: { "ketcher-standalone": join(standalone, "main.js") },
  define: { "process.env.NODE_ENV": '"production"', global: "globalThis" },
  // Some of Ketcher's dependencies read process.env.<name> at run time.
  banner: { js: 'globalThis.process??={env:{NODE_ENV:"production"}};' },
  loader: { ".svg": "dataurl", ".png": "file", ".woff": "file", ".woff2": "file", ".ttf": "file" },
});

// The worker keeps its published name: Ketcher starts it with new URL("indigoWorker-<hash>.js", import.meta.url).
for (const file of readdirSync(standalone)) {
  if (/^indigoWorker-[\w]+\.js$/.test(file)) await build({ ...common, entryPoints: [join(standalone, file)], outfile: join(out, file) });
  if (/^indigo-ketcher-norender-.*\.wasm$/.test(file)) copyFileSync(join(standalone, file), join(out, file));
}
copyFileSync(join(root, "scripts", "ketcher", "index.html"), join(out, "index.html"));
console.log(`Structure editor built into public/ketcher/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
