// Issue 31, item 10: "Xoá mọi dữ liệu trên máy này" on a shared office computer. The app's
// own backup is offered first; the removal takes every record (local storage, IndexedDB)
// in this tab and in every other tab of the app, and nothing in memory comes back.
import { readFileSync } from 'node:fs';
import { test, expect, open, keptCellReviews, seedReviewFixture, downloadBundle, REVIEW_FIXTURE_ID } from './fixtures.mjs';
import { bundlePayload } from '../cell-files.mjs';

const appKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kiemdiem/')));
/** Every record of the app's IndexedDB database (the page itself may have opened it again, empty). */
const idbRecords = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const req = indexedDB.open('kiemdiem');
  req.onerror = () => reject(req.error);
  req.onsuccess = () => {
    const db = req.result;
    const names = [...db.objectStoreNames];
    if (names.length === 0) { db.close(); resolve(0); return; }
    const tx = db.transaction(names);
    let total = 0;
    for (const n of names) tx.objectStore(n).count().onsuccess = (e) => { total += e.target.result; };
    tx.oncomplete = () => { db.close(); resolve(total); };
    tx.onerror = () => { db.close(); reject(tx.error); };
  };
}));

test('a backup first, then every record goes in every tab, and the backup opens again', async ({ page, context }) => {
  // A member's draft, and a cell opened from a bundle (its reviews in IndexedDB).
  await seedReviewFixture(page);
  await open(page, '/chi-bo');
  await page.getByLabel('Chọn tệp gói chi bộ (.json)').setInputFiles(bundlePayload('goi.json', { cell: 3, name: 'Chi bộ 3', proposed: ['HTTNV', 'HTTNV', 'HTNV'] }));
  await expect(page.getByText('Tệp "goi.json": Chi bộ 3 · năm 2025 đã mở, gồm 3 bản kiểm điểm.')).toBeVisible();
  expect(await keptCellReviews(page)).toBe(3);
  expect(await idbRecords(page)).toBeGreaterThanOrEqual(3);

  // Another tab has the member's draft open in the editor.
  const other = await context.newPage();
  await open(other, `/ban-kiem-diem/${REVIEW_FIXTURE_ID}/thong-tin`);
  await other.evaluate(() => { window.beforeWipe = true; });

  await page.reload();
  const section = page.getByRole('region', { name: 'Xoá mọi dữ liệu trên máy này' });
  await expect(section).toContainText('Trên máy này đang lưu: 1 bản nháp hoặc báo cáo, 1 hồ sơ chi bộ.');

  // The backup offered first: the cell's bundle, from its export page.
  await section.getByRole('listitem').filter({ hasText: 'Chi bộ 3 · năm 2025' }).getByRole('link', { name: 'tải gói ở trang Xuất tệp' }).click();
  const saved = await (await downloadBundle(page)).path();
  await open(page, '/chi-bo');

  // Not confirmed: nothing goes, the box is named and focused.
  await section.getByRole('button', { name: 'Xoá mọi dữ liệu trên máy này' }).click();
  await expect(section.getByRole('alert')).toHaveText('Hãy đánh dấu ô xác nhận ở trên trước khi xoá.');
  await expect(page.getByLabel(/Tôi đã sao lưu những gì cần giữ/)).toBeFocused();
  await expect(page.getByLabel(/Tôi đã sao lưu những gì cần giữ/)).toHaveAttribute('aria-describedby', 'xoa-loi');
  expect((await appKeys(page)).length).toBeGreaterThan(0);

  // Confirmed: the page comes back empty and says so; the other tab reloads empty too.
  await page.getByLabel(/Tôi đã sao lưu những gì cần giữ/).check();
  await section.getByRole('button', { name: 'Xoá mọi dữ liệu trên máy này' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã xoá mọi dữ liệu của ứng dụng trên máy này.' })).toBeVisible();
  await expect(page.getByText('Chưa có hồ sơ chi bộ nào trên máy này.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Xoá mọi dữ liệu trên máy này' })).toContainText('Trên máy này hiện không lưu dữ liệu nào của ứng dụng.');
  expect(await idbRecords(page)).toBe(0);
  await expect.poll(() => other.evaluate(() => window.beforeWipe ?? false)).toBe(false);
  await expect(other.locator('h1')).toBeVisible();
  await expect.poll(() => appKeys(page)).toEqual([]);

  // The draft that was open in the other tab does not come back when that tab leaves.
  await other.close();
  await open(page, '/ban-nhap');
  await expect(page.getByText('Chưa có văn bản nào trên máy này.')).toBeVisible();
  expect(await appKeys(page)).toEqual([]);

  // The backup opens the cell again, whole.
  await open(page, '/chi-bo');
  await page.getByLabel('Chọn tệp gói chi bộ (.json)').setInputFiles({ name: 'sao-luu.json', mimeType: 'application/json', buffer: readFileSync(saved) });
  await expect(page.getByText(/Tệp "sao-luu\.json": Chi bộ 3 · năm 2025 đã mở, gồm 3 bản kiểm điểm\./)).toBeVisible();
  expect(await keptCellReviews(page)).toBe(3);
});

test('a member backs up the drafts and clears the device from the drafts page', async ({ page }) => {
  await seedReviewFixture(page);
  await open(page, '/ban-nhap');
  const section = page.getByRole('region', { name: 'Xoá mọi dữ liệu trên máy này' });
  await expect(section).toContainText('Trên máy này đang lưu: 1 bản nháp hoặc báo cáo.');
  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Tải tệp sao lưu các bản nháp' }).click();
  const backup = readFileSync(await (await download).path(), 'utf8');
  await expect(section).toContainText('gồm 1 văn bản');

  await page.getByLabel(/Tôi đã sao lưu những gì cần giữ/).check();
  await section.getByRole('button', { name: 'Xoá mọi dữ liệu trên máy này' }).click();
  await expect(page.getByText('Đã xoá mọi dữ liệu của ứng dụng trên máy này.')).toBeVisible();
  await expect(page.getByText('Chưa có văn bản nào trên máy này.')).toBeVisible();

  await page.getByLabel('Nhập tệp đã xuất hoặc khôi phục từ tệp sao lưu').setInputFiles({ name: 'sao-luu.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  await expect(page.locator('.draft-list .draft')).toHaveCount(1);
});
