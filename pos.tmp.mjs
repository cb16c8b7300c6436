import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true })).newPage();
await page.goto("http://127.0.0.1:3161" + process.argv[2]);
for (const sel of process.argv.slice(3)) console.log(sel, await page.locator(sel).first().evaluate((e) => Math.round(e.getBoundingClientRect().top + scrollY)));
await browser.close();
