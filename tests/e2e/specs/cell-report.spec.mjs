// Mẫu 01: the cell's collective review on the form engine, started from the profile, its
// section III filled from last year's bundle, and the order rule of QĐ 366 Điều 12.
import { readFileSync } from 'node:fs';
import { test, expect, open, downloadBundle } from './fixtures.mjs';
import { reviewPayloads } from '../cell-files.mjs';

/** Last year's bundle of the same cell, whose collective review named two shortcomings. */
function lastYearBundle() {
  const b = JSON.parse(readFileSync(new URL('../../fixtures/format-v1/cell-bundle.json', import.meta.url), 'utf8'));
  b.id = b.document.workspace.id = '3c9e1f20-0000-4000-8000-0000000c2024';
  b.document.workspace.profile.year = 2024;
  const c = b.document.collective.document;
  c.year = 2024;
  c.values.shortcomings = [{ text: 'Sinh hoạt chuyên đề chưa đều.' }, { text: 'Chậm nộp báo cáo.' }];
  c.values.remedy_measures = [{ text: 'Mỗi quý một chuyên đề.' }, { text: 'Nộp báo cáo trước ngày 25.' }];
  return JSON.stringify(b, null, 2);
}

test('Mẫu 01 starts from the profile, takes last year\'s shortcomings, waits for every member, and travels in the bundle', async ({ page, browser }) => {
  await open(page, '/chi-bo');
  await page.getByLabel('Đảng bộ', { exact: true }).fill('Đảng bộ phường Ba Đình');
  await page.getByLabel('Chi bộ', { exact: true }).fill('Chi bộ Khu phố 3');
  await page.getByLabel('Năm kiểm điểm').fill('2025');
  await page.getByRole('button', { name: 'Lập hồ sơ chi bộ' }).click();
  await page.getByRole('link', { name: 'Đảng viên', exact: true }).click();
  const files = reviewPayloads(2);
  files.push({ name: 'goi-2024.json', mimeType: 'application/json', buffer: Buffer.from(lastYearBundle()) });
  await page.getByLabel(/Chọn các tệp bản kiểm điểm/).setInputFiles(files);
  await expect(page.getByText(/Tệp "goi-2024\.json" \(gói chi bộ năm 2024\): đã điền 2 hạn chế vào mục III/)).toBeVisible();

  await page.getByRole('link', { name: 'Báo cáo của chi bộ (Mẫu 01)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bước 1/8: Thông tin chung');
  await expect(page.getByRole('textbox', { name: 'Đảng bộ', exact: true })).toHaveValue('Đảng bộ phường Ba Đình');
  await expect(page.getByRole('textbox', { name: 'Chi bộ', exact: true })).toHaveValue('Chi bộ Khu phố 3');

  await page.getByRole('link', { name: /III\. Khắc phục hạn chế kỳ trước/ }).click();
  const row1 = page.getByRole('group', { name: 'Dòng 1' });
  await expect(row1.getByLabel('Hạn chế, khuyết điểm đã được chỉ ra')).toHaveValue('Sinh hoạt chuyên đề chưa đều.');
  await expect(row1.getByLabel('Mức độ khắc phục, khó khăn, trách nhiệm')).toHaveValue('Biện pháp đã đề ra: Mỗi quý một chuyên đề.');

  await page.getByRole('link', { name: /B\. Tự đánh giá, xếp loại/ }).click();
  await page.getByLabel('1. Nhóm tiêu chí chung').fill('27');
  await page.getByLabel('2. Nhóm tiêu chí về kết quả').fill('60');
  await page.getByLabel('Hoàn thành tốt nhiệm vụ').check();
  await expect(page.locator('#rule-findings')).toContainText('Còn 2 đảng viên chưa được chi bộ đề xuất xếp loại');

  // Classifying every member lifts the order rule.
  await page.getByRole('link', { name: '← Về danh sách đảng viên của chi bộ' }).click();
  await page.getByLabel('Mức chi bộ đề xuất cho Đảng viên Số 1').selectOption({ label: 'Hoàn thành tốt nhiệm vụ' });
  await page.getByLabel('Mức chi bộ đề xuất cho Đảng viên Số 2').selectOption({ label: 'Hoàn thành tốt nhiệm vụ' });
  await page.getByRole('link', { name: 'Báo cáo của chi bộ (Mẫu 01)' }).click();
  await page.getByRole('link', { name: /B\. Tự đánh giá, xếp loại/ }).click();
  await expect(page.getByLabel('Hoàn thành tốt nhiệm vụ')).toBeChecked();
  await expect(page.locator('#rule-findings')).not.toContainText('chưa được chi bộ đề xuất');

  // The bundle carries Mẫu 01: opened in a fresh browser profile, it is the same report.
  await page.getByRole('link', { name: '← Về danh sách đảng viên của chi bộ' }).click();
  await page.getByRole('link', { name: 'Xuất tệp', exact: true }).click();
  const download = await downloadBundle(page);
  const bundle = readFileSync(await download.path(), 'utf8');
  expect(JSON.parse(bundle).document.collective.document.values.earlier_shortcomings).toHaveLength(2);
  const other = await browser.newContext();
  const page2 = await other.newPage();
  await open(page2, '/chi-bo');
  await page2.getByLabel('Chọn tệp gói chi bộ (.json)').setInputFiles({ name: 'goi.json', mimeType: 'application/json', buffer: Buffer.from(bundle) });
  await page2.getByRole('link', { name: 'Chi bộ Khu phố 3 · năm 2025' }).click();
  await page2.getByRole('link', { name: 'Báo cáo của chi bộ (Mẫu 01)' }).click();
  await page2.getByRole('link', { name: /III\. Khắc phục hạn chế kỳ trước/ }).click();
  await expect(page2.getByRole('group', { name: 'Dòng 1' }).getByLabel('Hạn chế, khuyết điểm đã được chỉ ra')).toHaveValue('Sinh hoạt chuyên đề chưa đều.');
  await page2.getByRole('link', { name: /B\. Tự đánh giá, xếp loại/ }).click();
  await expect(page2.getByLabel('Hoàn thành tốt nhiệm vụ')).toBeChecked();
  await other.close();
});
