// Temporary: screenshots of the conflict banner and the import report at 360 and 1280 px.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { CHROMIUM } from './playwright.config.mjs';
import { reviewPayloads, reviewFile } from './cell-files.mjs';
const PORT = 4198;
const server = spawn(process.execPath, [new URL('./serve.mjs', import.meta.url).pathname], { env: { ...process.env, PORT: String(PORT) }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((r) => server.stdout.once('data', r));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const width of [360, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'vi-VN' });
    const a = await context.newPage();
    const base = `http://127.0.0.1:${PORT}`;
    await a.goto(`${base}/chi-bo`);
    await a.getByLabel('Chi bộ', { exact: true }).fill('Chi bộ Khu phố 3');
    await a.getByLabel('Năm kiểm điểm').fill('2025');
    await a.getByRole('button', { name: 'Lập hồ sơ chi bộ' }).click();
    await a.getByRole('link', { name: 'Đảng viên', exact: true }).click();
    const bad = { name: 'diem-sai.json', mimeType: 'application/json', buffer: Buffer.from(reviewFile({ n: 9, name: 'Điểm Sai', general: '45' })) };
    await a.getByLabel(/Chọn các tệp bản kiểm điểm/).setInputFiles([...reviewPayloads(3), bad]);
    await a.getByText(/Đã xử lý 4 tệp/).waitFor();
    await a.screenshot({ path: `/tmp/shots/import-${width}.png`, fullPage: true });
    await a.getByRole('link', { name: 'Đảng viên Số 1' }).click();
    const url = a.url();
    const b = await context.newPage();
    await b.goto(url);
    await b.getByLabel('Nhận xét của chi ủy (chi bộ)').fill('Ý kiến ở thẻ B');
    await a.getByLabel('Nhận xét của chi ủy (chi bộ)').fill('Ý kiến ở thẻ A');
    const clash = (p) => p.getByRole('alert').filter({ hasText: 'Chưa bản nào bị ghi đè' });
    for (let i = 0; i < 50 && (await clash(a).count()) + (await clash(b).count()) === 0; i++) await a.waitForTimeout(100);
    const who = (await clash(a).count()) ? a : b;
    await who.screenshot({ path: `/tmp/shots/conflict-${width}.png`, fullPage: false });
    await context.close();
  }
} finally { await browser.close(); server.kill(); }
