// Issue 11: one way to keep documents. Two tabs never lose each other's edits, and no import
// silently replaces what is on the device.
import { readFileSync } from 'node:fs';
import { test, expect, open, newCellWorkspace, seedReviewFixture, keptCellReviews, REVIEW_FIXTURE, REVIEW_FIXTURE_ID } from './fixtures.mjs';
import { reviewPayloads, reviewFile } from '../cell-files.mjs';

const FIXTURE = REVIEW_FIXTURE;
const FIXTURE_ID = REVIEW_FIXTURE_ID;
const seedFixture = seedReviewFixture;

/** A new cell workspace with three members imported; returns the roster's address. */
async function workspaceWithThree(page) {
  await newCellWorkspace(page);
  await page.getByLabel(/Chọn các tệp bản kiểm điểm/).setInputFiles(reviewPayloads(3));
  await expect(page.getByText(/Đã xử lý 3 tệp: 3 nhận mới/)).toBeVisible();
  await expect(page.getByText('Đã lưu trên máy này.')).toBeVisible();
  return new URL(page.url()).pathname;
}

/** Every stored record of the cell app, as text. */
async function cellRecords(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kiemdiem/cell/')).map((k) => localStorage.getItem(k)).join('\n'));
}

test('files imported into a workspace are kept when the page is reloaded the moment their report shows', async ({ page }) => {
  await newCellWorkspace(page);
  await page.getByLabel(/Chọn các tệp bản kiểm điểm/).setInputFiles(reviewPayloads(12));
  // The write follows the roster's paint; a reload before it writes on the way out.
  await expect(page.getByText(/Đã xử lý 12 tệp: 12 nhận mới/)).toBeVisible();
  await page.reload();
  await expect(page.locator('table.roster tbody tr')).toHaveCount(12);
  await expect(page.getByRole('heading', { name: 'Danh sách (12 đảng viên)' })).toBeVisible();
  // The reviews live in IndexedDB (issue 31), none in local storage.
  expect(await keptCellReviews(page)).toBe(12);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => /^kiemdiem\/cell\/[^/]+\/r\//.test(k)).length)).toBe(0);
});

test('two tabs on one cell workspace: edits to different members are all kept', async ({ page, context }) => {
  const roster = await workspaceWithThree(page);
  const b = await context.newPage();
  await open(b, roster);
  await expect(b.locator('table.roster tbody tr')).toHaveCount(3);

  // Tab A sets member 1's level; tab B, still showing the roster it loaded, comments on member 2.
  await page.getByLabel('Mức chi bộ đề xuất cho Đảng viên Số 1').selectOption({ label: 'Hoàn thành tốt nhiệm vụ' });
  await b.getByRole('link', { name: 'Đảng viên Số 2' }).click();
  await b.getByLabel('Nhận xét của chi ủy (chi bộ)').fill('Nhiệt tình, trách nhiệm.');
  await expect(page.getByText('Đã lưu trên máy này.')).toBeVisible();
  await expect(b.getByText('Đã lưu trên máy này.')).toBeVisible();
  // Tab A's next edit keeps B's comment.
  await page.getByLabel('Mức chi bộ đề xuất cho Đảng viên Số 3').selectOption({ label: 'Hoàn thành nhiệm vụ' });
  await expect(page.getByText('Đã lưu trên máy này.')).toBeVisible();

  // A fresh tab finds all three edits; neither tab was asked anything.
  const c = await context.newPage();
  await open(c, roster);
  await expect(c.getByLabel('Mức chi bộ đề xuất cho Đảng viên Số 1')).toHaveValue('HTTNV');
  await expect(c.getByLabel('Mức chi bộ đề xuất cho Đảng viên Số 3')).toHaveValue('HTNV');
  await c.getByRole('link', { name: 'Đảng viên Số 2' }).click();
  await expect(c.getByLabel('Nhận xét của chi ủy (chi bộ)')).toHaveValue('Nhiệt tình, trách nhiệm.');
  // The tabs that edited follow each other too.
  await expect(page.getByLabel('Mức chi bộ đề xuất cho Đảng viên Số 1')).toHaveValue('HTTNV');
  await b.getByRole('link', { name: 'Đảng viên', exact: true }).click();
  await expect(b.getByLabel('Mức chi bộ đề xuất cho Đảng viên Số 3')).toHaveValue('HTNV');
  for (const p of [page, b, c]) await expect(p.getByText('Chưa bản nào bị ghi đè')).toHaveCount(0);
});

test('two tabs on one cell workspace: the same member edited in both ends in a choice', async ({ page, context }) => {
  const roster = await workspaceWithThree(page);
  await page.getByRole('link', { name: 'Đảng viên Số 1' }).click();
  const member = new URL(page.url()).pathname;
  const b = await context.newPage();
  await open(b, member);

  // Both tabs comment before either has saved: whichever saves first wins the record, and the
  // other must not write over it but ask.
  await b.getByLabel('Nhận xét của chi ủy (chi bộ)').fill('Ý kiến ở thẻ B');
  await page.getByLabel('Nhận xét của chi ủy (chi bộ)').fill('Ý kiến ở thẻ A');
  const clashIn = (p) => p.getByRole('alert').filter({ hasText: 'Chưa bản nào bị ghi đè' });
  await expect.poll(async () => (await clashIn(page).count()) + (await clashIn(b).count())).toBe(1);
  const [mine, other, mineValue, otherValue] =
    (await clashIn(page).count()) === 1 ? [page, b, 'Ý kiến ở thẻ A', 'Ý kiến ở thẻ B'] : [b, page, 'Ý kiến ở thẻ B', 'Ý kiến ở thẻ A'];
  await expect(clashIn(mine)).toContainText('Đảng viên Số 1');
  expect(await cellRecords(page)).toContain(otherValue);
  expect(await cellRecords(page)).not.toContain(mineValue);

  // Keeping this tab's version writes it; the other tab follows.
  await clashIn(mine).getByRole('button', { name: 'Giữ bản ở thẻ này' }).click();
  await expect(clashIn(mine)).toBeHidden();
  await expect.poll(() => cellRecords(page)).toContain(mineValue);
  await expect(other.getByLabel('Nhận xét của chi ủy (chi bộ)')).toHaveValue(mineValue);
});

test('two tabs on the drafts page: a deletion in one reaches the other', async ({ page, context }) => {
  await seedFixture(page);
  await open(page, '/ban-nhap');
  const b = await context.newPage();
  await open(b, '/ban-nhap');
  await expect(b.locator('.draft-list .draft')).toHaveCount(1);
  await page.locator('.draft-list .draft').getByRole('button', { name: 'Xoá' }).click();
  await expect(b.locator('.draft-list .draft')).toHaveCount(0);
  await expect(b.getByText('vừa bị xoá ở một thẻ khác')).toBeVisible();
});

test('a hand-edited copy of a draft is kept apart, and the original is intact', async ({ page }) => {
  await seedFixture(page);
  await open(page, '/ban-nhap');
  const original = readFileSync(FIXTURE, 'utf8');
  const edited = original.replace('"27,5"', '"29,5"');
  const input = page.getByLabel('Nhập tệp đã xuất hoặc khôi phục từ tệp sao lưu');
  await input.setInputFiles({ name: 'da-sua-tay.json', mimeType: 'application/json', buffer: Buffer.from(edited) });
  const report = page.locator('.import-report');
  await expect(report).toContainText('Tệp "da-sua-tay.json": trên máy đã có một bản khác');
  await expect(report).toContainText('bản trong tệp được lưu thành bản riêng');
  await expect(report).toContainText('mã kiểm tra không khớp');
  await expect(page.locator('.draft-list .draft')).toHaveCount(2);
  const stored = await page.evaluate((k) => localStorage.getItem(k), `kiemdiem/doc/${FIXTURE_ID}`);
  expect(stored).toContain('"general_points":"27,5"');
  await page.reload();
  await expect(page.locator('.draft-list .draft')).toHaveCount(2);
  await expect(page.locator('.draft-list .draft').filter({ hasText: 'Bản nhập từ tệp da-sua-tay.json' })).toHaveCount(1);
});

test('delete, re-import, then "Hoàn tác" keeps the re-imported version', async ({ page }) => {
  await seedFixture(page);
  await open(page, '/ban-nhap');
  const drafts = page.locator('.draft-list .draft');
  // An edit on this device, so the deleted version differs from the file.
  await drafts.first().getByRole('button', { name: 'Đổi tên' }).click();
  await page.getByLabel(/Tên bản nháp/).fill('Bản của tôi');
  await page.getByRole('button', { name: 'Lưu tên' }).click();
  await expect(drafts.filter({ hasText: 'Bản của tôi' })).toHaveCount(1);
  await drafts.first().getByRole('button', { name: 'Xoá' }).click();
  await expect(drafts).toHaveCount(0);
  const input = page.getByLabel('Nhập tệp đã xuất hoặc khôi phục từ tệp sao lưu');
  await input.setInputFiles({ name: 'nhap-lai.json', mimeType: 'application/json', buffer: readFileSync(FIXTURE) });
  await expect(page.locator('.import-report')).toContainText('Tệp "nhap-lai.json": đã thêm');
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(page.getByText('bản đó được giữ nguyên, bản vừa xoá được khôi phục thành bản riêng')).toBeVisible();
  // The re-imported version stays under its id, exactly as the file; the deleted one is back beside it.
  await expect(drafts).toHaveCount(2);
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kiemdiem/doc/')).length)).toBe(2);
  const stored = await page.evaluate((k) => localStorage.getItem(k), `kiemdiem/doc/${FIXTURE_ID}`);
  expect(stored).not.toContain('Bản của tôi');
  expect(stored).toContain('"general_points":"27,5"');
  await page.reload();
  await expect(drafts).toHaveCount(2);
});

test('values outside what the form allows are refused, naming the file and the field', async ({ page }) => {
  await open(page, '/ban-nhap');
  const bad = reviewFile({ n: 7, name: 'Điểm Sai', general: '45' });
  const input = page.getByLabel('Nhập tệp đã xuất hoặc khôi phục từ tệp sao lưu');
  await input.setInputFiles({ name: 'diem-sai.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
  const report = page.locator('.import-report');
  await expect(report).toContainText('Tệp "diem-sai.json"');
  await expect(report).toContainText('45');
  await expect(report).toContainText('30');
  await expect(page.getByText('Chưa có văn bản nào trên máy này.')).toBeVisible();
  // The cell's import says the same.
  await open(page, '/chi-bo');
  await page.getByLabel('Chi bộ', { exact: true }).fill('Chi bộ 1');
  await page.getByLabel('Năm kiểm điểm').fill('2025');
  await page.getByRole('button', { name: 'Lập hồ sơ chi bộ' }).click();
  await page.getByRole('link', { name: 'Đảng viên', exact: true }).click();
  await page.getByLabel(/Chọn các tệp bản kiểm điểm/).setInputFiles({ name: 'diem-sai.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
  await expect(page.getByText(/Đã xử lý 1 tệp: 0 nhận mới, 0 cập nhật, 0 trùng hoặc đã có bản mới hơn, 1 không nhận/)).toBeVisible();
  await expect(page.locator('.import-report')).toContainText('Tệp "diem-sai.json"');
  await expect(page.locator('.import-report')).toContainText('45');
});
