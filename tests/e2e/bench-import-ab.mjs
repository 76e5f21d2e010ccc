// A/B of the cell import: two builds served side by side, their runs alternated, so that a
// change is compared on the same machine under the same load (this 2-core machine's speed
// drifts by a quarter within a day). Every run asserts that every file was accepted.
// Usage: OLD_DIST=/path/to/old/dist NEW_DIST=../../dist node bench-import-ab.mjs
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { CHROMIUM } from './playwright.config.mjs';
import { reviewPayloads } from './cell-files.mjs';
const builds = {
  old: [process.env.OLD_DIST, 4301],
  new: [process.env.NEW_DIST ?? new URL('../../dist', import.meta.url).pathname, 4302],
};
if (!builds.old[0]) throw new Error('OLD_DIST is not set: the dist/ of the build to compare against');
const servers = [];
for (const [dist, port] of Object.values(builds)) {
  const s = spawn(process.execPath, [new URL('./serve.mjs', import.meta.url).pathname], { env: { ...process.env, PORT: String(port), DIST: dist }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((r) => s.stdout.once('data', r));
  servers.push(s);
}
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
for (const count of [50, 300, 4000]) {
  const files = reviewPayloads(count);
  const times = { old: [], new: [] };
  for (let run = 0; run < (count === 4000 ? 3 : 7); run++) {
    for (const name of run % 2 ? ['new', 'old'] : ['old', 'new']) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${builds[name][1]}/chi-bo`);
      await page.getByLabel('Chi bộ', { exact: true }).fill('x');
      await page.getByLabel('Năm kiểm điểm').fill('2025');
      await page.getByRole('button', { name: 'Lập hồ sơ chi bộ' }).click();
      await page.getByRole('link', { name: 'Đảng viên', exact: true }).click();
      await page.getByLabel(/Chọn các tệp bản kiểm điểm/).setInputFiles(files);
      const status = page.locator('.import-status[data-ms]');
      await status.waitFor({ timeout: 120_000 });
      const summary = await page.locator('.import-summary').textContent();
      if (!summary.includes(`${count} nhận mới`)) throw new Error(summary);
      times[name].push(Number(await status.getAttribute('data-ms')));
      await context.close();
    }
  }
  const med = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
  console.log(`${count} files: old median ${med(times.old)} ms [${times.old.join(', ')}]; new median ${med(times.new)} ms [${times.new.join(', ')}]`);
}
await browser.close(); for (const s of servers) s.kill();
