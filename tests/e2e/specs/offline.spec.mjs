// Issue 14: offline after the first visit, and updates that never cost an edit. Each test
// serves the built app itself and then stops that server, so "offline" means no server at
// all, not an emulation; the service worker is the real one generated at build time.
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';

const DIST = new URL('../../../dist', import.meta.url).pathname;
const SERVE = new URL('../serve.mjs', import.meta.url).pathname;
const POST_BUILD = new URL('../../../.ci/build-tools/post-build.mjs', import.meta.url).pathname;

async function serve(root, port) {
  const server = spawn(process.execPath, [SERVE], { env: { ...process.env, PORT: String(port), DIST: root }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => server.stdout.once('data', resolve));
  return server;
}

/** A context with its own page whose uncaught errors (a Rust panic) fail the test. */
async function newPage(browser, port) {
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}`, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', serviceWorkers: 'allow' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

/** Starts a 2B review and types a name; returns the review's address. */
async function startReview(page, name) {
  await page.goto('/ban-kiem-diem');
  await page.getByLabel('Năm kiểm điểm').selectOption('2025');
  await page.getByLabel(/^Mẫu 2B/).check();
  await page.getByRole('button', { name: 'Bắt đầu' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bước 1/8: Thông tin chung');
  await page.getByLabel('Họ và tên').fill(name);
  await expect.poll(() => stored(page, name)).toBe(true);
  return new URL(page.url()).pathname;
}

const stored = (page, text) => page.evaluate((t) => Object.values(localStorage).some((v) => v.includes(t)), text);
const workerReady = (page) => page.evaluate(() => navigator.serviceWorker.ready.then((r) => !!r.active));

test('after one visit, every app opens offline by reload, typed address and link, and a draft typed offline survives a reload', async ({ browser }) => {
  const server = await serve(DIST, 4291);
  const { context, page, errors } = await newPage(browser, 4291);
  try {
    const review = await startReview(page, 'Nguyễn Văn An');
    expect(await workerReady(page)).toBe(true);
    // The network goes away: the server stops and the browser is told it is offline.
    server.kill();
    await context.setOffline(true);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bước 1/8: Thông tin chung');
    await page.getByLabel('Đơn vị công tác').fill('Sở Tư pháp, soạn khi mất mạng');
    await expect.poll(() => stored(page, 'soạn khi mất mạng')).toBe(true);
    await page.reload();
    await expect(page.getByLabel('Đơn vị công tác')).toHaveValue('Sở Tư pháp, soạn khi mất mạng');
    await expect(page.getByLabel('Họ và tên')).toHaveValue('Nguyễn Văn An');

    const id = review.split('/')[2];
    for (const [path, heading] of [
      ['/', 'Kiểm điểm đảng viên'],
      ['/ban-nhap', 'Bản nháp trên máy này'],
      ['/ban-kiem-diem', /Bản kiểm điểm/],
      [review, 'Bước 1/8: Thông tin chung'],
      ['/chi-bo', 'Chi bộ: thu nhận và tổng hợp'],
      ['/chi-bo/khong-co', 'Không tìm thấy hồ sơ chi bộ'],
      ['/dang-uy', /Đảng ủy/],
      ['/dang-uy/khong-co/bo-tieu-chi', 'Không tìm thấy hồ sơ đảng ủy'],
      [`/in/van-ban/${id}`, /BẢN KIỂM ĐIỂM|Bản kiểm điểm/i],
    ]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }).first(), `offline: ${path}`).toHaveText(heading);
    }
    // A link into another app (a full page load) works offline too.
    await page.goto('/');
    await page.locator('a[href="/chi-bo"]').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chi bộ: thu nhận và tổng hợp');
    expect(errors).toEqual([]);
  } finally {
    server.kill();
    await context.close();
  }
});

test('a new version deployed over the first is announced, waits for the user, and keeps the draft typed before it', async ({ browser }) => {
  const work = mkdtempSync(join(tmpdir(), 'kiemdiem-update-'));
  const live = join(work, 'live');
  symlinkSync(DIST, live);
  // The second build: the same app with one file changed, and its own service worker.
  const second = join(work, 'second');
  cpSync(DIST, second, { recursive: true });
  // A statement, not a comment: the post-build step minifies the scripts.
  const MARK = 'phien-ban-thu-hai';
  writeFileSync(join(second, 'boot.js'), `${readFileSync(join(second, 'boot.js'), 'utf8')}\nglobalThis.kiemdiemVersion = '${MARK}';\n`);
  execFileSync(process.execPath, [POST_BUILD, second], { stdio: 'ignore' });

  const server = await serve(live, 4292);
  const { context, page, errors } = await newPage(browser, 4292);
  try {
    const review = await startReview(page, 'Trần Thị Bình');
    expect(await workerReady(page)).toBe(true);
    await page.reload();
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await page.evaluate(() => { window.stillTheSamePage = true; });

    // Deploy the second build and let the page look for it.
    const next = join(work, 'next');
    symlinkSync(second, next);
    renameSync(next, live);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const notice = page.getByText('Đã có phiên bản mới của ứng dụng');
    await expect(notice).toBeVisible();
    expect(await page.evaluate(() => window.stillTheSamePage)).toBe(true);

    // An edit still waiting for its save timer, then the reload: the edit is written first.
    await page.getByLabel('Đơn vị công tác').fill('Trường Tiểu học Kim Liên');
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Tải lại để dùng bản mới' }).click(),
    ]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bước 1/8: Thông tin chung');
    expect(new URL(page.url()).pathname).toBe(review);
    await expect(page.getByLabel('Họ và tên')).toHaveValue('Trần Thị Bình');
    await expect(page.getByLabel('Đơn vị công tác')).toHaveValue('Trường Tiểu học Kim Liên');
    // The new version runs, and the notice is gone.
    expect(await page.evaluate(() => window.stillTheSamePage)).toBeUndefined();
    expect(await page.evaluate(() => fetch('/boot.js').then((r) => r.text()))).toContain(MARK);
    await expect(notice).toHaveCount(0);
    expect(errors).toEqual([]);
  } finally {
    server.kill();
    await context.close();
    rmSync(work, { recursive: true, force: true });
  }
});
