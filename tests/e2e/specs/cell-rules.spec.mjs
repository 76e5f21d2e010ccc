// Issue 12: what the cell knows of a member feeds the rules of QĐ 366 Điều 11.
import { readFileSync } from 'node:fs';
import { test, expect, newCellWorkspace, downloadBundle } from './fixtures.mjs';
import { reviewFile } from '../cell-files.mjs';

test('a reprimand the cell records forces the rule; admitted and remedied, the competent level decides', async ({ page }) => {
  await newCellWorkspace(page);
  const file = reviewFile({ n: 1, name: 'Lê Văn Tốt', general: '25', results: '55', level: 'HTTNV' });
  await page.getByLabel(/Chọn các tệp bản kiểm điểm/).setInputFiles({ name: 'le-van-tot.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(page.getByText(/Đã xử lý 1 tệp: 1 nhận mới/)).toBeVisible();
  await page.getByLabel('Mức chi bộ đề xuất cho Lê Văn Tốt').selectOption({ label: 'Hoàn thành tốt nhiệm vụ' });
  await page.getByRole('link', { name: 'Lê Văn Tốt' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Lê Văn Tốt' })).toBeVisible();

  // The reprimand, with a mistyped date first: the date is refused, tied to its field.
  await page.getByLabel('Bị kỷ luật trong năm (kỷ luật đảng hoặc kỷ luật hành chính)').check();
  await page.getByLabel('Hình thức kỷ luật').fill('Khiển trách');
  const date = page.getByLabel('Ngày quyết định kỷ luật (ngày/tháng/năm)');
  await date.fill('31/02/2025');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('"Ngày quyết định kỷ luật (ngày/tháng/năm)": Không có ngày này trong lịch')).toBeVisible();
  await date.fill('10/05/2025');
  await expect(date).toHaveAttribute('aria-invalid', 'false');

  const findings = page.locator('.findings');
  const rule = findings.locator('li').filter({ hasText: 'kỷ luật đảng (khiển trách)' });
  await expect(rule).toContainText('nên mức xếp loại là "Không hoàn thành nhiệm vụ"');
  await expect(rule).toContainText('Trái quy định');
  await expect(rule).toHaveClass(/error/);

  // Admitted and remedied: a warning, the competent level decides.
  await page.getByLabel(/Đồng chí đã tự giác nhận lỗi, tự phát hiện vi phạm và khắc phục xong hậu quả/).check();
  await expect(rule).toContainText('cấp có thẩm quyền xem xét, quyết định');
  await expect(rule).toContainText('Cần xem lại');
  await expect(rule).not.toHaveClass(/error/);

  // The rules page says the same, and it survives a reload.
  await page.reload();
  await expect(page.getByLabel(/Đồng chí đã tự giác nhận lỗi/)).toBeChecked();
  await expect(page.getByLabel('Hình thức kỷ luật')).toHaveValue('Khiển trách');
  await page.getByRole('link', { name: 'Kiểm tra quy định', exact: true }).click();
  await expect(page.getByText(/bị kỷ luật đảng \(khiển trách\) trong năm nhưng đã tự giác nhận lỗi/)).toBeVisible();
});

test('temporary Party activities need the temporary cell\'s comment before the cell classifies', async ({ page }) => {
  await newCellWorkspace(page);
  await page.getByLabel('Họ và tên').fill('Phạm Thị Tạm');
  await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  await page.getByRole('link', { name: 'Phạm Thị Tạm' }).click();
  await page.getByLabel(/Đang sinh hoạt đảng tạm thời ở chi bộ khác/).check();
  await page.getByLabel('Chi bộ nơi sinh hoạt tạm thời', { exact: true }).fill('Chi bộ Tổ dân phố 5');
  const findings = page.locator('.findings');
  await expect(findings).toContainText('cần có nhận xét của Chi bộ Tổ dân phố 5');
  await page.getByLabel('Hoàn thành nhiệm vụ', { exact: true }).check();
  await expect(findings.locator('li.error').filter({ hasText: 'Chi bộ Tổ dân phố 5' })).toHaveCount(1);
  await page.getByLabel('Nhận xét của chi bộ nơi sinh hoạt tạm thời').fill('Chấp hành tốt, gương mẫu.');
  await expect(findings).not.toContainText('Chi bộ Tổ dân phố 5');
});

test('the cell uses a pack: its settings apply, members scored otherwise are flagged, the bundle and members get it', async ({ page }) => {
  await newCellWorkspace(page);
  const file = reviewFile({ n: 2, name: 'Ngô Văn Hai', general: '25', results: '55', level: 'HTTNV' });
  await page.getByLabel(/Chọn các tệp bản kiểm điểm/).setInputFiles({ name: 'ngo-van-hai.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(page.getByText(/Đã xử lý 1 tệp: 1 nhận mới/)).toBeVisible();
  await page.getByRole('link', { name: 'Hồ sơ chi bộ' }).click();
  const pack = readFileSync(new URL('../../fixtures/format-v1/criteria-pack.json', import.meta.url));
  await page.getByLabel('Chọn tệp bộ tiêu chí (.json)').setInputFiles({ name: 'bo-tieu-chi.json', mimeType: 'application/json', buffer: pack });
  await expect(page.getByText(/Đã dùng Bộ tiêu chí ví dụ \(không phải văn bản chính thức\)/)).toBeVisible();
  await expect(page.getByText(/Đã đặt theo bộ tiêu chí: .*ngày tính đủ 6 tháng: 31\/12\/2025/)).toBeVisible();
  // A member handed the pack gets it as a file.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp bộ tiêu chí để gửi đảng viên' }).click()]);
  const handed = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(handed.kind).toBe('criteria_pack');
  expect(handed.document.issuer.number).toBe('00-HD/VD');
  // The member scored the two groups alone: flagged.
  await page.getByRole('link', { name: 'Kiểm tra quy định', exact: true }).click();
  await expect(page.getByText(/Ngô Văn Hai chấm hai nhóm tiêu chí, chưa chấm theo bộ tiêu chí của chi bộ/)).toBeVisible();
  // The bundle carries the pack.
  await page.getByRole('link', { name: 'Xuất tệp', exact: true }).click();
  const bundle = await downloadBundle(page);
  const b = JSON.parse(readFileSync(await bundle.path(), 'utf8'));
  expect(b.document.workspace.profile.pack.issuer.number).toBe('00-HD/VD');
});
