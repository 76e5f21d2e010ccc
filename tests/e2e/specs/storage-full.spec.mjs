// Issue 31, items 1–2: when the browser's storage is full, a draft imported on /ban-nhap is
// never said to be added unless it was written and read back; what could not be kept is
// named, nothing half-written stays, and once space is freed the same file goes in.
import { readFileSync } from 'node:fs';
import { test, expect, open, keptCellReviews, REVIEW_FIXTURE } from './fixtures.mjs';
import { reviewFile, bundlePayload } from '../cell-files.mjs';

/** Fills the site's local storage with filler entries until one more byte is refused. */
async function fillStorage(page) {
  return page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
      for (;;) {
        try { localStorage.setItem(`filler/${n++}`, 'x'.repeat(size)); } catch { break; }
      }
    }
    return n;
  });
}

test('a draft that storage cannot keep is named, and nothing of it stays', async ({ page }) => {
  await open(page, '/ban-nhap');
  expect(await fillStorage(page)).toBeGreaterThan(4);
  const input = page.getByLabel('Nhập tệp đã xuất hoặc khôi phục từ tệp sao lưu');
  const file = { name: 'mot.json', mimeType: 'application/json', buffer: Buffer.from(readFileSync(REVIEW_FIXTURE, 'utf8')) };
  await input.setInputFiles(file);
  const report = page.locator('.import-report');
  await expect(report).toContainText('Tệp "mot.json": Bản kiểm điểm năm 2025 của Nguyễn Văn An chưa được thêm vì bộ nhớ của trình duyệt trên máy này đã đầy. Trên máy này không có gì thay đổi.');
  await expect(report).not.toContainText('đã thêm');
  await expect(page.locator('.draft-list .draft')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.draft-list .draft')).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kiemdiem/doc/')).length)).toBe(0);

  // Space freed: the same file, and a second one, go in and survive a reload.
  await page.evaluate(() => { for (const k of Object.keys(localStorage)) if (k.startsWith('filler/')) localStorage.removeItem(k); });
  await input.setInputFiles([file, { name: 'hai.json', mimeType: 'application/json', buffer: Buffer.from(reviewFile({ n: 2, name: 'Trần Thị Hai' })) }]);
  await expect(page.locator('.draft-list .draft')).toHaveCount(2);
  await page.reload();
  await expect(page.locator('.draft-list .draft')).toHaveCount(2);
});

// Issue 31, item 1: a bundle is opened whole or not at all. Its reviews go to IndexedDB,
// whose quota Chromium lets a test lower (the DevTools protocol's Storage domain); the
// workspace's head and members go to local storage, filled as above.
test('a bundle that does not fit is not opened at all, and opens whole once there is room', async ({ page, context }) => {
  await open(page, '/chi-bo');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const proposed = Array.from({ length: 400 }, () => 'HTTNV');
  const bundle = bundlePayload('goi-lon.json', { cell: 8, name: 'Chi bộ 8', proposed, first: 1000 });
  const input = page.getByLabel('Chọn tệp gói chi bộ (.json)');
  const refused = /Tệp "goi-lon\.json": Chi bộ 8 · năm 2025 chưa mở được vì bộ nhớ của trình duyệt trên máy này không đủ chỗ.*Trên máy này không có gì thay đổi\./;
  const nothingKept = async () => {
    await expect(page.getByRole('link', { name: /Chi bộ 8 · năm 2025/ })).toHaveCount(0);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kiemdiem/cell/') && !k.endsWith('/reviews')).length)).toBe(0);
    expect(await keptCellReviews(page)).toBe(0);
  };

  // IndexedDB with room for a tenth of the bundle: not a review of it is kept.
  const cdp = await context.newCDPSession(page);
  const origin = new URL(page.url()).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: Math.floor(bundle.buffer.length / 10) });
  await input.setInputFiles(bundle);
  await expect(page.getByText(refused)).toBeVisible();
  await nothingKept();

  // Local storage full (IndexedDB has room again): still nothing half-opened.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  expect(await fillStorage(page)).toBeGreaterThan(4);
  await input.setInputFiles(bundle);
  await expect(page.getByText(refused).nth(0)).toBeVisible();
  await nothingKept();

  // Room everywhere: the same file opens whole, and a reload finds every review.
  await page.evaluate(() => { for (const k of Object.keys(localStorage)) if (k.startsWith('filler/')) localStorage.removeItem(k); });
  await input.setInputFiles(bundle);
  await expect(page.getByText('Tệp "goi-lon.json": Chi bộ 8 · năm 2025 đã mở, gồm 400 bản kiểm điểm.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /Chi bộ 8 · năm 2025/ }) })).toContainText('400 đảng viên trong danh sách');
  expect(await keptCellReviews(page)).toBe(400);
  await page.getByRole('link', { name: /Chi bộ 8 · năm 2025/ }).click();
  await expect(page.locator('table.roster tbody tr').first()).toBeVisible();
  await expect(page.locator('table.roster tbody tr', { hasText: 'Chưa nộp' })).toHaveCount(0);
});
