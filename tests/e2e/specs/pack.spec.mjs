// Issue 12: Part B scored by a superior committee's criteria pack, totals and band live,
// and the print with its annex and the official score lines (read back from the PDF).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, expect, open } from './fixtures.mjs';

const PACK = readFileSync(new URL('../../fixtures/format-v1/criteria-pack.json', import.meta.url));

test('a member loads a pack, scores a 2B by its sub-criteria, and prints the annex', async ({ page }, testInfo) => {
  await open(page, '/ban-kiem-diem');
  await page.getByLabel(/^Mẫu 2B/).check();
  // The pack is the 2025 one: the review is for 2025 too (a pack of another year is refused).
  await page.getByLabel('Năm kiểm điểm').selectOption('2025');
  await page.getByRole('button', { name: 'Bắt đầu' }).click();
  await page.getByRole('link', { name: /B\. Tự đánh giá, xếp loại/ }).click();
  await page.getByLabel(/Chấm theo bộ tiêu chí của cấp ủy cấp trên/).setInputFiles({ name: 'bo-tieu-chi.json', mimeType: 'application/json', buffer: PACK });
  await expect(page.getByText(/Chấm theo bộ tiêu chí của/)).toContainText('bộ tiêu chí ví dụ, không phải văn bản chính thức');
  // The form's two numbers give way to the pack's table.
  await expect(page.getByLabel('1. Nhóm tiêu chí chung (tối đa 30 điểm)')).toHaveCount(0);

  const scores = [
    ['Về chính trị, phẩm chất đạo đức và ý thức tổ chức kỷ luật', '14'],
    ['Năng lực chuyên môn, nghiệp vụ; thái độ, tinh thần đổi mới sáng tạo', '9,5'],
    ['Về tự phê bình và phê bình, khắc phục hạn chế, khuyết điểm', '4'],
    ['Nhiệm vụ thường xuyên theo kế hoạch', '44'],
    ['Nhiệm vụ đột xuất được giao', '14'],
    ['Chất lượng, hiệu quả công việc', '9'],
  ];
  for (const [label, value] of scores) await page.getByLabel(label, { exact: true }).fill(value);
  const total = page.locator('.score-total');
  await expect(total).toContainText('94,5');
  await expect(total.locator('.band')).toHaveText('Hoàn thành xuất sắc nhiệm vụ');

  // Points over a criterion's maximum: an error tied to the field, and no total.
  const over = page.getByLabel('Chất lượng, hiệu quả công việc', { exact: true });
  await over.fill('11');
  await expect(over).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('"Chất lượng, hiệu quả công việc": hãy nhập số điểm từ 0 đến 10')).toBeVisible();
  await expect(total).toContainText('Tổng điểm sẽ hiện khi');
  await over.fill('9');
  await expect(total).toContainText('94,5');

  // The pack's items under Nghị quyết 04 guide section I.1.
  await page.getByRole('link', { name: /I\. Ưu điểm, kết quả/ }).click();
  const guide = page.locator('.pack-guide').first();
  await expect(guide).toContainText('Bộ tiêu chí của cấp ủy cấp trên nêu:');
  await expect(guide).toContainText('Ví dụ: phai nhạt lý tưởng; hoài nghi, dao động');

  // The print: the official score lines, then the annex with every sub-criterion.
  const id = new URL(page.url()).pathname.split('/')[2];
  await expect(page.getByText('Đã lưu trên máy này lúc')).toBeVisible();
  await open(page, `/in/van-ban/${id}`);
  const path = testInfo.outputPath('pack.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path, preferCSSPageSize: true });
  const flat = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const t of ['1. Nhóm tiêu chí chung: 27,5/30', '2. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ: 67/70', 'Tổng điểm: 94,5/100',
    'PHỤ LỤC', 'Kết quả tự chấm điểm theo tiêu chí', 'bộ tiêu chí ví dụ, không phải văn bản chính thức',
    'Nhiệm vụ đột xuất được giao', 'Tổng điểm 100 94,5']) {
    expect(flat, `printed text contains "${t}"`).toContain(t);
  }
});

test('a pack may word the texts the app could not confirm: the print uses them and the toolbar says so', async ({ page }, testInfo) => {
  await open(page, '/ban-kiem-diem');
  await page.getByLabel(/^Mẫu 2A/).check();
  // The pack is the 2025 one: the review is for 2025 too (a pack of another year is refused).
  await page.getByLabel('Năm kiểm điểm').selectOption('2025');
  await page.getByRole('button', { name: 'Bắt đầu' }).click();
  await page.getByRole('link', { name: /B\. Tự đánh giá, xếp loại/ }).click();
  await page.getByLabel(/Chấm theo bộ tiêu chí của cấp ủy cấp trên/).setInputFiles({ name: 'bo-tieu-chi.json', mimeType: 'application/json', buffer: PACK });
  await expect(page.getByText(/Chấm theo bộ tiêu chí của/)).toBeVisible();
  const id = new URL(page.url()).pathname.split('/')[2];
  await expect(page.getByText('Đã lưu trên máy này lúc')).toBeVisible();
  await open(page, `/in/van-ban/${id}`);
  await page.getByText('Những dòng in chưa có văn bản chính thức xác nhận').click();
  await expect(page.locator('.unconfirmed')).toContainText('Dòng dưới tiêu đề được in theo bộ tiêu chí của');
  await expect(page.locator('.doc-subtitle').first()).toHaveText('(Ví dụ: cán bộ giữ chức vụ lãnh đạo, quản lý)');
  const path = testInfo.outputPath('pack-2a.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path, preferCSSPageSize: true });
  const flat = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(flat).toContain('(Ví dụ: cán bộ giữ chức vụ lãnh đạo, quản lý)');
  expect(flat).not.toContain('(Cá nhân giữ chức vụ lãnh đạo, quản lý)');
});
