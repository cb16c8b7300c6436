import { chromium } from "@playwright/test";
const base = "http://127.0.0.1:3161";
const pages = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
for (const [label, opts] of [["phone", { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 }], ["desktop", { viewport: { width: 1280, height: 900 } }]]) {
  const ctx = await browser.newContext(opts);
  const page = await ctx.newPage();
  for (const p of pages) {
    const [path, action] = p.split("|");
    if (action && label === "desktop") continue;
    await page.goto(base + path);
    if (action === "menu") await page.locator("header summary").click();
    if (action === "filters") await page.getByRole("button", { name: /Filters/ }).click();
    await page.waitForTimeout(300);
    const name = `/tmp/phone/${label}-${path.replace(/[^a-z0-9]+/gi, "_")}${action ? "-" + action : ""}.png`;
    const h = await page.evaluate(() => document.documentElement.scrollHeight);
    const w = opts.viewport.width, seg = label === "phone" ? 1100 : 1400;
    const only = process.env.SEG ? process.env.SEG.split(",").map(Number) : null;
    for (let y = 0, i = 0; y < h && !action; y += seg, i++) {
      if (only && !only.includes(i)) continue;
      await page.screenshot({ path: name.replace(".png", `-${i}.png`), fullPage: true, clip: { x: 0, y, width: w, height: Math.min(seg, h - y) } });
    }
    if (action) await page.screenshot({ path: name });
    console.log(name, h, await page.evaluate(() => document.documentElement.scrollWidth));
  }
  await ctx.close();
}
await browser.close();
