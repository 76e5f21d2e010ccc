// Issue 32: who counts as "thành viên của tập thể lãnh đạo, quản lý" is recorded on the
// roster (the member's post in the cell). A discipline of the phó bí thư bars the cell's
// own excellence (QĐ 366 Điều 11: "Không có … thành viên của tập thể lãnh đạo, quản lý bị
// kỷ luật"); a discipline of a member without a post is a note, and excellence stays open.
import { test, expect, open } from './fixtures.mjs';
import { bundlePayload } from '../cell-files.mjs';

test('a disciplined deputy secretary bars the cell\'s excellence; an ordinary member\'s discipline is a note', async ({ page }) => {
  await open(page, '/chi-bo');
  await page.getByLabel('Chọn tệp gói chi bộ (.json)').setInputFiles(bundlePayload('goi.json', { cell: 7, name: 'Chi bộ 7', proposed: ['HTTNV', 'HTTNV'], first: 700 }));
  await page.getByRole('link', { name: /Chi bộ 7 · năm 2025/ }).click();

  // The cell records the discipline of Đảng viên 700 and makes them phó bí thư.
  await page.getByRole('link', { name: 'Đảng viên 700 Chi bộ 7', exact: true }).click();
  await page.getByLabel('Chức vụ trong chi bộ').selectOption({ label: 'Phó Bí thư chi bộ' });
  await page.getByLabel(/Bị kỷ luật trong năm/).check();
  // The violation was at the member's former unit: shown to the competent level.
  await page.getByLabel('Vi phạm xảy ra khi đồng chí công tác ở cơ quan, đơn vị cũ').check();
  await page.getByRole('link', { name: 'Kiểm tra quy định', exact: true }).click();
  await expect(page.getByText(/Đảng viên 700 Chi bộ 7.*bị kỷ luật vì vi phạm xảy ra khi công tác ở cơ quan, đơn vị cũ.*tính vào kết quả đánh giá, xếp loại của đơn vị cũ/)).toBeVisible();
  await page.getByRole('link', { name: 'Đảng viên', exact: true }).click();
  await expect(page.locator('table.roster')).toContainText('Đảng viên 700 Chi bộ 7 (Phó Bí thư chi bộ)');

  // Mẫu 01 proposed for excellence.
  await page.getByRole('link', { name: 'Báo cáo của chi bộ (Mẫu 01)' }).click();
  await page.getByRole('link', { name: /B\. Tự đánh giá, xếp loại/ }).click();
  await page.getByLabel('1. Nhóm tiêu chí chung').fill('29');
  await page.getByLabel('2. Nhóm tiêu chí về kết quả').fill('66');
  await page.getByLabel('Hoàn thành xuất sắc nhiệm vụ').check();
  const findings = page.locator('#rule-findings');
  const barred = findings.locator('li.finding.error', { hasText: 'thành viên của tập thể lãnh đạo (chi ủy) bị kỷ luật trong năm: Đảng viên 700 Chi bộ 7' });
  await expect(barred).toBeVisible();
  await expect(barred).toContainText('cấp có thẩm quyền quyết định');

  // The same member holds no post (Đảng viên 701 is the bí thư): a note, not an error.
  await page.getByRole('link', { name: '← Về danh sách đảng viên của chi bộ' }).click();
  await page.getByRole('link', { name: 'Đảng viên 701 Chi bộ 7', exact: true }).click();
  await page.getByLabel('Chức vụ trong chi bộ').selectOption({ label: 'Bí thư chi bộ' });
  await page.getByRole('link', { name: 'Đảng viên', exact: true }).click();
  await page.getByRole('link', { name: 'Đảng viên 700 Chi bộ 7', exact: true }).click();
  await page.getByLabel('Chức vụ trong chi bộ').selectOption({ label: 'Không giữ chức vụ trong chi bộ' });
  await page.getByRole('link', { name: 'Đảng viên', exact: true }).click();
  await page.getByRole('link', { name: 'Báo cáo của chi bộ (Mẫu 01)' }).click();
  await page.getByRole('link', { name: /B\. Tự đánh giá, xếp loại/ }).click();
  await expect(page.getByLabel('Hoàn thành xuất sắc nhiệm vụ')).toBeChecked();
  await expect(findings.locator('li.finding.warning', { hasText: 'bị kỷ luật trong năm nhưng không giữ chức vụ trong chi bộ (Đảng viên 700 Chi bộ 7)' })).toBeVisible();
  await expect(findings.locator('li.finding.error', { hasText: 'bị kỷ luật' })).toHaveCount(0);
});
