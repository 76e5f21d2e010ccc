// Issue 31, item 7: text reads as it is. A control character or a mark that reverses the
// direction of writing is refused at typing (tied to the field) and in every file that
// carries one (naming the field); zero-width characters are removed from names; a value
// under no field of the form is refused rather than kept.
import { test, expect, open, newCommitteeImport } from './fixtures.mjs';
import { bundleFile, reviewFile } from '../cell-files.mjs';

const RLO = '\u202E';

/** A member's review file whose document is changed by `change`, its check code recomputed. */
function review(name, change) {
  const env = JSON.parse(reviewFile({ n: 7, name: 'Nguyễn Văn An' }));
  change(env.document);
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(env)) };
}

test('a direction mark or control character is refused at typing, tied to the field', async ({ page }) => {
  await open(page, '/ban-kiem-diem');
  await page.getByLabel('Năm kiểm điểm').selectOption('2025');
  await page.getByLabel(/^Mẫu 2B/).check();
  await page.getByRole('button', { name: 'Bắt đầu' }).click();
  const name = page.getByLabel('Họ và tên');
  await name.fill(`Nguyễn Văn ${RLO}nA`);
  await name.blur();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  const error = page.locator('#e-full_name');
  await expect(error).toContainText('Mục này có ký tự ẩn làm đảo chiều chữ');
  await expect(name).toHaveAttribute('aria-describedby', /e-full_name/);
  await name.fill('Nguyễn Văn An');
  await expect(error).toBeEmpty();
});

test('files carrying hidden characters or values beyond the form are refused, naming the field; zero-width is removed from names', async ({ page }) => {
  await open(page, '/ban-nhap');
  const input = page.getByLabel('Nhập tệp đã xuất hoặc khôi phục từ tệp sao lưu');
  const report = page.locator('.import-report');
  await input.setInputFiles(review('dao-chieu.json', (d) => { d.values.full_name = `Nguyễn Văn ${RLO}nA`; }));
  await expect(report).toContainText('Tệp "dao-chieu.json": mục "Họ và tên" có ký tự ẩn làm đảo chiều chữ');
  await input.setInputFiles(review('dieu-khien.json', (d) => { d.values.work_unit = 'Sở\u0007 Tư pháp'; }));
  await expect(report).toContainText('có ký tự điều khiển không nhìn thấy trên màn hình');
  await input.setInputFiles(review('thua.json', (d) => { d.values.khong_co_trong_mau = 'x'.repeat(1000); }));
  await expect(report).toContainText('mục "khong_co_trong_mau" không thuộc mẫu văn bản');
  await expect(page.locator('.draft-list .draft')).toHaveCount(0);
  // A zero-width space inside the name: taken, and removed.
  await input.setInputFiles(review('an.json', (d) => { d.values.full_name = 'Nguyễn\u200B Văn An'; }));
  await expect(report).toContainText('đã thêm Bản kiểm điểm năm 2025 của Nguyễn Văn An.');
  await expect(page.locator('.draft-list .draft')).toHaveCount(1);

  // A cell posing as another with a right-to-left override: refused on the cell's first
  // screen and by the committee, naming the field.
  const posing = JSON.parse(bundleFile({ cell: 3, name: 'Chi bộ 3', proposed: ['HTTNV'] }));
  posing.document.workspace.profile.cell = `Chi bộ ${RLO}3 ốhp uhK`;
  const file = { name: 'goi-gia.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(posing)) };
  await open(page, '/chi-bo');
  await page.getByLabel('Chọn tệp gói chi bộ (.json)').setInputFiles(file);
  await expect(page.locator('.import-report')).toContainText('Tệp "goi-gia.json": mục "Chi bộ" có ký tự ẩn làm đảo chiều chữ');
  await expect(page.getByRole('link', { name: /Chi bộ/ })).toHaveCount(0);
  await newCommitteeImport(page);
  await page.getByLabel(/Chọn các tệp gói chi bộ/).setInputFiles(file);
  await expect(page.locator('.import-report')).toContainText('Tệp "goi-gia.json": mục "Chi bộ" có ký tự ẩn làm đảo chiều chữ');
  await expect(page.locator('.import-summary')).toContainText('1 tệp không nhận');
});
