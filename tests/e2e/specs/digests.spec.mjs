// Issue 31, items 6 and 8: every check code is computed again on every path. A criteria
// pack changed after its committee exported it is refused in the member's, the cell's and
// the committee's screens; a genuine file of another kind chosen there is told what it is;
// the committee never takes a bundle changed after export for the genuine one; the cell is
// told when the bundle it opens was changed.
import { readFileSync } from 'node:fs';
import { test, expect, open, newCellWorkspace, newCommitteeImport } from './fixtures.mjs';
import { bundleFile, bundlePayload, reviewFile } from '../cell-files.mjs';

const PACK = readFileSync(new URL('../../fixtures/format-v1/criteria-pack.json', import.meta.url), 'utf8');

/** The pack with its issuer renamed and its check code left as it was. */
function renamedPack() {
  const env = JSON.parse(PACK);
  env.document.issuer.organisation = 'Đảng ủy phường Giả Mạo';
  return { name: 'bo-tieu-chi-sua.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(env)) };
}

const review = { name: 'kiem-diem.json', mimeType: 'application/json', buffer: Buffer.from(reviewFile({ n: 1, name: 'Nguyễn Văn An' })) };

/** Chooses each file in `input` and checks what `said` then says of it. */
async function refuses(input, said) {
  await input.setInputFiles(renamedPack());
  await expect(said).toContainText('Tệp "bo-tieu-chi-sua.json" là bộ tiêu chí của Đảng ủy phường Giả Mạo nhưng nội dung đã bị sửa sau khi cấp ủy xuất (mã kiểm tra không khớp), nên không được dùng.');
  await input.setInputFiles(review);
  await expect(said).toContainText('Tệp "kiem-diem.json" là bản kiểm điểm của một đảng viên, không phải bộ tiêu chí chấm điểm.');
  await expect(said).not.toContainText('sửa tay');
}

test('a pack changed after export, or another kind of file, is refused in all three screens with what it is', async ({ page }) => {
  // The member's review.
  await open(page, '/ban-kiem-diem');
  await page.getByLabel(/^Mẫu 2B/).check();
  await page.getByRole('button', { name: 'Bắt đầu' }).click();
  await page.getByRole('link', { name: /B\. Tự đánh giá, xếp loại/ }).click();
  await refuses(page.getByLabel(/Chấm theo bộ tiêu chí của cấp ủy cấp trên/), page.locator('#bo-tieu-chi-loi'));
  await expect(page.getByLabel('1. Nhóm tiêu chí chung (tối đa 30 điểm)')).toBeVisible();

  // The cell's profile.
  await newCellWorkspace(page);
  await page.getByRole('link', { name: 'Hồ sơ chi bộ' }).click();
  await refuses(page.getByLabel('Chọn tệp bộ tiêu chí (.json)'), page.locator('#hs-bo-tieu-chi-tin'));
  await expect(page.getByText(/Chi bộ đang dùng/)).toHaveCount(0);

  // The committee's criteria.
  await newCommitteeImport(page);
  await page.goto(new URL(page.url()).pathname.replace(/\/[^/]+$/, '/bo-tieu-chi'));
  await refuses(page.getByLabel('Mở tệp bộ tiêu chí (.json)'), page.locator('#pack-file-error'));
});

test('the committee never takes a bundle changed after export for the genuine one', async ({ page }) => {
  await newCommitteeImport(page);
  const genuine = bundleFile({ cell: 1, name: 'Chi bộ 1', proposed: ['HTTNV', 'HTTNV'] });
  // Changed in the chat group: a proposal raised, the check code left as the cell wrote it.
  const env = JSON.parse(genuine);
  env.document.workspace.members[0].proposed = 'HTXSNV';
  const forged = JSON.stringify(env);
  const input = page.getByLabel(/Chọn các tệp gói chi bộ/);
  const report = page.locator('.import-report');

  await input.setInputFiles({ name: 'goi-sua.json', mimeType: 'application/json', buffer: Buffer.from(forged) });
  await expect(report).toContainText('Tệp "goi-sua.json"');
  // The genuine file of the same export then replaces it: never "already here".
  await input.setInputFiles({ name: 'goi-that.json', mimeType: 'application/json', buffer: Buffer.from(genuine) });
  await expect(report).toContainText('Tệp "goi-that.json"');
  await expect(report).not.toContainText('đã có, bỏ qua');
  await expect(page.locator('.import-summary')).toContainText('1 tệp được nhận');
  // And the changed copy chosen again does not replace the genuine one.
  await input.setInputFiles({ name: 'goi-sua.json', mimeType: 'application/json', buffer: Buffer.from(forged) });
  await expect(report).toContainText('cùng lần xuất với gói đã nhập nhưng đã bị sửa sau khi chi bộ xuất (mã kiểm tra không khớp). Gói đã nhập được giữ nguyên.');
});

test('the cell is told that the bundle it opens was changed after export', async ({ page }) => {
  await open(page, '/chi-bo');
  const env = JSON.parse(bundleFile({ cell: 5, name: 'Chi bộ 5', proposed: ['HTTNV'] }));
  env.document.workspace.members[0].proposed = 'HTXSNV';
  await page.getByLabel('Chọn tệp gói chi bộ (.json)').setInputFiles({ name: 'goi-5.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(env)) });
  await expect(page.locator('.import-report')).toContainText('Tệp "goi-5.json": Chi bộ 5 · năm 2025 đã mở, gồm 1 bản kiểm điểm. Lưu ý: gói này đã bị sửa sau khi xuất (mã kiểm tra không khớp với nội dung)');
  // A genuine bundle says nothing of the kind.
  await page.getByLabel('Chọn tệp gói chi bộ (.json)').setInputFiles(bundlePayload('goi-6.json', { cell: 6, name: 'Chi bộ 6', proposed: ['HTTNV'] }));
  await expect(page.locator('.import-report')).toContainText('Tệp "goi-6.json": Chi bộ 6 · năm 2025 đã mở, gồm 1 bản kiểm điểm.');
  await expect(page.locator('.import-report')).not.toContainText('Lưu ý');
});
