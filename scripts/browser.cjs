// Which Chromium do the end-to-end tests drive? One place for the answer:
//   1. CHROMIUM_PATH, when set;
//   2. Playwright's own Chromium, where `playwright install` has put one;
//   3. a system Chromium (Debian's /usr/bin/chromium and friends).
// Run as a script (`node scripts/browser.cjs`), it also provisions one when none exists:
// `playwright install chromium` where the network allows it, else Debian's `chromium` package
// where apt works; failing both it stops and names exactly what to install.
// CommonJS, because playwright.config.ts loads it synchronously.
const { execFileSync, spawnSync } = require("node:child_process");
const { accessSync, constants } = require("node:fs");

const SYSTEM_CHROMIUMS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function playwrightChromium() {
  try {
    const { chromium } = require("@playwright/test");
    const file = chromium.executablePath();
    return file && executable(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

/** { executablePath } for Playwright's launch options: undefined means Playwright's own browser. */
function findChromium() {
  if (process.env.CHROMIUM_PATH) {
    if (!executable(process.env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable file`);
    return { executablePath: process.env.CHROMIUM_PATH, source: "CHROMIUM_PATH" };
  }
  if (playwrightChromium()) return { executablePath: undefined, source: "Playwright's own Chromium" };
  const system = SYSTEM_CHROMIUMS.find(executable);
  return system ? { executablePath: system, source: "system Chromium" } : undefined;
}

function tryRun(command, args) {
  console.log(`$ ${command} ${args.join(" ")}`);
  return spawnSync(command, args, { stdio: "inherit", timeout: 15 * 60_000 }).status === 0;
}

async function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  console.log("No Chromium found for the end-to-end tests; trying to provision one.");
  if (tryRun("npx", ["playwright", "install", "chromium"]) && findChromium()) return findChromium();
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  const hasSudo = spawnSync("sh", ["-c", "command -v sudo"]).status === 0;
  if (hasApt && (isRoot || hasSudo)) {
    const prefix = isRoot ? [] : ["sudo", "-n"];
    const [cmd, ...rest] = [...prefix, "apt-get"];
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync(cmd, [...rest, "update", "-qq"], { stdio: "inherit", env });
    execFileSync(cmd, [...rest, "install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
    if (findChromium()) return findChromium();
  }
  throw new Error(
    "No Chromium for the end-to-end tests, and neither `npx playwright install chromium` nor apt could provide one.\n" +
      "Install one of: Playwright's browser (`npx playwright install chromium`), Debian/Ubuntu `apt-get install chromium`,\n" +
      "or any Chromium/Chrome build, then set CHROMIUM_PATH=/path/to/chrome.",
  );
}

module.exports = { findChromium };

if (require.main === module) {
  ensureChromium()
    .then((found) => console.log(`End-to-end tests use ${found.source}${found.executablePath ? ` (${found.executablePath})` : ""}.`))
    .catch((error) => {
      console.error(error.message);
      process.exit(1);
    });
}
