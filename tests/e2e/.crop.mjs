// node .crop.mjs in.png out.png y height: crops a tall screenshot (viewed through Chromium).
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const [, , input, out, y, h] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 400, height: 400 } });
const data = readFileSync(input).toString('base64');
await page.setContent(`<style>body{margin:0}</style><img src="data:image/png;base64,${data}">`);
const w = await page.locator('img').evaluate((i) => i.naturalWidth);
await page.screenshot({ path: out, fullPage: true, clip: { x: 0, y: Number(y), width: w, height: Number(h) } });
await browser.close();
