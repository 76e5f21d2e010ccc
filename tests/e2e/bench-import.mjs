// Benchmark: importing and aggregating generated member files in the cell workspace, in
// headless Chromium against the release build. Prints the median of several runs, in ms,
// for 50, 300 (a large cell) and 4,000 files, beside the budgets. The time is the app's own
// measure (data-ms of the import status): from the files being chosen to the roster drawn
// with the new members, reading, checking, storing and aggregating included.
//
// The workspace is made for the files' year, and every run asserts that every file was
// accepted and the roster holds every member: the accepted path is what is timed.
// Run by .ci/bench after a release build.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { CHROMIUM } from './playwright.config.mjs';
import { reviewPayloads } from './cell-files.mjs';

const PORT = 4199;
// 50 and 300: issue 14; 4,000 files: issue 6.
const BUDGET = { 50: 100, 300: 300, 4000: 2000 };
const RUNS = { 50: 7, 300: 5, 4000: 3 };

const server = spawn(process.execPath, [new URL('./serve.mjs', import.meta.url).pathname], { env: { ...process.env, PORT: String(PORT) }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
let over = false;
try {
  for (const count of [50, 300, 4000]) {
    const files = reviewPayloads(count);
    const times = [];
    for (let run = 0; run < RUNS[count]; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${PORT}/chi-bo`);
      await page.getByLabel('Chi bộ', { exact: true }).fill('Chi bộ đo thời gian');
      await page.getByLabel('Năm kiểm điểm').fill('2025');
      await page.getByRole('button', { name: 'Lập hồ sơ chi bộ' }).click();
      await page.getByRole('link', { name: 'Đảng viên', exact: true }).click();
      await page.getByLabel(/Chọn các tệp bản kiểm điểm/).setInputFiles(files);
      const status = page.locator('.import-status[data-ms]');
      await status.waitFor({ timeout: 120_000 });
      times.push(Number(await status.getAttribute('data-ms')));
      // The work was done: every file accepted, every member in the roster.
      const summary = await page.locator('.import-summary').textContent();
      if (!summary.includes(`Đã xử lý ${count} tệp: ${count} nhận mới`)) throw new Error(`not every file was accepted: ${summary}`);
      const rows = await page.locator('table.roster tbody tr').count();
      if (rows !== Math.min(count, 100)) throw new Error(`the roster's first page shows ${rows} members`);
      await context.close();
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    const ok = median <= BUDGET[count];
    over ||= !ok;
    console.log(`import and aggregate ${String(count).padStart(4)} files: median ${median} ms of ${times.length} runs [${times.join(', ')}]; budget ${BUDGET[count]} ms: ${ok ? 'within' : 'OVER'}`);
  }
} finally {
  await browser.close();
  server.kill();
}
if (over) process.exitCode = 1;
