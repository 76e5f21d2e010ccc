// The committee's benchmark (issue 13), in headless Chromium: 84 generated cell bundles
// holding 3,986 members imported at once and the overview drawn (budget 1 s, median), then
// one change of decision re-checking the cap over the whole committee (budget 50 ms,
// median). Each run asserts the work was done: every bundle taken, 84 rows drawn, the
// totals counting 3,986 members, the cap's figures changed by the decision.
// Every bundle is signed by its cell's own key (issue 31, item 9), and the run asserts that
// every signature was verified and pinned; BENCH_UNSIGNED=1 times the same bundles unsigned.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { bundleFile, cellKey } from './cell-files.mjs';

import { CHROMIUM } from './playwright.config.mjs';
const PORT = 4198;
const CELLS = 84;
const MEMBERS = 3986;
const BUDGET_IMPORT_MS = 1000;
const BUDGET_DECISION_MS = 50;
const RUNS = 3;
const DECISIONS = 7;
const SIGNED = !process.env.BENCH_UNSIGNED;

/** 84 bundles, 47 or 48 members each (3,986 in all), 1 in 8 proposed xuất sắc. */
function bundles() {
  const out = [];
  let first = 1;
  for (let cell = 1; cell <= CELLS; cell++) {
    const size = Math.floor(MEMBERS / CELLS) + (cell <= MEMBERS % CELLS ? 1 : 0);
    const proposed = Array.from({ length: size }, (_, i) => (i % 8 === 0 ? 'HTXSNV' : 'HTTNV'));
    const text = bundleFile({ cell, name: `Chi bộ ${cell}`, proposed, first });
    out.push({ name: `goi-chi-bo-${cell}.json`, mimeType: 'application/json', buffer: Buffer.from(SIGNED ? cellKey().sign(text) : text) });
    first += size;
  }
  return out;
}

const server = spawn(process.execPath, [new URL('./serve.mjs', import.meta.url).pathname], { env: { ...process.env, PORT: String(PORT) }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const files = bundles();
const megabytes = (files.reduce((a, f) => a + f.buffer.length, 0) / 1048576).toFixed(1);
let over = false;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  const imports = [];
  const decisions = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/dang-uy`);
    await page.getByLabel('Năm kiểm điểm').fill('2025');
    await page.getByRole('button', { name: 'Lập hồ sơ' }).click();
    await page.getByLabel(/^Tên tổ chức đảng/).fill('Đảng ủy phường Ba Đình');
    await page.getByRole('link', { name: 'Nhập gói của chi bộ' }).click();
    const input = page.getByLabel(/Chọn các tệp gói chi bộ/);
    await input.waitFor();
    // Timed from the moment the page is handed the files (the input's change event), as
    // when a clerk drops them: not Playwright's copying of 7 MB into the browser.
    await page.evaluate(() => document.addEventListener('change', () => { window.__importStart = performance.now(); }, { capture: true, once: true }));
    await input.setInputFiles(files);
    await page.locator('.import-status[data-ms]').waitFor({ timeout: 120_000 });
    const summary = await page.locator('.import-summary').textContent();
    if (summary !== `Đã xử lý ${CELLS} tệp: ${CELLS} tệp được nhận hoặc đã có, 0 tệp không nhận.`) throw new Error(`not every bundle was taken: ${summary}`);
    const pinned = ((await page.locator('.import-report').textContent()).match(/Đã ghi nhận chữ ký của/g) ?? []).length;
    if (pinned !== (SIGNED ? CELLS : 0)) throw new Error(`${pinned} signatures verified and pinned, not ${SIGNED ? CELLS : 0}`);
    await page.getByRole('link', { name: 'Tổng quan và quyết định' }).click();
    await page.locator(`table.cells[data-rows="${CELLS}"]`).waitFor({ timeout: 60_000 });
    imports.push(Math.round(await page.evaluate(() => performance.now() - window.__importStart)));
    const totals = await page.locator('#tong-so').textContent();
    if (!totals.startsWith(`${CELLS} chi bộ, ${MEMBERS} đảng viên`)) throw new Error(`the overview counts ${totals}`);

    // One decision on cell 1, timed from the change to the cap's figures drawn again.
    await page.getByRole('link', { name: 'Chi bộ 1', exact: true }).first().click();
    const select = page.getByLabel('Mức đảng ủy quyết định cho Đảng viên 2 Chi bộ 1');
    await select.waitFor();
    for (let i = 0; i < (run === 0 ? DECISIONS : 2); i++) {
      const level = i % 2 === 0 ? 'HTXSNV' : 'HTTNV';
      const ms = await page.evaluate(async ([level]) => {
        const cap = document.querySelector('.cap[data-group^="Đảng viên khác"]');
        const before = cap.textContent;
        const select = document.getElementById('quyet-dinh-2');
        const t0 = performance.now();
        select.value = level;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await new Promise((resolve) => {
          const check = () => (document.querySelector('.cap[data-group^="Đảng viên khác"]').textContent !== before ? resolve() : requestAnimationFrame(check));
          check();
        });
        return performance.now() - t0;
      }, [level]);
      decisions.push(Math.round(ms * 10) / 10);
    }
    await context.close();
  }
  const importMedian = median(imports);
  const decisionMedian = median(decisions);
  over ||= importMedian > BUDGET_IMPORT_MS || decisionMedian > BUDGET_DECISION_MS;
  console.log(`committee: import ${CELLS} ${SIGNED ? 'signed' : 'unsigned'} bundles (${MEMBERS} members, ${megabytes} MB) and draw the overview: median ${importMedian} ms of ${imports.length} runs [${imports.join(', ')}]; budget ${BUDGET_IMPORT_MS} ms: ${importMedian <= BUDGET_IMPORT_MS ? 'within' : 'OVER'}`);
  console.log(`committee: one decision re-checking the cap over ${MEMBERS} members: median ${decisionMedian} ms of ${decisions.length} [${decisions.join(', ')}]; budget ${BUDGET_DECISION_MS} ms: ${decisionMedian <= BUDGET_DECISION_MS ? 'within' : 'OVER'}`);
} finally {
  await browser.close();
  server.kill();
}
if (over) process.exitCode = 1;
