// Issue 5: drafts that are never lost, and files cells can trust.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { test, expect, open, seedReviewFixture as seedFixture } from './fixtures.mjs';

const FIXTURE = new URL('../../fixtures/format-v1/review-2b.json', import.meta.url);
const STORED_KEY = 'kiemdiem/doc/6f1c2a4e-8b7d-4c1e-9a3f-2d5e7b9c0a11';

/** Starts a 2B review and returns its address (first step). */
async function startReview(page) {
  await open(page, '/ban-kiem-diem');
  await page.getByLabel(/^Mẫu 2B/).check();
  await page.getByRole('button', { name: 'Bắt đầu' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bước 1/8: Thông tin chung');
  return new URL(page.url()).pathname;
}

/** The stored entry of the review open in `page`. */
async function storedEntry(page) {
  const id = new URL(page.url()).pathname.split('/')[2];
  return page.evaluate((k) => localStorage.getItem(k), `kiemdiem/doc/${id}`);
}

test('typing, then closing the tab without leaving the field, loses nothing', async ({ page, context }) => {
  const path = await startReview(page);
  const name = 'Nguyễn Thị Ánh Tuyết-Đặng ấỡợ "trích" <b>&';
  const field = page.getByLabel('Họ và tên');
  await field.click();
  await page.keyboard.type(name);
  // Close at once: the 300 ms save may not have run; pagehide must flush it.
  await page.close();
  const again = await context.newPage();
  await open(again, path);
  await expect(again.getByLabel('Họ và tên')).toHaveValue(name);
  await expect(again.getByText(/Đã lưu trên máy này lúc|Mọi thay đổi được tự động lưu/)).toBeVisible();
});

test('a reload keeps the step and every value, and says when it was saved', async ({ page }) => {
  const path = await startReview(page);
  await page.getByLabel('Chi bộ').fill('Chi bộ 5');
  await expect(page.getByText(/Đã lưu trên máy này lúc \d\d:\d\d/)).toBeVisible();
  await page.reload();
  await expect(page).toHaveURL(path);
  await expect(page.getByLabel('Chi bộ')).toHaveValue('Chi bộ 5');
});

test('a full storage keeps the edit on screen, offers an export and damages nothing saved', async ({ page, guard }) => {
  await startReview(page);
  await page.getByLabel('Họ và tên').fill('Trần Văn Bình');
  await expect(page.getByText(/Đã lưu trên máy này lúc/)).toBeVisible();
  const before = await storedEntry(page);
  expect(before).toContain('Trần Văn Bình');
  // Fill the site's storage to the brim.
  await page.evaluate(() => {
    let size = 1 << 20;
    for (let i = 0; size >= 1; i++) {
      try { localStorage.setItem(`junk/${i}`, 'x'.repeat(size)); } catch { size = Math.floor(size / 2); }
    }
  });
  // Longer than the few bytes the filling above may have left.
  const longer = 'Trần Văn Bình Minh (tên mới theo giấy khai sinh cấp lại)';
  await page.getByLabel('Họ và tên').fill(longer);
  const alert = page.getByRole('alert').filter({ hasText: 'Trình duyệt từ chối lưu' });
  await expect(alert).toBeVisible();
  await expect(page.getByLabel('Họ và tên')).toHaveValue(longer);
  expect(await storedEntry(page)).toBe(before);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Xuất văn bản này ra tệp' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^kiem-diem-\d{4}-tran-van-binh-minh-ten-moi-theo-giay-khai-sinh-cap-lai\.json$/);
  expect(readFileSync(await download.path(), 'utf8')).toContain(`"full_name": "${longer}"`);
  // Room again: the next edit saves and the banner goes.
  await page.evaluate(() => { for (const k of Object.keys(localStorage)) if (k.startsWith('junk/')) localStorage.removeItem(k); });
  await page.getByLabel('Chi bộ').fill('Chi bộ 1');
  await expect(alert).toBeHidden();
  expect(await storedEntry(page)).toContain(longer);
});

test('an unreadable entry is quarantined, listed, exportable and deletable; other drafts work', async ({ page }) => {
  await seedFixture(page);
  await page.evaluate(() => {
    localStorage.setItem('kiemdiem/doc/bad-1', '{"format": "kiemdiem", "format_version": 1, oops');
    localStorage.setItem('kiemdiem/doc/newer-1', JSON.stringify({ format: 'kiemdiem', format_version: 9, kind: 'review' }));
  });
  await open(page, '/ban-nhap');
  await expect(page.getByText('Có 2 mục lưu trữ không đọc được')).toBeVisible();
  const broken = page.locator('.draft.broken');
  await expect(broken).toHaveCount(2);
  await expect(broken.first()).toContainText('(chỗ hỏng ở dòng 1)');
  await expect(broken.nth(1)).toContainText('phiên bản mới hơn');
  // The newer app's entry can only be exported, never deleted or overwritten here.
  await expect(broken.nth(1).getByRole('button', { name: 'Xoá hẳn mục này' })).toHaveCount(0);
  const [raw] = await Promise.all([
    page.waitForEvent('download'),
    broken.first().getByRole('button', { name: 'Xuất nội dung gốc ra tệp' }).click(),
  ]);
  expect(readFileSync(await raw.path(), 'utf8')).toContain('oops');
  await broken.first().getByRole('button', { name: 'Xoá hẳn mục này' }).click();
  await expect(broken).toHaveCount(1);
  expect(await page.evaluate(() => localStorage.getItem('kiemdiem/doc/bad-1'))).toBeNull();
  expect(await page.evaluate(() => localStorage.getItem('kiemdiem/doc/newer-1'))).toContain('"format_version":9');
  // The good draft still opens.
  await page.getByRole('link', { name: /Bản kiểm điểm năm 2025 của Nguyễn Văn An/ }).click();
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Nguyễn Văn An');
});

test('two tabs: the other tab learns of a change, and a clash asks before overwriting', async ({ page, context }) => {
  const path = await startReview(page);
  await page.getByLabel('Họ và tên').fill('Lê Văn C');
  await expect(page.getByText(/Đã lưu trên máy này lúc/)).toBeVisible();

  // Tab B. The fake clock is the whole context's (both tabs); it runs as usual until held
  // below.
  const b = await context.newPage();
  await b.clock.install();
  await open(b, path);
  await expect(b.getByLabel('Họ và tên')).toHaveValue('Lê Văn C');

  // A quiet change in tab A reaches tab B.
  await page.getByLabel('Chi bộ').fill('Chi bộ A');
  await expect(b.getByLabel('Chi bộ')).toHaveValue('Chi bộ A');
  await expect(b.getByText('vừa được cập nhật từ một thẻ khác')).toBeVisible();

  // Both tabs edit the same document before either has saved: a clash. The tab that saves
  // first wins the entry; the other must not overwrite it but ask. The clock is held so
  // that, however slow the machine, A saves (300 ms after its edit) while B's edit, typed
  // 100 ms later, still waits.
  await page.clock.pauseAt(Date.now() + 1000);
  await page.getByLabel('Đơn vị công tác').fill('Sở A');
  await page.clock.runFor(100);
  await b.getByLabel('Đơn vị công tác').fill('Sở B');
  await page.clock.runFor(250);
  const clashIn = (p) => p.getByRole('alert').filter({ hasText: 'thẻ (cửa sổ) khác' });
  // A saved first, so B, whose edit still waits, asks; A has nothing to ask.
  await expect(clashIn(b)).toHaveCount(1);
  await expect(clashIn(page)).toHaveCount(0);
  await page.clock.resume();
  const [mine, other, mineValue, otherValue] = [b, page, 'Sở B', 'Sở A'];
  expect(await storedEntry(page)).toContain(otherValue);
  expect(await storedEntry(page)).not.toContain(mineValue);
  // Keeping the clashing tab's version writes it, and the other tab follows.
  await clashIn(mine).getByRole('button', { name: 'Giữ bản ở thẻ này' }).click();
  await expect(clashIn(mine)).toBeHidden();
  expect(await storedEntry(page)).toContain(mineValue);
  await expect(other.getByLabel('Đơn vị công tác')).toHaveValue(mineValue);
});

test('with storage refused, the app works in memory and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  await open(page, '/');
  await expect(page.getByRole('alert')).toContainText('không cho trang lưu dữ liệu');
  await page.getByRole('link', { name: 'Bản kiểm điểm cá nhân' }).click();
  await page.getByLabel(/^Mẫu 2C/).check();
  await page.getByRole('button', { name: 'Bắt đầu' }).click();
  await page.getByLabel('Họ và tên').fill('Phạm Thị D');
  await expect(page.getByText('Chỉ giữ trong thẻ này')).toBeVisible();
  await page.getByRole('link', { name: /I\. Ưu điểm/ }).click();
  await page.getByRole('link', { name: /Thông tin chung/ }).click();
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Phạm Thị D');
  // Leaving for the home page (another wasm entry: the page reloads) would lose the draft:
  // the browser asks first, and staying keeps everything typed.
  const asked = new Promise((resolve) => page.once('dialog', (d) => { resolve(d.type()); d.dismiss(); }));
  await page.getByRole('link', { name: 'Kiểm điểm đảng viên' }).click({ noWaitAfter: true });
  expect(await asked).toBe('beforeunload');
  await expect(page).toHaveURL(/\/ban-kiem-diem\/[^/]+\/thong-tin$/);
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Phạm Thị D');
});

test('drafts: duplicate, rename, delete with undo', async ({ page }) => {
  await seedFixture(page);
  await open(page, '/ban-nhap');
  const drafts = page.locator('.draft-list .draft');
  await expect(drafts).toHaveCount(1);
  await expect(drafts.first()).toContainText('Mẫu 2B');
  await expect(drafts.first()).toContainText('đã hoàn thành');
  await drafts.first().getByRole('button', { name: 'Nhân bản' }).click();
  await expect(drafts).toHaveCount(2);
  const copy = drafts.filter({ hasText: 'Bản sao' });
  await expect(copy).toContainText('đang viết, đã xong 7/7 bước');
  await copy.getByRole('button', { name: 'Đổi tên' }).click();
  await expect(page.getByLabel(/Tên bản nháp/)).toBeFocused();
  await page.getByLabel(/Tên bản nháp/).fill('Bản thử nghiệm');
  await page.getByRole('button', { name: 'Lưu tên' }).click();
  await expect(drafts.filter({ hasText: 'Bản thử nghiệm' })).toHaveCount(1);
  await drafts.filter({ hasText: 'Bản thử nghiệm' }).getByRole('button', { name: 'Xoá' }).click();
  await expect(drafts).toHaveCount(1);
  const undo = page.getByRole('button', { name: 'Hoàn tác' });
  await expect(undo).toBeFocused();
  await undo.click();
  await expect(drafts).toHaveCount(2);
  await page.reload();
  await expect(drafts).toHaveCount(2);
});

test('export, backup and restore: the same document is recognised, bad files change nothing', async ({ page }) => {
  await seedFixture(page);
  await open(page, '/ban-nhap');
  const [one] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất tệp' }).click()]);
  expect(one.suggestedFilename()).toBe('kiem-diem-2025-nguyen-van-an.json');
  const exported = readFileSync(await one.path(), 'utf8');
  // Export gives back the very bytes that were imported.
  expect(exported).toBe(readFileSync(FIXTURE, 'utf8'));
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv);
  const schema = JSON.parse(readFileSync(new URL('../../../schema/review.schema.json', import.meta.url), 'utf8'));
  expect(ajv.validate(schema, JSON.parse(exported)), JSON.stringify(ajv.errors)).toBe(true);

  const [backup] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Sao lưu tất cả ra một tệp' }).click()]);
  expect(backup.suggestedFilename()).toMatch(/^kiem-diem-sao-luu-\d{4}-\d\d-\d\d\.json$/);

  // Importing the same file again: recognised by its id, nothing duplicated.
  const input = page.getByLabel('Nhập tệp đã xuất hoặc khôi phục từ tệp sao lưu');
  await input.setInputFiles({ name: 'lan-hai.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(page.locator('.import-report')).toContainText('Tệp "lan-hai.json": Bản kiểm điểm năm 2025 của Nguyễn Văn An đã có trên máy');
  await expect(page.locator('.draft-list .draft')).toHaveCount(1);

  // Bad files: each named, with the problem and what to do; nothing changes.
  const edited = exported.replace('"27,5"', '"29,5"');
  await input.setInputFiles([
    { name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "format": "kiemdiem",\n  "x": ]\n}') },
    { name: 'moi-hon.json', mimeType: 'application/json', buffer: Buffer.from(exported.replace('"format_version": 1', '"format_version": 7')) },
    { name: 'qua-lon.json', mimeType: 'application/json', buffer: Buffer.alloc(5 * 1024 * 1024 + 10, 32) },
    { name: 'anh.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe]) },
    { name: 'trong.json', mimeType: 'application/json', buffer: Buffer.alloc(0) },
    // A right-to-left override in the device's file name would reverse the sentence quoting it.
    { name: 'hong-\u202Enosj.json', mimeType: 'application/json', buffer: Buffer.from('{') },
  ]);
  const report = page.locator('.import-report');
  await expect(report).toContainText('Tệp "hong.json" bị hỏng (chỗ hỏng ở dòng 3)');
  await expect(report).toContainText('Tệp "moi-hon.json" được tạo bởi phiên bản mới hơn');
  await expect(report).toContainText('Tệp "qua-lon.json" nặng 5,1 MB, vượt giới hạn 5 MB');
  await expect(report).toContainText('Tệp "anh.png" không phải tệp văn bản xuất từ ứng dụng');
  await expect(report).toContainText('Tệp "trong.json" trống, không có nội dung.');
  await expect(report).toContainText('Tệp "hong-nosj.json" bị hỏng');
  await expect(report).not.toContainText('\u202E');
  // Plain Vietnamese: no English from the reader, no technical words, no "cột 0".
  await expect(report).not.toContainText(/UTF|byte|JSON|cột|variant/);
  await expect(page.locator('.draft-list .draft')).toHaveCount(1);

  // A file changed after export is read, and flagged.
  await page.locator('.draft-list .draft').getByRole('button', { name: 'Xoá' }).click();
  await expect(page.locator('.draft-list .draft')).toHaveCount(0);
  await input.setInputFiles({ name: 'da-sua.json', mimeType: 'application/json', buffer: Buffer.from(edited) });
  await expect(report).toContainText('đã thêm Bản kiểm điểm năm 2025 của Nguyễn Văn An');
  await expect(report).toContainText('nội dung tệp đã bị thay đổi sau khi xuất');

  // Restoring the backup: the original has the same time as the edited copy but other
  // content, so neither is newer: both are kept, and the report says so (issue 31, item 4).
  await input.setInputFiles(await backup.path());
  await expect(report).toContainText('Tệp sao lưu');
  await expect(report).toContainText('bản trong tệp được lưu thành bản riêng');
  await expect(page.locator('.draft-list .draft')).toHaveCount(2);
});
