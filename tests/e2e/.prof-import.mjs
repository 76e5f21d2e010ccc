import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { reviewPayloads } from './cell-files.mjs';
import { CHROMIUM } from './playwright.config.mjs';
const N = Number(process.argv[2] || 50);
const server = spawn(process.execPath, [new URL('./serve.mjs', import.meta.url).pathname], { env: { ...process.env, PORT: '4198', DIST: '/tmp/distp' }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((r) => server.stdout.once('data', r));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
const agg = new Map(); let total = 0;
try {
  for (let run = 0; run < 5; run++) {
    const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
    await page.goto('http://127.0.0.1:4198/chi-bo');
    await page.getByLabel('Chi bộ', { exact: true }).fill('x');
    await page.getByLabel('Năm kiểm điểm').fill('2025');
    await page.getByRole('button', { name: 'Lập hồ sơ chi bộ' }).click();
    await page.getByRole('link', { name: 'Đảng viên', exact: true }).click();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start');
    await page.getByLabel(/Chọn các tệp bản kiểm điểm/).setInputFiles(reviewPayloads(N));
    await page.locator('.import-status[data-ms]').waitFor();
    const ms = await page.locator('.import-status').getAttribute('data-ms');
    const { profile } = await cdp.send('Profiler.stop');
    console.log('run', run, ms, 'ms');
    // self time per function, only samples after the change
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const dt = profile.timeDeltas; let t = profile.startTime;
    for (let i = 0; i < profile.samples.length; i++) {
      t += dt[i];
      const n = byId.get(profile.samples[i]);
      const name = n.callFrame.functionName || n.callFrame.url.split('/').pop() || '(anon)';
      agg.set(name, (agg.get(name) || 0) + dt[i] / 1000);
    }
    await page.close();
  }
} finally { await browser.close(); server.kill(); }
const top = [...agg.entries()].filter(([k]) => k !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, 45);
for (const [k, v] of top) console.log((v / 5).toFixed(1).padStart(7), k.slice(0, 120));
